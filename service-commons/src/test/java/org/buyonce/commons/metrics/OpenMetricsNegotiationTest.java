package org.buyonce.commons.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.commons.metrics.OpenMetricsNegotiation.wantsOpenMetrics;

class OpenMetricsNegotiationTest {

    @Test
    void aBareOpenMetricsAcceptGetsOpenMetrics() {
        assertThat(wantsOpenMetrics("application/openmetrics-text")).isTrue();
    }

    @Test
    void prometheusItselfPrefersOpenMetrics() {
        assertThat(wantsOpenMetrics("application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
                + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1")).isTrue();
    }

    @Test
    void theTextFormatNamedFirstOrAloneStaysTheTextFormat() {
        assertThat(wantsOpenMetrics("text/plain")).isFalse();
        assertThat(wantsOpenMetrics("text/plain, application/openmetrics-text;q=0.1")).isFalse();
        assertThat(wantsOpenMetrics("*/*")).isFalse();
    }
}
