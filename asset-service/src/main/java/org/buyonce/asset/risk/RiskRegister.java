package org.buyonce.asset.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.asset.api.RiskResponse;
import org.buyonce.asset.config.RisksConfig;
import org.buyonce.asset.repository.AssetRepository;
import org.buyonce.asset.repository.RiskCandidate;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The risk register: the rules of {@link RiskRules} applied to the assets and the supporting contracts known here. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RiskRegister {

    private final AssetRepository assets;
    private final RisksConfig config;
    private final Clock clock;

    public RiskRegister(AssetRepository assets, RisksConfig config, Clock clock) {
        this.assets = assets;
        this.config = config;
        this.clock = clock;
    }

    /** One page of the register; {@code window} (the configured one when null) says how soon "ending soon" is. */
    public Page<RiskResponse> page(Period window, String council, RiskRule onlyRule, PageRequest page) {
        return Page.slice(risks(window == null ? config.window() : window, council, onlyRule), page);
    }

    List<RiskResponse> risks(Period window, String council, RiskRule onlyRule) {
        LocalDate today = LocalDate.now(clock);
        LocalDate windowEnd = today.plus(window);
        return assets.riskCandidates(today, council).stream()
                .flatMap((RiskCandidate c) -> RiskRules.assess(c.asset(), c.contract(), today, windowEnd).stream())
                .filter(risk -> onlyRule == null || risk.rule() == onlyRule)
                .sorted(RiskRules.order(today))
                .map(RiskRegister::toResponse)
                .toList();
    }

    private static RiskResponse toResponse(Risk risk) {
        return new RiskResponse(risk.asset().id, risk.asset().tag, risk.asset().name, risk.rule(), risk.severity(),
                risk.asset().councils, risk.asset().responsibleParty, risk.date(), risk.detail());
    }
}
