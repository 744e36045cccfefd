package org.buyonce.alignment.service;

import org.buyonce.alignment.planner.AlignmentPlanner;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.Pressing;
import org.buyonce.alignment.projection.PlanningData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The opportunities of one planning query at a snapshot's revision, kept per capability: the next revision replans
 * only the capabilities whose data changed and reuses the others' rendered opportunities.
 */
record QueryPlans(PlanningQuery query, long revision, Map<String, CapabilityPlan> byCapability, List<RenderedOpportunity> ordered) {

    /** One capability's plan from its data at {@code dataRevision}; no opportunity when the planner found none. */
    record CapabilityPlan(long dataRevision, RenderedOpportunity rendered) {
    }

    static QueryPlans empty(PlanningQuery query) {
        return new QueryPlans(query, -1, Map.of(), List.of());
    }

    /** These plans brought to the snapshot; {@code replanned} counts the capabilities planned again. */
    QueryPlans at(PlanningData.Snapshot snapshot, AlignmentPlanner planner, Function<Opportunity, RenderedOpportunity> render,
            Runnable replanned) {
        Map<String, CapabilityPlan> plans = new HashMap<>();
        snapshot.capabilities().forEach((capability, data) -> {
            CapabilityPlan kept = byCapability.get(capability);
            if (kept != null && kept.dataRevision() == data.revision()) {
                plans.put(capability, kept);
            } else {
                replanned.run();
                plans.put(capability, new CapabilityPlan(data.revision(), plan(planner, data, query).map(render).orElse(null)));
            }
        });
        List<RenderedOpportunity> ordered = plans.values().stream().map(CapabilityPlan::rendered).filter(Objects::nonNull)
                .sorted(Pressing.MOST_PRESSING_FIRST).toList();
        return new QueryPlans(query, snapshot.revision(), Map.copyOf(plans), ordered);
    }

    static Optional<Opportunity> plan(AlignmentPlanner planner, PlanningData.CapabilityData data, PlanningQuery query) {
        return planner.planCapability(data.capability(), data.contractList(), data.earliestEndOfSupport(), query.asOf(), query.policy());
    }

    Optional<RenderedOpportunity> of(String capability) {
        return Optional.ofNullable(byCapability.get(capability)).map(CapabilityPlan::rendered);
    }
}
