package org.buyonce.commons.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Arrays;

/**
 * HTTP server latencies as a Prometheus histogram with buckets at the latencies an SLO names, so that percentiles and
 * "share of requests under 250 ms" can be computed across replicas (a summary's quantiles cannot be aggregated).
 * A fixed, short list of buckets rather than Micrometer's ~70 percentile buckets keeps the series per route small.
 */
@Singleton
public class LatencyBuckets {

    /** The bucket bounds of every BuyOnce latency histogram (HTTP requests, the planner). */
    public static final Duration[] BOUNDS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private static final DistributionStatisticConfig HISTOGRAM = DistributionStatisticConfig.builder()
            .serviceLevelObjectives(Arrays.stream(BOUNDS).mapToDouble(Duration::toNanos).toArray()).build();

    @Produces
    @Singleton
    MeterFilter httpServerHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return HISTOGRAM.merge(config);
            }
        };
    }
}
