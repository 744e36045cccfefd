package org.buyonce.asset.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.buyonce.asset.Asset;
import org.buyonce.asset.AssetStatus;
import org.buyonce.asset.Criticality;
import org.buyonce.asset.api.RiskDto;
import org.buyonce.asset.projection.SupportingContract;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The risk register, computed from the assets and the supporting contracts this service knows of. Retired assets
 * carry no risk. Sorted by severity, then date (a risk without one is a risk today), then tag.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RiskRegister {

    private final EntityManager entityManager;

    public RiskRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<RiskDto> risks(LocalDate today, Period window, String council, RiskRule onlyRule) {
        StringBuilder query = new StringBuilder("""
                select a, c from Asset a left join SupportingContract c on c.id = a.supportingContractId
                where a.status <> :retired
                  and (a.criticality = :critical or a.endOfSupport < :today or a.supportingContractId is not null)""");
        if (council != null) {
            query.append(" and function('jsonb_exists', a.councils, :council) = true");
        }
        var rows = entityManager.createQuery(query.toString(), Object[].class)
                .setParameter("retired", AssetStatus.RETIRED).setParameter("critical", Criticality.CRITICAL)
                .setParameter("today", today);
        if (council != null) {
            rows.setParameter("council", council);
        }
        LocalDate windowEnd = today.plus(window);
        List<RiskDto> risks = new ArrayList<>();
        for (Object[] row : rows.getResultList()) {
            assess((Asset) row[0], (SupportingContract) row[1], today, windowEnd, risks);
        }
        return risks.stream().filter(r -> onlyRule == null || r.rule() == onlyRule)
                .sorted(Comparator.comparing(RiskDto::severity)
                        .thenComparing(r -> r.date() == null ? today : r.date())
                        .thenComparing(RiskDto::tag).thenComparing(RiskDto::rule))
                .toList();
    }

    private static void assess(Asset asset, SupportingContract contract, LocalDate today, LocalDate windowEnd, List<RiskDto> risks) {
        boolean critical = asset.criticality == Criticality.CRITICAL;
        if (critical && asset.responsibleParty == null) {
            risks.add(risk(asset, RiskRule.NO_RESPONSIBLE_PARTY, Severity.HIGH, null, "Critical, and nobody is recorded as responsible"));
        }
        if (critical && !asset.monitored) {
            risks.add(risk(asset, RiskRule.NOT_MONITORED, Severity.HIGH, null, "Critical, and not monitored"));
        }
        if (asset.endOfSupport != null && asset.endOfSupport.isBefore(today)) {
            Severity severity = asset.criticality == Criticality.NORMAL ? Severity.MEDIUM : Severity.HIGH;
            risks.add(risk(asset, RiskRule.PAST_END_OF_SUPPORT, severity, asset.endOfSupport,
                    "Out of support since " + asset.endOfSupport + " and still " + asset.status));
        }
        if (asset.supportingContractId == null) {
            if (critical) {
                risks.add(risk(asset, RiskRule.NO_SUPPORTING_CONTRACT, Severity.MEDIUM, null, "Critical, and no contract supports it"));
            }
        } else if (contract == null) {
            risks.add(risk(asset, RiskRule.NO_SUPPORTING_CONTRACT, Severity.MEDIUM, null,
                    "Its supporting contract " + asset.supportingContractId + " is not known"));
        } else if (contract.hasEndedBy(today)) {
            risks.add(risk(asset, RiskRule.SUPPORT_CONTRACT_ENDED, Severity.HIGH, contract.endDate,
                    "Supporting contract " + contract.reference + " ended on " + contract.endDate + " (" + contract.status + ")"));
        } else if (!contract.endDate.isAfter(windowEnd)) {
            risks.add(risk(asset, RiskRule.SUPPORT_CONTRACT_ENDING, critical ? Severity.HIGH : Severity.MEDIUM, contract.endDate,
                    "Supporting contract " + contract.reference + " ends on " + contract.endDate));
        }
    }

    private static RiskDto risk(Asset a, RiskRule rule, Severity severity, LocalDate date, String detail) {
        return new RiskDto(a.id, a.tag, a.name, rule, severity, a.councils, a.responsibleParty, date, detail);
    }
}
