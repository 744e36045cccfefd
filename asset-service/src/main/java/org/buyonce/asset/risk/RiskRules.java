package org.buyonce.asset.risk;

import org.buyonce.asset.Asset;
import org.buyonce.asset.projection.SupportingContract;
import org.buyonce.events.Criticality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of the risk register, as plain functions of an asset, its supporting contract and the day. Retired assets
 * carry no risk; the register is sorted by severity, then date (a risk without one is a risk today), then tag.
 */
public final class RiskRules {

    private RiskRules() {
    }

    /** Every risk of one asset not retired; {@code windowEnd} is the last day a contract may end to be "ending soon". */
    public static List<Risk> assess(Asset asset, SupportingContract contract, LocalDate today, LocalDate windowEnd) {
        List<Risk> risks = new ArrayList<>();
        boolean critical = asset.criticality == Criticality.CRITICAL;
        if (critical && asset.responsibleParty == null) {
            risks.add(new Risk(asset, RiskRule.NO_RESPONSIBLE_PARTY, Severity.HIGH, null, "Critical, and nobody is recorded as responsible"));
        }
        if (critical && !asset.monitored) {
            risks.add(new Risk(asset, RiskRule.NOT_MONITORED, Severity.HIGH, null, "Critical, and not monitored"));
        }
        if (asset.endOfSupport != null && asset.endOfSupport.isBefore(today)) {
            Severity severity = asset.criticality == Criticality.NORMAL ? Severity.MEDIUM : Severity.HIGH;
            risks.add(new Risk(asset, RiskRule.PAST_END_OF_SUPPORT, severity, asset.endOfSupport,
                    "Out of support since " + asset.endOfSupport + " and still " + asset.status));
        }
        if (asset.supportingContractId == null) {
            if (critical) {
                risks.add(new Risk(asset, RiskRule.NO_SUPPORTING_CONTRACT, Severity.MEDIUM, null, "Critical, and no contract supports it"));
            }
        } else if (contract == null) {
            risks.add(new Risk(asset, RiskRule.NO_SUPPORTING_CONTRACT, Severity.MEDIUM, null,
                    "Its supporting contract " + asset.supportingContractId + " is not known"));
        } else if (contract.hasEndedBy(today)) {
            risks.add(new Risk(asset, RiskRule.SUPPORT_CONTRACT_ENDED, Severity.HIGH, contract.endDate,
                    "Supporting contract " + contract.reference + " ended on " + contract.endDate + " (" + contract.status + ")"));
        } else if (!contract.endDate.isAfter(windowEnd)) {
            risks.add(new Risk(asset, RiskRule.SUPPORT_CONTRACT_ENDING, critical ? Severity.HIGH : Severity.MEDIUM, contract.endDate,
                    "Supporting contract " + contract.reference + " ends on " + contract.endDate));
        }
        return risks;
    }

    /** The register's order: most severe first, then the soonest date (today for a risk without one), then tag and rule. */
    public static Comparator<Risk> order(LocalDate today) {
        return Comparator.comparing(Risk::severity)
                .thenComparing((Risk r) -> r.date() == null ? today : r.date())
                .thenComparing(r -> r.asset().tag).thenComparing(Risk::rule);
    }
}
