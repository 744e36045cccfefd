package org.buyonce.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.api.PlanRequest;
import org.buyonce.alignment.api.PlanResponse;
import org.buyonce.alignment.api.PlanStatusRequest;
import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.Tracking;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Adopting opportunities as plans, reading them with their progress, and moving them along their legal states. */
@ApplicationScoped
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final PlanProgress progress;
    private final OpportunityService opportunities;
    private final PlannerConfig defaults;
    private final Caller caller;
    private final Clock clock;
    private final Validator validator;

    public PlanService(PlanRepository plans, PlanProgress progress, OpportunityService opportunities, PlannerConfig defaults,
            Caller caller, Clock clock, Validator validator) {
        this.plans = plans;
        this.progress = progress;
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

    private PlanResponse toResponse(AlignmentPlan plan) {
        return PlanMapper.toResponse(plan, progress.of(plan));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanResponse> find(UUID id) {
        return plans.findByIdOptional(id).map(this::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanResponse> list(PlanStatus status, String capability, String council, Tracking tracking, PageRequest page) {
        if (tracking == null) {
            Page<AlignmentPlan> found = plans.search(status, capability, council, page);
            Map<UUID, PlanProgress.Progress> progressOf = progress.of(found.items());
            return found.map(plan -> PlanMapper.toResponse(plan, progressOf.get(plan.id)));
        }
        // Tracking is computed from the live contracts, not stored: filter the (few) plans, then page.
        List<AlignmentPlan> all = plans.all(status, capability, council);
        Map<UUID, PlanProgress.Progress> progressOf = progress.of(all);
        List<PlanResponse> matching = all.stream().filter(plan -> progressOf.get(plan.id).tracking() == tracking)
                .map(plan -> PlanMapper.toResponse(plan, progressOf.get(plan.id))).toList();
        return Page.slice(matching, page);
    }

    public PlanResponse changeStatus(UUID id, PlanStatusRequest change, String ifMatch) {
        AlignmentPlan plan = plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("plan", id));
        caller.requireActsForOneOf(plan.councils, "move this plan");
        if (change == null) {
            throw ProblemException.invalid("body", "a status change is required");
        }
        ExpectedVersion.of(ifMatch, change.version()).check(plan.version);
        validate(change);
        if (change.status() == PlanStatus.APPROVED) {
            throw ProblemException.conflict("each council approves for itself: POST /plans/" + id + "/approvals"
                    + (plan.awaitingApproval().isEmpty() ? "" : " (awaiting " + String.join(", ", plan.awaitingApproval()) + ")"));
        }
        if (plan.jointContractId != null && (change.status() == PlanStatus.AWARDED || change.status() == PlanStatus.IMPLEMENTED)) {
            throw ProblemException.conflict("joint contract " + plan.jointContractId + " names this plan: the plan moved to AWARDED "
                    + "when it was recorded and moves to IMPLEMENTED on its start, " + plan.jointContractStart + "; not by hand");
        }
        if (!plan.status.canMoveTo(change.status())) {
            throw ProblemException.conflict("a plan " + plan.status + " can move to " + describe(plan.status) + ", not " + change.status());
        }
        if (change.status() == PlanStatus.IMPLEMENTED && LocalDate.now(clock).isBefore(plan.targetDate)) {
            throw ProblemException.conflict("the joint contract starts on " + plan.targetDate
                    + ": the plan is implemented from then on, not before");
        }
        plan.status = change.status();
        plan.updatedAt = Instant.now(clock);
        plans.flush();
        return toResponse(plan);
    }

    private void validate(Object request) {
        List<FieldError> errors = FieldError.of(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String describe(PlanStatus status) {
        return status.next().isEmpty() ? "nothing (it is final)"
                : status.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
    }
}
