package org.buyonce.testing;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A table of bad inputs, one line each, and what each must get: a 4xx problem+json with the field named, and no
 * row changed. A line is {@code METHOD PATH | ACTION | STATUS | FIELD}:
 * <ul>
 * <li>PATH may hold placeholders ({@code {contract}}) that the test resolves, and percent-escapes;</li>
 * <li>ACTION starts with any number of {@code [Header: value]}, then one of: {@code set PATH JSON} (the operation's
 * valid body with one value replaced), {@code remove PATH}, {@code raw TEXT} (the body as written, but for c*N),
 * {@code csv TEXT} (a text/csv body), {@code type MEDIA-TYPE TEXT} (any other body), {@code none} (no body);
 * in {@code csv} and {@code type} text, {@code \n}, {@code \r}, {@code \t} and {@code \xHH} stand for those bytes,
 * and {@code *N} after a character repeats it N times;</li>
 * <li>FIELD is the JSON path, query parameter or CSV column the problem must name, or {@code -} for none.</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are comments.
 */
public final class BadInputBattery {

    /** Numbers kept exactly as written (1e-100000 must not become 0.0 on the way to the server). */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final Pattern REPEATED = Pattern.compile("(.)\\*(\\d+)");
    /** Payload too large, URI too long, headers too large: refused for their size, before they are read. */
    private static final Set<Integer> OVER_A_LIMIT = Set.of(413, 414, 431);

    /** One line of the table. */
    public record Case(int line, String method, String path, Map<String, String> headers, String contentType, byte[] body,
            int status, String field, String source) {
    }

