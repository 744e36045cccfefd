package org.buyonce.commons.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLimitsFilterTest {

    @Test
    void anAddressIsUtf8OnceItsEscapesAreDecoded() {
        assertThat(RequestLimitsFilter.isUtf8("/contracts?supplier=Gamma")).isTrue();
        assertThat(RequestLimitsFilter.isUtf8("/contracts?supplier=Caf%C3%A9")).isTrue();
        assertThat(RequestLimitsFilter.isUtf8("/contracts?supplier=%F0%9F%98%80")).isTrue();
        assertThat(RequestLimitsFilter.isUtf8("/contracts?supplier=%FF")).isFalse();
        assertThat(RequestLimitsFilter.isUtf8("/contracts?supplier=a%C0%AFb")).as("an overlong encoding of /").isFalse();
        assertThat(RequestLimitsFilter.isUtf8("/contracts/%ED%A0%80")).as("a surrogate").isFalse();
        assertThat(RequestLimitsFilter.isUtf8("/contracts?supplier=%C3")).as("cut short").isFalse();
        assertThat(RequestLimitsFilter.isUtf8("/contracts?q=100%")).as("a lone % is left to the HTTP layer").isTrue();
    }
}
