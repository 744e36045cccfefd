package org.buyonce.alignment.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.api.OpportunityResponse;
import org.buyonce.alignment.planner.AlignmentPlanner;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.projection.PlanningData;
import org.buyonce.commons.metrics.LatencyBuckets;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;

import java.util.List;
import java.util.Optional;

/** Opportunities computed from the projections; the last result is kept until the data or the query changes. */
@ApplicationScoped
public class OpportunityService {

    private record Planned(long revision, PlanningQuery query, List<Opportunity> opportunities, List<OpportunityResponse> responses) {
    }

    private final PlanningData data;
    private final AlignmentPlanner planner = new AlignmentPlanner();
    private final Timer planning;
    private volatile Planned last;

    public OpportunityService(PlanningData data, MeterRegistry registry) {
        this.data = data;
        this.planning = Timer.builder("buyonce.planner.duration")
                .description("Time the alignment planner takes to plan every capability from the projections")
                .serviceLevelObjectives(LatencyBuckets.BOUNDS).register(registry);
    }

    /** One page of the opportunities, most pressing first; optionally only those including a council, or of a capability. */
    public Page<OpportunityResponse> page(PlanningQuery query, String council, String capability, PageRequest page) {
        List<OpportunityResponse> matching = planned(query).responses().stream()
                .filter(o -> council == null || o.councils().contains(council))
                .filter(o -> capability == null || o.capability().equals(capability))
                .toList();
        return Page.slice(matching, page);
    }

    public Optional<OpportunityResponse> opportunity(String capability, PlanningQuery query) {
        return planned(query).responses().stream().filter(o -> o.capability().equals(capability)).findFirst();
    }

    /** The planner's own result for a capability, as a plan adopts it. */
    Optional<Opportunity> planned(String capability, PlanningQuery query) {
        return planned(query).opportunities().stream().filter(o -> o.capability().equals(capability)).findFirst();
    }

    private Planned planned(PlanningQuery query) {
        PlanningData.Snapshot snapshot = data.current();
        Planned cached = last;
        if (cached != null && cached.revision() == snapshot.revision() && cached.query().equals(query)) {
            return cached;
        }
        List<Opportunity> opportunities = planning.record(() -> planner.plan(snapshot.contracts(),
                snapshot.earliestEndOfSupport(), query.asOf(), query.policy()));
        Planned fresh = new Planned(snapshot.revision(), query, opportunities,
                opportunities.stream().map(OpportunityMapper::toResponse).toList());
        last = fresh;
        return fresh;
    }
}