    /** What a case got, and whether that is what it should. */
    public record Outcome(Case testCase, int status, String contentType, List<String> fields, String detail, boolean rowsChanged,
            long millis) {

        public List<String> deviations() {
            List<String> wrong = new ArrayList<>();
            String where = "line " + testCase.line() + " (" + testCase.source() + "): ";
            if (status != testCase.status()) {
                wrong.add(where + "status " + status + ", expected " + testCase.status() + " - " + detail);
            }
            if (status >= 500) {
                wrong.add(where + "a 5xx");
            }
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                wrong.add(where + "answered " + contentType + ", not application/problem+json");
            }
            if (detail == null || detail.isBlank()) {
                wrong.add(where + "the problem has no detail");
            }
            if (!testCase.field().equals("-") && !fields.contains(testCase.field())) {
                wrong.add(where + "the problem names " + fields + ", not " + testCase.field() + " - " + detail);
            }
            if (fields.stream().distinct().count() < fields.size()) {
                wrong.add(where + "the problem names a field more than once: " + fields + " - " + detail);
            }
            if (rowsChanged) {
                wrong.add(where + "rows changed");
            }
            return wrong;
        }
    }

    private BadInputBattery() {
    }

    /**
     * Reads the table.
     *
     * @param validBodies the valid JSON body of each operation, by {@code "METHOD PATH"} as written in the table
     */
    public static List<Case> load(String resource, Map<String, String> validBodies) {
        List<Case> cases = new ArrayList<>();
        List<String> lines = read(resource).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            cases.add(parse(i + 1, text, validBodies));
        }
        return cases;
    }

    /**
     * Sends every case, each after the ones before it, and returns what each got.
     *
     * @param placeholders what each {@code {name}} of a path stands for
     * @param fingerprint  a fingerprint of every row the API writes; it must not change across a refused request
     * @param ifMatch      the current ETag of the resource a path names (for cases that change one), or null
     */
    public static List<Outcome> run(List<Case> cases, Map<String, String> placeholders, Supplier<String> fingerprint,
            Function<String, String> ifMatch) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            String path = c.path();
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                path = path.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
            }
            RequestSpecification request = given().config(RestAssured.config().encoderConfig(
                    EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))).urlEncodingEnabled(false);
            if (!c.headers().containsKey("If-Match") && (c.method().equals("PUT") || c.method().equals("PATCH")
                    || (c.method().equals("POST") && path.matches(".*/[0-9a-f-]{36}/.*")))) {
                String etag = ifMatch == null ? null : ifMatch.apply(path);
                if (etag != null) {
                    request.header("If-Match", etag);
                }
            }
            boolean chunked = "chunked".equals(c.headers().get("Transfer-Encoding"));
            c.headers().forEach((name, value) -> {
                if (!name.equals("Transfer-Encoding")) {
                    request.header(name, value);
                }
            });
            if (c.body() != null) {
                // A stream of unknown length goes out chunked, with no Content-Length for a limit to read.
                request.contentType(c.contentType());
                if (chunked) {
                    request.body(new ByteArrayInputStream(c.body()));
                } else {
                    request.body(c.body());
                }
            }
            String before = fingerprint.get();
            long started = System.nanoTime();
            Response response = request.request(c.method(), path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<String> fields = new ArrayList<>();
            String detail = null;
            try {
                JsonNode problem = JSON.readTree(response.asByteArray());
                problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
                detail = problem.path("detail").asText(null);
            } catch (IOException | RuntimeException notJson) {
                detail = null;
            }
            outcomes.add(new Outcome(c, response.statusCode(), response.contentType(), fields, detail,
                    !before.equals(fingerprint.get()), millis));
        }
        return outcomes;
    }

    /**
     * Sends the table twice, on a cold service and then on a warm one, and returns every outcome of both; the
     * warm pass is timed for the report in target/.
     */
    public static List<Outcome> runTwice(String name, List<Case> cases, Map<String, String> placeholders,
            Supplier<String> fingerprint, Function<String, String> ifMatch) {
        List<Outcome> outcomes = new ArrayList<>(run(cases, placeholders, fingerprint, ifMatch));
        List<Outcome> warm = run(cases, placeholders, fingerprint, ifMatch);
        report(name, warm);
        outcomes.addAll(warm);
        return outcomes;
    }

    /** Writes the time each case took to be refused, slowest first, with the slowest within the limits on top. */
    private static void report(String name, List<Outcome> outcomes) {
        List<Outcome> slowestFirst = outcomes.stream().sorted(Comparator.comparingLong(Outcome::millis).reversed()).toList();
        Outcome slowestWithinLimits = slowestFirst.stream().filter(o -> !OVER_A_LIMIT.contains(o.status())).findFirst().orElseThrow();
        StringBuilder text = new StringBuilder("# " + name + ": " + outcomes.size() + " bad inputs, timed on a warm service\n"
                + "# slowest refusal of an input within the size limits: " + slowestWithinLimits.millis() + " ms (line "
                + slowestWithinLimits.testCase().line() + ")\n");
        slowestFirst.forEach(o -> text.append(String.format(
                "%5d ms  %d  line %-4d %s%n", o.millis(), o.status(), o.testCase().line(), o.testCase().source())));
        try {
            Path file = Path.of("target", "bad-input-" + name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case parse(int line, String text, Map<String, String> validBodies) {
        String[] columns = text.split("\\s+\\|\\s+", 4);
        if (columns.length != 4) {
            throw new IllegalArgumentException("line " + line + " is not 'METHOD PATH | ACTION | STATUS | FIELD': " + text);
        }
        String[] request = columns[0].split("\\s+", 2);
        String method = request[0];
        String path = repeat(request[1]);
        String action = columns[1];
        Map<String, String> headers = new LinkedHashMap<>();
        while (action.startsWith("[")) {
            int end = action.indexOf(']');
            String[] header = action.substring(1, end).split(":\\s*", 2);
            headers.put(header[0], header.length > 1 ? repeat(header[1]) : "");
            action = action.substring(end + 1).strip();
        }
        String verb = action.split("\\s+", 2)[0];
        String rest = action.length() > verb.length() ? action.substring(verb.length()).strip() : "";
        String contentType = "application/json";
        byte[] body;
        String operation = method + " " + path.replaceAll("\\?.*", "");
        switch (verb) {
            case "none" -> body = null;
            case "raw" -> body = repeat(rest).getBytes(StandardCharsets.UTF_8);
            case "csv" -> {
                contentType = "text/csv";
                body = bytes(rest);
            }
            case "type" -> {
                String[] typed = rest.split("\\s+", 2);
                contentType = typed[0];
                body = bytes(typed.length > 1 ? typed[1] : "");
            }
            case "set", "remove" -> body = mutate(line, validBodies, operation, verb, rest);
            default -> throw new IllegalArgumentException("line " + line + ": unknown action " + verb);
        }
        return new Case(line, method, path, headers, contentType, body, Integer.parseInt(columns[2].strip()), columns[3].strip(),
                text.length() > 140 ? text.substring(0, 140) + "..." : text);
    }

    private static byte[] mutate(int line, Map<String, String> validBodies, String operation, String verb, String rest) {
        String valid = validBodies.get(operation.replaceAll("/[0-9a-f-]{36}", "/{id}").replaceAll("\\{[a-z]+}", "{id}"));
        if (valid == null) {
            throw new IllegalArgumentException("line " + line + ": no valid body for " + operation);
        }
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(valid);
            String[] parts = rest.split("\\s+", 2);
            List<String> steps = steps(parts[0]);
            JsonNode parent = body;
            for (String step : steps.subList(0, steps.size() - 1)) {
                parent = step.matches("\\d+") ? parent.path(Integer.parseInt(step)) : parent.path(step);
            }
            String last = steps.get(steps.size() - 1);
            if (verb.equals("remove")) {
                ((ObjectNode) parent).remove(last);
            } else {
                JsonNode value = JSON.readTree(repeat(parts[1]));
                if (last.matches("\\d+")) {
                    ((ArrayNode) parent).set(Integer.parseInt(last), value);
                } else {
                    ((ObjectNode) parent).set(last, value);
                }
            }
            // Non-ASCII written as escapes, so that "\ud800" stays the lone surrogate the table asked for.
            return JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("line " + line + ": cannot " + verb + " " + rest + " in " + operation + ": " + e, e);
        }
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                steps.add(part.substring(bracket + 1, part.indexOf(']')));
            }
        }
        return steps;
    }

    /** Text with every c*N (N times the character c) written out. */
    static String repeat(String text) {
        Matcher matcher = REPEATED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1).repeat(Integer.parseInt(matcher.group(2)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Text with \n, \r, \t, \xHH and c*N (N times c) turned into bytes. */
    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte[] unit;
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                unit = switch (next) {
                    case 'n' -> new byte[] {'\n'};
                    case 'r' -> new byte[] {'\r'};
                    case 't' -> new byte[] {'\t'};
                    case 'x' -> {
                        byte b = (byte) Integer.parseInt(text.substring(i + 1, i + 3), 16);
                        i += 2;
                        yield new byte[] {b};
                    }
                    default -> String.valueOf(next).getBytes(StandardCharsets.UTF_8);
                };
            } else {
                unit = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            int times = 1;
            if (i + 1 < text.length() && text.charAt(i + 1) == '*' && i + 2 < text.length() && Character.isDigit(text.charAt(i + 2))) {
                int end = i + 2;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                times = Integer.parseInt(text.substring(i + 2, end));
                i = end - 1;
            }
            for (int t = 0; t < times; t++) {
                out.writeBytes(unit);
            }
        }
        return out.toByteArray();
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
