package org.buyonce.commons.council;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnershipTest {

    @Test
    void councilsAreReadInConfiguredOrder() {
        Partnership partnership = new Partnership("CAM:Cambridge City Council, HDC:Huntingdonshire District Council,SCDC:South Cambridgeshire District Council");

        assertThat(partnership.councils()).extracting(Council::code).containsExactly("CAM", "HDC", "SCDC");
        assertThat(partnership.councils().get(1).name()).isEqualTo("Huntingdonshire District Council");
        assertThat(partnership.isMember("SCDC")).isTrue();
        assertThat(partnership.isMember("scdc")).isFalse();
        assertThat(partnership.isMember(null)).isFalse();
    }

    @Test
    void aMalformedPartnershipStopsTheServiceWithAClearMessage() {
        assertThatThrownBy(() -> new Partnership("CAM Cambridge")).hasMessageContaining("'CAM Cambridge' is not CODE:Name");
        assertThatThrownBy(() -> new Partnership("cam:Cambridge")).hasMessageContaining("upper-case");
        assertThatThrownBy(() -> new Partnership("CAM:Cambridge,CAM:Again")).hasMessageContaining("listed twice");
    }
}
