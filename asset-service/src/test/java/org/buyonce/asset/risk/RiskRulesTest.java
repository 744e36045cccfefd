package org.buyonce.asset.risk;

import org.buyonce.asset.Asset;
import org.buyonce.asset.projection.SupportingContract;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.Criticality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The risk rules as plain functions, "today" 2026-11-22 and a window to 2027-05-21 (180 days). */
class RiskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate WINDOW_END = TODAY.plusDays(180);

    @Test
    void aSoundCriticalAssetCarriesNoRisk() {
        assertThat(assess(sound(), contract(LocalDate.of(2030, 3, 31), ContractStatus.ACTIVE))).isEmpty();
    }

    @Test
    void aCriticalAssetNobodyAnswersForOrWatchesHasTwoHighRisksWithoutADate() {
        Asset asset = sound();
        asset.responsibleParty = null;
        asset.monitored = false;

        List<Risk> risks = assess(asset, contract(LocalDate.of(2030, 3, 31), ContractStatus.ACTIVE));

        assertThat(risks).extracting(Risk::rule).containsExactly(RiskRule.NO_RESPONSIBLE_PARTY, RiskRule.NOT_MONITORED);
        assertThat(risks).extracting(Risk::severity).containsOnly(Severity.HIGH);
        assertThat(risks).extracting(Risk::date).containsOnlyNulls();
    }

    @Test
    void pastEndOfSupportIsHighUnlessTheAssetIsNormal() {
        Asset critical = sound();
        critical.endOfSupport = LocalDate.of(2026, 11, 21);
        Asset normal = sound();
        normal.criticality = Criticality.NORMAL;
        normal.endOfSupport = LocalDate.of(2026, 11, 21);
        Asset today = sound();
        today.endOfSupport = TODAY;

        SupportingContract covered = contract(LocalDate.of(2030, 3, 31), ContractStatus.ACTIVE);
        assertThat(assess(critical, covered)).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(RiskRule.PAST_END_OF_SUPPORT);
            assertThat(r.severity()).isEqualTo(Severity.HIGH);
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        });
        assertThat(assess(normal, covered)).extracting(Risk::severity).containsExactly(Severity.MEDIUM);
        assertThat(assess(today, covered)).isEmpty();
    }

    @Test
    void aSupportingContractEndedEndingOrUnknownIsNamed() {
        assertThat(assess(sound(), contract(LocalDate.of(2026, 11, 21), ContractStatus.ACTIVE)))
                .extracting(Risk::rule, Risk::severity, Risk::date)
                .containsExactly(tuple(RiskRule.SUPPORT_CONTRACT_ENDED, Severity.HIGH, LocalDate.of(2026, 11, 21)));
        assertThat(assess(sound(), contract(LocalDate.of(2030, 3, 31), ContractStatus.TERMINATED)))
                .extracting(Risk::rule).containsExactly(RiskRule.SUPPORT_CONTRACT_ENDED);
        assertThat(assess(sound(), contract(WINDOW_END, ContractStatus.ACTIVE)))
                .extracting(Risk::rule, Risk::severity)
                .containsExactly(tuple(RiskRule.SUPPORT_CONTRACT_ENDING, Severity.HIGH));
        assertThat(assess(sound(), contract(WINDOW_END.plusDays(1), ContractStatus.ACTIVE))).isEmpty();
        assertThat(assess(sound(), null)).extracting(Risk::rule, Risk::severity)
                .containsExactly(tuple(RiskRule.NO_SUPPORTING_CONTRACT, Severity.MEDIUM));
    }

    @Test
    void aContractEndingSoonIsMediumForAnAssetThatIsNotCritical() {
        Asset normal = sound();
        normal.criticality = Criticality.NORMAL;

        assertThat(assess(normal, contract(LocalDate.of(2027, 1, 31), ContractStatus.ACTIVE)))
                .extracting(Risk::severity).containsExactly(Severity.MEDIUM);
    }

    @Test
    void onlyACriticalAssetWithoutAContractIsARisk() {
        Asset critical = sound();
        critical.supportingContractId = null;
        Asset normal = sound();
        normal.criticality = Criticality.HIGH;
        normal.supportingContractId = null;

        assertThat(assess(critical, null)).extracting(Risk::rule).containsExactly(RiskRule.NO_SUPPORTING_CONTRACT);
        assertThat(assess(normal, null)).isEmpty();
    }

    @Test
    void theRegisterIsOrderedBySeverityThenDateThenTag() {
        Asset b = sound();
        b.tag = "B";
        Asset a = sound();
        a.tag = "A";
        List<Risk> risks = new ArrayList<>(List.of(
                new Risk(b, RiskRule.SUPPORT_CONTRACT_ENDING, Severity.MEDIUM, LocalDate.of(2027, 1, 1), ""),
                new Risk(b, RiskRule.PAST_END_OF_SUPPORT, Severity.HIGH, LocalDate.of(2025, 1, 1), ""),
                new Risk(b, RiskRule.NOT_MONITORED, Severity.HIGH, null, ""),
                new Risk(a, RiskRule.NOT_MONITORED, Severity.HIGH, null, "")));

        risks.sort(RiskRules.order(TODAY));

        assertThat(risks).extracting(r -> r.asset().tag + " " + r.rule())
                .containsExactly("B PAST_END_OF_SUPPORT", "A NOT_MONITORED", "B NOT_MONITORED", "B SUPPORT_CONTRACT_ENDING");
    }

    private static List<Risk> assess(Asset asset, SupportingContract contract) {
        return RiskRules.assess(asset, contract, TODAY, WINDOW_END);
    }

    private static Asset sound() {
        Asset asset = new Asset();
        asset.id = UUID.randomUUID();
        asset.tag = "SCDC-FAC-0001";
        asset.name = "Server room chiller";
        asset.type = AssetType.FACILITY;
        asset.councils = List.of("SCDC");
        asset.responsibleParty = "SCDC Facilities Management";
        asset.criticality = Criticality.CRITICAL;
        asset.monitored = true;
        asset.status = AssetStatus.IN_USE;
        asset.supportingContractId = UUID.randomUUID();
        return asset;
    }

    private static SupportingContract contract(LocalDate end, ContractStatus status) {
        SupportingContract contract = new SupportingContract();
        contract.id = UUID.randomUUID();
        contract.reference = "SCDC-HOST-1";
        contract.endDate = end;
        contract.status = status;
        return contract;
    }
}
