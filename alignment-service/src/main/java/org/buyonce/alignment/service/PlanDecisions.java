package org.buyonce.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.buyonce.alignment.AdoptedPart;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.CouncilDecision;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.api.CouncilDecisionRequest;
import org.buyonce.alignment.api.PlanResponse;
import org.buyonce.alignment.award.JointContracts;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.security.Caller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Each council decides on a plan for itself, through its own committee: it approves (the plan is APPROVED once every
 * included council has), or withdraws before the award (its contracts leave the plan, which is cancelled when fewer
 * than two councils remain). An officer decides for its own council, an admin for any council it names; who recorded
 * the decision, when, and the committee's reference are kept with the plan.
 */
@ApplicationScoped
@Transactional
public class PlanDecisions {

    /** A council may withdraw until the award. */
    private static final Set<PlanStatus> WITHDRAWABLE = EnumSet.of(PlanStatus.IDENTIFIED, PlanStatus.APPROVED, PlanStatus.IN_PROCUREMENT);

    private final PlanRepository plans;
    private final PlanProgress progress;
    private final Partnership partnership;
    private final Caller caller;
    private final Clock clock;
    private final Validator validator;
    private final JointContracts jointContracts;

    public PlanDecisions(PlanRepository plans, PlanProgress progress, Partnership partnership, Caller caller, Clock clock,
            Validator validator, JointContracts jointContracts) {
        this.plans = plans;
        this.progress = progress;
        this.partnership = partnership;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
        this.jointContracts = jointContracts;
    }

    public PlanResponse approve(UUID id, CouncilDecisionRequest request) {
        AlignmentPlan plan = plans.locked(id).orElseThrow(() -> ProblemException.notFound("plan", id));
        CouncilDecision decision = decision(request, plan, "approve this plan");
        if (plan.status != PlanStatus.IDENTIFIED) {
            throw ProblemException.conflict("the plan is " + plan.status + ": approvals are recorded while it is IDENTIFIED");
        }
        plan.approvals.stream().filter(a -> a.council().equals(decision.council())).findFirst().ifPresent(earlier -> {
            throw ProblemException.conflict(earlier.council() + " approved this plan on " + earlier.decidedAt() + " (recorded by "
                    + earlier.decidedBy() + ")");
        });
        plan.approvals = append(plan.approvals, decision);
        if (plan.awaitingApproval().isEmpty()) {
            plan.status = PlanStatus.APPROVED;
            jointContracts.reconsider(plan); // a joint contract recorded before the last approval awards it now
        }
        return saved(plan);
    }

    public PlanResponse withdraw(UUID id, CouncilDecisionRequest request) {
        AlignmentPlan plan = plans.locked(id).orElseThrow(() -> ProblemException.notFound("plan", id));
        CouncilDecision decision = decision(request, plan, "withdraw from this plan");
        if (!WITHDRAWABLE.contains(plan.status)) {
            throw ProblemException.conflict("the plan is " + plan.status + ": a council may withdraw only before the award");
        }
        String council = decision.council();
        plan.withdrawals = append(plan.withdrawals, decision);
        plan.contracts = plan.contracts.stream().filter(part -> !part.council().equals(council)).toList();
        plan.councils = plan.councils.stream().filter(c -> !c.equals(council)).toList();
        plan.approvals = plan.approvals.stream().filter(a -> !a.council().equals(council)).toList();
        List<AdoptedPart> included = plan.contracts.stream().filter(AdoptedPart::included).toList();
        plan.unalignedSpend = sum(included, AdoptedPart::unalignedSpend);
        plan.annualSpendCovered = sum(included, AdoptedPart::annualValue);
        if (plan.councils.size() < 2) {
            plan.status = PlanStatus.CANCELLED;
        } else if (plan.status == PlanStatus.IDENTIFIED && plan.awaitingApproval().isEmpty()) {
            plan.status = PlanStatus.APPROVED; // the councils that remain had all approved
        }
        return saved(plan);
    }

    /** The decision the request records, once the caller may make it for an included council. */
    private CouncilDecision decision(CouncilDecisionRequest request, AlignmentPlan plan, String what) {
        if (request == null) {
            throw ProblemException.invalid("body", "a decision is required: {\"council\": \"HDC\"}");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.council() != null && !request.council().isBlank() && !partnership.isMember(request.council().trim())) {
            errors.add(new FieldError("council", "unknown council '" + InputRules.printable(request.council())
                    + "'; the partnership's councils are " + partnership.codes()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String council = request.council().trim();
        caller.requireActsFor(council, what + " on behalf");
        if (!plan.councils.contains(council)) {
            throw ProblemException.conflict(council + " is not in this plan; its councils are " + String.join(", ", plan.councils));
        }
        return new CouncilDecision(council, caller.name(), Instant.now(clock), blankToNull(request.decisionReference()),
                blankToNull(request.note()));
    }

    private PlanResponse saved(AlignmentPlan plan) {
        plan.updatedAt = Instant.now(clock);
        plans.flush();
        return PlanMapper.toResponse(plan, progress.of(plan));
    }

    private static List<CouncilDecision> append(List<CouncilDecision> decisions, CouncilDecision decision) {
        List<CouncilDecision> all = new ArrayList<>(decisions);
        all.add(decision);
        return List.copyOf(all);
    }

    private static BigDecimal sum(List<AdoptedPart> parts, Function<AdoptedPart, BigDecimal> amount) {
        return parts.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
