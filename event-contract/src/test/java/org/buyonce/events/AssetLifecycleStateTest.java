package org.buyonce.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssetLifecycleStateTest {

    @Test
    void goldenSampleReadsIntoTheSharedEnums() throws IOException {
        AssetLifecycleState state = read(GoldenSamplesTest.golden("asset-lifecycle-state.json"));

        assertThat(state.type()).isEqualTo(AssetType.FACILITY);
        assertThat(state.criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(state.status()).isEqualTo(AssetStatus.IN_USE);
        assertThat(state.endOfSupport()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void anUnknownTypeIsUnreadableAndTheSchemaRefusesIt() throws IOException {
        String unknown = GoldenSamplesTest.golden("asset-lifecycle-state.json").replace("\"FACILITY\"", "\"SPACESHIP\"");

        assertThatThrownBy(() -> read(unknown)).isInstanceOf(UnreadableEventException.class);
        assertThat(EventSchemas.ASSET_LIFECYCLE_STATE.violations(unknown)).isNotEmpty();
    }

    @Test
    void cloudEventTypesNameTheChange() {
        assertThat(AssetEventType.CHANGED.cloudEventType()).isEqualTo("org.buyonce.asset.changed.v1");
        assertThat(AssetEventType.DELETED.cloudEventType()).isEqualTo("org.buyonce.asset.deleted.v1");
        assertThat(CapabilityEventType.ANNOUNCED.cloudEventType()).isEqualTo("org.buyonce.capability.announced.v1");
    }

    private static AssetLifecycleState read(String json) {
        return EventJson.read(json.getBytes(StandardCharsets.UTF_8), AssetLifecycleState.class);
    }
}
