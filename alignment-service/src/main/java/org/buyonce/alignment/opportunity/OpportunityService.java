package org.buyonce.alignment.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.api.OpportunityDto;
import org.buyonce.alignment.planner.AlignmentPlanner;
import org.buyonce.alignment.projection.PlanningData;

import java.util.List;
import java.util.Optional;

/** Opportunities computed from the projections; the last result is kept until the data or the query changes. */
@ApplicationScoped
public class OpportunityService {

    private record Cached(long revision, PlanningQuery query, List<OpportunityDto> opportunities) {
    }

    private final PlanningData data;
    private final AlignmentPlanner planner = new AlignmentPlanner();
    private volatile Cached last;

    public OpportunityService(PlanningData data) {
        this.data = data;
    }

    /** Every opportunity, most pressing first. */
    public List<OpportunityDto> opportunities(PlanningQuery query) {
        PlanningData.Snapshot snapshot = data.current();
        Cached cached = last;
        if (cached != null && cached.revision() == snapshot.revision() && cached.query().equals(query)) {
            return cached.opportunities();
        }
        List<OpportunityDto> opportunities = planner.plan(snapshot.contracts(), snapshot.earliestEndOfSupport(),
                query.asOf(), query.policy()).stream().map(OpportunityMapper::toDto).toList();
        last = new Cached(snapshot.revision(), query, opportunities);
        return opportunities;
    }

    public Optional<OpportunityDto> opportunity(String capability, PlanningQuery query) {
        return opportunities(query).stream().filter(o -> o.capability().equals(capability)).findFirst();
    }
}
