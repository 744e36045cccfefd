package org.buyonce.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractRenewalStateTest {

    @Test
    void goldenSampleReadsIntoTheRecord() throws IOException {
        ContractRenewalState state = EventJson.read(golden().getBytes(StandardCharsets.UTF_8), ContractRenewalState.class);

        assertThat(state.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(state.annualValue()).isEqualByComparingTo("120000.00");
        assertThat(state.extensionOptions()).extracting(ContractRenewalState.ExtensionOption::months).containsExactly(12, 12);
    }

    @Test
    void writtenEventsUseIsoDatesAndPlainMoney() {
        String json = EventJson.write(sample());

        assertThat(json).contains("\"endDate\":\"2027-03-31\"").contains("\"annualValue\":120000.00");
        assertThat(EventSchemas.CONTRACT_RENEWAL_STATE.violations(json)).isEmpty();
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() {
        String newer = EventJson.write(sample()).replaceFirst("\\{", "{\"somethingNew\":{\"a\":1},");

        assertThat(EventJson.read(newer.getBytes(StandardCharsets.UTF_8), ContractRenewalState.class).version()).isEqualTo(3);
    }

    @Test
    void dataMissingARequiredFieldIsUnreadable() {
        String noId = EventJson.write(sample()).replace("\"id\":\"5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10\",", "");
        assertThatThrownBy(() -> EventJson.read(noId.getBytes(StandardCharsets.UTF_8), ContractRenewalState.class))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> EventJson.read("{\"version\":1}".getBytes(StandardCharsets.UTF_8), ContractRenewalState.class))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> EventJson.read("not json".getBytes(StandardCharsets.UTF_8), ContractRenewalState.class))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void schemaRejectsWhatTheContractForbids() {
        String negativeMoney = EventJson.write(sample()).replace("120000.00", "-1");
        String unknownStatus = EventJson.write(sample()).replace("\"ACTIVE\"", "\"PAUSED\"");
        String badDate = EventJson.write(sample()).replace("2027-03-31", "31/03/2027");

        assertThat(EventSchemas.CONTRACT_RENEWAL_STATE.violations(negativeMoney)).isNotEmpty();
        assertThat(EventSchemas.CONTRACT_RENEWAL_STATE.violations(unknownStatus)).isNotEmpty();
        assertThat(EventSchemas.CONTRACT_RENEWAL_STATE.violations(badDate)).isNotEmpty();
    }

    @Test
    void cloudEventTypesNameTheChange() {
        assertThat(ContractEventType.OPTION_EXERCISED.cloudEventType()).isEqualTo("org.buyonce.contract.option-exercised.v1");
    }

    private static ContractRenewalState sample() {
        return new ContractRenewalState(UUID.fromString("5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10"), 3, "CAM", "CAM-ICT-0042",
                "Telephony platform", new ContractRenewalState.Supplier("Gamma Communications", "04340834"), "telephony",
                LocalDate.of(2022, 4, 1), LocalDate.of(2027, 3, 31),
                List.of(new ContractRenewalState.ExtensionOption(12, OptionStatus.AVAILABLE),
                        new ContractRenewalState.ExtensionOption(12, OptionStatus.AVAILABLE)),
                3, LocalDate.of(2026, 12, 31), RenewalType.FIXED, null, LocalDate.of(2029, 3, 31),
                new BigDecimal("120000.00"), "G-Cloud 14", ContractStatus.ACTIVE, List.of());
    }

    private static String golden() throws IOException {
        return GoldenSamplesTest.golden("contract-renewal-state.json");
    }
}
