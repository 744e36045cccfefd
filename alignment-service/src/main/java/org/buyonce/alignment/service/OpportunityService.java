package org.buyonce.alignment.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.api.OpportunityResponse;
import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.planner.AlignmentPlanner;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.projection.PlanningData;
import org.buyonce.commons.metrics.LatencyBuckets;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Opportunities kept per capability for the planning queries asked lately: a read plans nothing unless the
 * projections changed, and then only the capabilities the change touched. The planning date and policy of today's
 * default query are replanned on the event path ({@link Replanner}), so its readers find it ready.
 */
@ApplicationScoped
public class OpportunityService {

    /** How many planning queries keep their plans: today's default, and a few dates or policies being compared. */
    static final int QUERIES_KEPT = 16;

    private final PlanningData data;
    private final OpportunityWatch watch;
    private final ObjectMapper mapper;
    private final PlannerConfig defaults;
    private final Clock clock;
    private final AlignmentPlanner planner = new AlignmentPlanner();
    private final Timer planning;
    private final Counter replanned;
    /** Reads take no lock: only a query being replanned is locked, by its own plans (see {@link #plans}). */
    private final Cache<PlanningQuery, QueryPlans> kept = Caffeine.newBuilder().maximumSize(QUERIES_KEPT).build();

    public OpportunityService(PlanningData data, OpportunityWatch watch, PlannerConfig defaults, Clock clock, ObjectMapper mapper,
            MeterRegistry registry) {
        this.data = data;
        this.watch = watch;
        this.mapper = mapper;
        this.defaults = defaults;
        this.clock = clock;
        this.planning = Timer.builder("buyonce.planner.duration")
                .description("Time to bring one planning query's opportunities up to date: the capabilities changed replanned")
                .serviceLevelObjectives(LatencyBuckets.BOUNDS).register(registry);
        this.replanned = Counter.builder("buyonce.planner.capabilities.replanned")
                .description("Capabilities planned again because their contracts or assets changed, over all planning queries")
                .register(registry);
    }

    /** One page of the opportunities, most pressing first; optionally only those including a council, or of a capability. */
    public Page<RenderedOpportunity> page(PlanningQuery query, String council, String capability, PageRequest page) {
        return Page.slice(matching(query, council, capability), page);
    }

    /** Every opportunity matching, read back from its JSON, for a reader that works on them (the dashboard). */
    public List<OpportunityResponse> responses(PlanningQuery query, String council, String capability) {
        return matching(query, council, capability).stream().map(o -> o.response(mapper)).toList();
    }

    public Optional<RenderedOpportunity> opportunity(String capability, PlanningQuery query) {
        return plans(query, data.recent()).of(capability);
    }

    /**
     * The capability's opportunity as this replica last planned it, without looking for changes: for a reader about to
     * wait for the next one, which {@link #changeOf} will tell it of.
     */
    public Optional<RenderedOpportunity> lastPlanned(String capability, PlanningQuery query) {
        QueryPlans plans = kept.getIfPresent(query);
        return plans == null || plans.revision() < 0 ? Optional.empty() : plans.of(capability);
    }

    /**
     * Once the capability's opportunity is no longer {@code held}: as it is then (empty if it has none any more); or
     * {@code held} when the wait is over. Null if this replica holds too many waiting requests already.
     */
    public CompletionStage<Optional<RenderedOpportunity>> changeOf(PlanningQuery query, RenderedOpportunity held, Duration wait) {
        return watch.changeOf(query, held, wait, () -> kept(query));
    }

    /** Brings the planning queries that readers wait on up to date: a change another replica applied wakes them too. */
    void replanWaitedOn() {
        watch.waitedOn().forEach(this::plans);
    }

    /** The planner's own result for a capability, as a plan adopts it: planned again, since only the JSON is kept. */
    Optional<Opportunity> planned(String capability, PlanningQuery query) {
        PlanningData.CapabilityData capabilityData = data.current().capabilities().get(capability);
        return capabilityData == null ? Optional.empty() : QueryPlans.plan(planner, capabilityData, query);
    }

    /** Brings today's default query up to date with the projections. */
    void replanToday() {
        plans(PlanningQuery.of(null, null, null, LocalDate.now(clock), defaults));
    }

    private List<RenderedOpportunity> matching(PlanningQuery query, String council, String capability) {
        return plans(query, data.recent()).ordered().stream()
                .filter(o -> council == null || o.councils().contains(council))
                .filter(o -> capability == null || o.capability().equals(capability))
                .toList();
    }

    private QueryPlans plans(PlanningQuery query) {
        return plans(query, data.current());
    }

    /** The query's plans brought up to the snapshot, if they are older. */
    private QueryPlans plans(PlanningQuery query, PlanningData.Snapshot snapshot) {
        QueryPlans plans = kept(query);
        if (plans.revision() == snapshot.revision()) {
            return plans;
        }
        // One query is replanned by one thread at a time: a reader arriving meanwhile waits for its result.
        synchronized (plans) {
            QueryPlans latest = kept(query);
            if (latest.revision() >= snapshot.revision()) {
                return latest;
            }
            QueryPlans fresh = planning.record(() -> latest.at(snapshot, planner,
                    opportunity -> RenderedOpportunity.of(opportunity, mapper), replanned::increment));
            kept.asMap().merge(query, fresh, (current, next) -> next.revision() > current.revision() ? next : current);
            watch.planned(fresh);
            return fresh;
        }
    }

    private QueryPlans kept(PlanningQuery query) {
        return kept.get(query, QueryPlans::empty);
    }
}
