package org.buyonce.alignment.service;

import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.CouncilDecision;
import org.buyonce.alignment.api.CouncilDecisionResponse;
import org.buyonce.alignment.api.PlanResponse;
import org.buyonce.alignment.planner.Policy;

import java.util.List;

/** A plan in the wire format, with its progress. */
final class PlanMapper {

    private PlanMapper() {
    }

    static PlanResponse toResponse(AlignmentPlan plan, PlanProgress.Progress progress) {
        return new PlanResponse(plan.id, plan.version, plan.capability, plan.status, plan.targetDate, plan.procurementStart,
                plan.asOf, OpportunityMapper.toResponse(new Policy(plan.leadTimeMonths, plan.maxBridgeMonths)), plan.councils,
                plan.unalignedSpend, plan.annualSpendCovered,
                plan.contracts.stream().map(part -> OpportunityMapper.toResponse(part, progress.parts().get(part.contractId()))).toList(),
                toResponse(plan.approvals), plan.awaitingApproval(), toResponse(plan.withdrawals), progress.tracking(),
                plan.jointContractId, plan.jointContractStart, plan.jointContractMismatches, plan.createdAt, plan.updatedAt);
    }

    private static List<CouncilDecisionResponse> toResponse(List<CouncilDecision> decisions) {
        return decisions.stream().map(d -> new CouncilDecisionResponse(d.council(), d.decidedBy(), d.decidedAt(), d.decisionReference(),
                d.note())).toList();
    }
}
