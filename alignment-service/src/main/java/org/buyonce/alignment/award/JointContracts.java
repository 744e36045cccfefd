package org.buyonce.alignment.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.projection.ContractProjected;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.alignment.repository.ProjectionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A plan ends in its joint contract (DESIGN.md, "From plan to joint contract"): the contract that names the plan in
 * {@code planId} is recorded on it, moves it to AWARDED (from APPROVED or IN_PROCUREMENT), and to IMPLEMENTED on its
 * start. What does not match the plan is kept on the plan to be shown, never hidden.
 */
@ApplicationScoped
public class JointContracts {

    private final PlanRepository plans;
    private final ProjectionRepository projections;
    private final Clock clock;

    public JointContracts(PlanRepository plans, ProjectionRepository projections, Clock clock) {
        this.plans = plans;
        this.projections = projections;
        this.clock = clock;
    }

    /** In the transaction that projects a contract's event. */
    void on(@Observes ContractProjected projected) {
        if (projected.removed()) {
            removed(projected.contract());
        } else {
            changed(projected.contract());
        }
    }

    /** A plan the contract names, or named before, follows it. */
    private void changed(ContractProjection contract) {
        for (AlignmentPlan plan : plans.withJointContract(contract.id)) {
            if (!plan.id.equals(contract.planId)) {
                unlink(plan, "contract " + contract.reference + " (" + contract.id + "), recorded as its joint contract, now names "
                        + (contract.planId == null ? "no plan" : "plan " + contract.planId));
            }
        }
        if (contract.planId != null) {
            plans.locked(contract.planId).ifPresent(plan -> follow(plan, contract));
        }
    }

    private void removed(ContractProjection contract) {
        plans.withJointContract(contract.id).forEach(plan -> unlink(plan, "its joint contract " + contract.reference + " ("
                + contract.id + ") was deleted"));
    }

    /** A plan whose joint contract came before it could take it (e.g. before the last approval) takes it now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconsider(AlignmentPlan plan) {
        if (plan.jointContractId != null) {
            projections.contracts(List.of(plan.jointContractId)).forEach(contract -> follow(plan, contract));
        }
    }

    /** AWARDED plans whose joint contract has started are IMPLEMENTED; returns how many moved. */
    @Transactional
    public int implementStarted() {
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        for (AlignmentPlan plan : plans.awardedStartedBy(today)) {
            plan.status = PlanStatus.IMPLEMENTED;
            plan.updatedAt = Instant.now(clock);
            moved++;
        }
        return moved;
    }

    private void follow(AlignmentPlan plan, ContractProjection contract) {
        List<String> mismatches = new ArrayList<>();
        if (!contract.capability.equals(plan.capability)) {
            mismatches.add("the joint contract is for " + contract.capability + ", the plan for " + plan.capability);
        }
        TreeSet<String> councils = new TreeSet<>(contract.participantCouncils);
        councils.add(contract.council);
        if (!councils.equals(new TreeSet<>(plan.councils))) {
            mismatches.add("the joint contract's councils are " + String.join(", ", councils) + ", the plan's "
                    + String.join(", ", new TreeSet<>(plan.councils)));
        }
        PlanStatus status = plan.status;
        if (status == PlanStatus.APPROVED || status == PlanStatus.IN_PROCUREMENT) {
            status = PlanStatus.AWARDED;
        } else if (status == PlanStatus.IDENTIFIED || status == PlanStatus.CANCELLED) {
            mismatches.add("the plan is " + status + (status == PlanStatus.IDENTIFIED
                    ? ": it is awarded once every council has approved it" : ": a cancelled plan is not awarded"));
        }
        if (status == PlanStatus.AWARDED && !LocalDate.now(clock).isBefore(contract.startDate)) {
            status = PlanStatus.IMPLEMENTED;
        }
        if (status != plan.status || !contract.id.equals(plan.jointContractId) || !contract.startDate.equals(plan.jointContractStart)
                || !mismatches.equals(plan.jointContractMismatches)) {
            plan.status = status;
            plan.jointContractId = contract.id;
            plan.jointContractStart = contract.startDate;
            plan.jointContractMismatches = List.copyOf(mismatches);
            plan.updatedAt = Instant.now(clock);
        }
    }

    private void unlink(AlignmentPlan plan, String why) {
        plan.jointContractId = null;
        plan.jointContractStart = null;
        plan.jointContractMismatches = List.of(why);
        plan.updatedAt = Instant.now(clock);
    }
}
