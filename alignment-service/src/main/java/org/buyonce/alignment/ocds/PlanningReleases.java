package org.buyonce.alignment.ocds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.ocds.Ocds;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.dates.Months;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The open plans as OCDS planning releases: what a UK Procurement Act 2023 pipeline notice needs. Each plan is a
 * future joint procurement: its councils as buyers, its estimated value (the annual spend it covers over the planned
 * term), when procurement starts (T − L) and when the joint contract starts (T).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanningReleases {

    private final PlanRepository plans;
    private final Partnership partnership;
    private final Clock clock;
    private final String ocidPrefix;
    private final String publisher;
    private final int termMonths;

    public PlanningReleases(PlanRepository plans, Partnership partnership, Clock clock,
            @ConfigProperty(name = "buyonce.ocid-prefix", defaultValue = "ocds-buyonce") String ocidPrefix,
            @ConfigProperty(name = "buyonce.ocds-publisher", defaultValue = "BuyOnce") String publisher,
            @ConfigProperty(name = "buyonce.planned-term-months", defaultValue = "60") int termMonths) {
        this.plans = plans;
        this.partnership = partnership;
        this.clock = clock;
        this.ocidPrefix = ocidPrefix;
        this.publisher = publisher;
        this.termMonths = termMonths;
    }

    public Ocds.Page page(String council, PageRequest request, URI uri) {
        List<AlignmentPlan> open = plans.all(null, null, council).stream().filter(plan -> plan.status.isOpen()).toList();
        int from = Math.min(request.offset(), open.size());
        int to = Math.min(from + request.size(), open.size());
        List<Ocds.Release> releases = open.subList(from, to).stream().map(this::release).toList();
        String published = Ocds.dateTime(Instant.now(clock), clock.getZone());
        return new Ocds.Page(new Ocds.ReleasePackage(uri.toString(), Ocds.VERSION, published, new Ocds.Publisher(publisher, null), null,
                null, releases), to < open.size());
    }

    private Ocds.Release release(AlignmentPlan plan) {
        ZoneId zone = clock.getZone();
        String ocid = ocidPrefix + "-" + plan.id;
        Ocds.Value estimate = new Ocds.Value(estimatedValue(plan), "GBP");
        LocalDate contractEnd = Months.plus(plan.targetDate, termMonths);
        List<Ocds.Party> buyers = plan.councils.stream()
                .map(code -> new Ocds.Party(code, partnership.name(code), null, List.of("buyer"), null)).toList();
        String rationale = "Buy once: " + plan.contracts.stream().filter(p -> p.included()).count() + " contracts of "
                + String.join(", ", plan.councils) + " aligned to end on " + plan.targetDate + " and be replaced by one joint "
                + plan.capability + " contract";
        Ocds.Tender tender = new Ocds.Tender(plan.id.toString(), "Joint " + plan.capability + " procurement: "
                + String.join(", ", plan.councils), tenderStatus(plan.status), null, estimate,
                new Ocds.Period(Ocds.startOfDay(plan.procurementStart, zone), null, null),
                new Ocds.Period(Ocds.startOfDay(plan.targetDate, zone), Ocds.endOfDay(contractEnd, zone), null));
        return new Ocds.Release(ocid, ocid + "-" + plan.version, Ocds.dateTime(plan.updatedAt, zone),
                List.of("planning"), "tender", "en", buyers, null,
                new Ocds.Planning(rationale, new Ocds.Budget("The annual spend covered, " + plan.annualSpendCovered + " GBP, over "
                        + termMonths + " months", estimate)), tender, null, null, null);
    }

    /** The annual spend the plan covers, over the planned term. */
    BigDecimal estimatedValue(AlignmentPlan plan) {
        return plan.annualSpendCovered.multiply(BigDecimal.valueOf(termMonths)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** IDENTIFIED is still being planned; APPROVED is planned; IN_PROCUREMENT is an active tender; AWARDED, complete. */
    private static String tenderStatus(PlanStatus status) {
        return switch (status) {
            case IDENTIFIED -> "planning";
            case APPROVED -> "planned";
            case IN_PROCUREMENT -> "active";
            case AWARDED, IMPLEMENTED -> "complete";
            case CANCELLED -> "cancelled";
        };
    }
}
