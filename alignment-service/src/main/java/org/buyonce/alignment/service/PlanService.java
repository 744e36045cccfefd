package org.buyonce.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.buyonce.alignment.AdoptedPart;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.api.PlanRequest;
import org.buyonce.alignment.api.PlanResponse;
import org.buyonce.alignment.api.PlanStatusRequest;
import org.buyonce.alignment.api.ProgrammeResponse;
import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.Policy;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.security.Caller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Adopting opportunities as plans, moving plans along their legal states, and the programme's progress. */
@ApplicationScoped
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final OpportunityService opportunities;
    private final PlannerConfig defaults;
    private final Caller caller;
    private final Clock clock;
    private final Validator validator;

    public PlanService(PlanRepository plans, OpportunityService opportunities, PlannerConfig defaults, Caller caller, Clock clock,
            Validator validator) {
        this.plans = plans;
        this.opportunities = opportunities;
        this.defaults = defaults;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    public PlanResponse adopt(PlanRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a plan request is required");
        }
        validate(request);
        PlanningQuery query = PlanningQuery.of(request.asOf(), request.leadTimeMonths(), request.maxBridgeMonths(),
                LocalDate.now(clock), defaults);
        Opportunity opportunity = opportunities.planned(request.capability(), query)
                .orElseThrow(() -> ProblemException.conflict("there is no opportunity for '" + request.capability()
                        + "' as of " + query.asOf() + ": it needs active contracts in two or more councils"));
        caller.requireActsForOneOf(opportunity.councils(), "adopt this plan");
        if (plans.hasOpenPlan(opportunity.capability())) {
            throw ProblemException.conflict("capability '" + opportunity.capability() + "' already has an open plan");
        }
        AlignmentPlan plan = new AlignmentPlan();
        plan.id = UUID.randomUUID();
        plan.capability = opportunity.capability();
        plan.status = PlanStatus.IDENTIFIED;
        plan.targetDate = opportunity.targetDate();
        plan.procurementStart = opportunity.procurementStart();
        plan.asOf = opportunity.asOf();
        plan.leadTimeMonths = opportunity.policy().leadTimeMonths();
        plan.maxBridgeMonths = opportunity.policy().maxBridgeMonths();
        plan.councils = opportunity.councils();
        plan.contracts = opportunity.assignments().stream().map(OpportunityMapper::toAdopted).toList();
        plan.unalignedSpend = opportunity.unalignedSpend();
        plan.annualSpendCovered = opportunity.annualSpendCovered();
        plan.createdAt = Instant.now(clock);
        plan.updatedAt = plan.createdAt;
        plans.persist(plan);
        plans.flush();
        return toResponse(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanResponse> find(UUID id) {
        return plans.findByIdOptional(id).map(PlanService::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanResponse> list(PlanStatus status, String capability, String council, PageRequest page) {
        return plans.search(status, capability, council, page).map(PlanService::toResponse);
    }

    public PlanResponse changeStatus(UUID id, PlanStatusRequest change, String ifMatch) {
        AlignmentPlan plan = plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("plan", id));
        caller.requireActsForOneOf(plan.councils, "move this plan");
        if (change == null) {
            throw ProblemException.invalid("body", "a status change is required");
        }
        ExpectedVersion.of(ifMatch, change.version()).check(plan.version);
        validate(change);
        if (!plan.status.canMoveTo(change.status())) {
            throw ProblemException.conflict("a plan " + plan.status + " can move to " + describe(plan.status) + ", not " + change.status());
        }
        plan.status = change.status();
        plan.updatedAt = Instant.now(clock);
        plans.flush();
        return toResponse(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeResponse programme() {
        List<AlignmentPlan> all = plans.listAll();
        Map<PlanStatus, Long> byStatus = new EnumMap<>(PlanStatus.class);
        for (PlanStatus status : PlanStatus.values()) {
            byStatus.put(status, 0L);
        }
        byStatus.putAll(all.stream().collect(Collectors.groupingBy(p -> p.status, Collectors.counting())));
        List<AlignmentPlan> live = all.stream().filter(p -> p.status != PlanStatus.CANCELLED).toList();
        List<AdoptedPart> included = included(live);
        List<AdoptedPart> aligned = included(live.stream().filter(p -> p.status == PlanStatus.IMPLEMENTED).toList());
        return new ProgrammeResponse(byStatus, included.size(), aligned.size(), annual(included), annual(aligned),
                aligned.size() + " of " + included.size() + " contracts aligned");
    }

    private void validate(Object request) {
        List<FieldError> errors = FieldError.of(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static List<AdoptedPart> included(List<AlignmentPlan> plans) {
        return plans.stream().flatMap(p -> p.contracts.stream()).filter(AdoptedPart::included).toList();
    }

    private static BigDecimal annual(List<AdoptedPart> contracts) {
        return contracts.stream().map(AdoptedPart::annualValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static String describe(PlanStatus status) {
        return status.next().isEmpty() ? "nothing (it is final)"
                : status.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    static PlanResponse toResponse(AlignmentPlan plan) {
        return new PlanResponse(plan.id, plan.version, plan.capability, plan.status, plan.targetDate, plan.procurementStart,
                plan.asOf, OpportunityMapper.toResponse(new Policy(plan.leadTimeMonths, plan.maxBridgeMonths)), plan.councils, plan.unalignedSpend,
                plan.annualSpendCovered, plan.contracts.stream().map(OpportunityMapper::toResponse).toList(), plan.createdAt, plan.updatedAt);
    }
}
