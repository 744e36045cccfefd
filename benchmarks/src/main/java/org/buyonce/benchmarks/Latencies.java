package org.buyonce.benchmarks;

import java.util.Arrays;

/** Latencies of one run, in milliseconds, and their percentiles (nearest rank). */
record Latencies(double[] sorted) {

    static Latencies of(double[] milliseconds) {
        double[] sorted = milliseconds.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    double percentile(double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The middle value, or the mean of the two middle ones. */
    double median() {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    String summary() {
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(50), percentile(90), percentile(99), max());
    }
}
