package org.buyonce.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (2 threads, 32 connections) on a list of paths, each request one of them at random. */
final class Wrk {

    /** Requests per second and latency percentiles, in milliseconds. */
    record Result(double requestsPerSecond, double p50, double p99, long non2xx) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

    private Wrk() {
    }

    static Result run(String baseUrl, List<String> paths, String token, Duration duration) throws IOException, InterruptedException {
        Path script = Files.createTempFile("wrk", ".lua");
        try {
            StringBuilder lua = new StringBuilder("local paths = {\n");
            paths.forEach(path -> lua.append("  \"").append(path).append("\",\n"));
            lua.append("}\nrequest = function()\n  return wrk.format(\"GET\", paths[math.random(#paths)])\nend\n");
            Files.writeString(script, lua, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + duration.toSeconds() + "s", "--latency",
                    "-s", script.toString()));
            if (token != null) {
                command.addAll(List.of("-H", "Authorization: Bearer " + token));
            }
            command.add(baseUrl);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return new Result(number(RATE, output), latency(output, "50%"), latency(output, "99%"), count(output));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected wrk output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static long count(String output) {
        Matcher matcher = NON_2XX.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** A line of the latency distribution, e.g. "     99%   12.34ms", in milliseconds. */
    private static double latency(String output, String percentile) {
        Matcher matcher = Pattern.compile("(?m)^\\s+" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)\\s*$").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk output: " + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
