package org.buyonce.system;

import org.buyonce.testing.system.BuyOnceSystem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A service's /q/metrics as a Prometheus server reads it: sample names and values. */
final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*})?\\s+(\\S+)");
    /** The histogram and counter series a metric's name stands for in a query or the README. */
    private static final List<String> SUFFIXES = List.of("", "_bucket", "_count", "_sum", "_total");

    private final Map<String, Double> firstValues;

    private Metrics(Map<String, Double> firstValues) {
        this.firstValues = firstValues;
    }

    static Metrics scrape(BuyOnceSystem system, String service) {
        String text = given().baseUri(system.url(service)).accept("text/plain").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                values.putIfAbsent(sample.group(1), Double.parseDouble(sample.group(3)));
            }
        }
        return new Metrics(values);
    }

    Set<String> names() {
        return firstValues.keySet();
    }

    /** Whether the metric is exposed, as itself or as the series of a histogram or counter. */
    boolean has(String metric) {
        return SUFFIXES.stream().anyMatch(suffix -> firstValues.containsKey(metric + suffix));
    }

    /** The value of the metric's first sample. */
    double value(String name) {
        Double value = firstValues.get(name);
        if (value == null) {
            throw new AssertionError("no metric " + name);
        }
        return value;
    }
}
