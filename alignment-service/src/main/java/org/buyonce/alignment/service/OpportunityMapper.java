package org.buyonce.alignment.service;

import org.buyonce.alignment.AdoptedPart;
import org.buyonce.alignment.api.ActionResponse;
import org.buyonce.alignment.api.ContractPartResponse;
import org.buyonce.alignment.api.OpportunityResponse;
import org.buyonce.alignment.api.PolicyResponse;
import org.buyonce.alignment.planner.Action;
import org.buyonce.alignment.planner.Assignment;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.Policy;
import org.buyonce.alignment.planner.TrackedPart;

import java.util.List;

/** The planner's results in the wire format, and as a plan keeps them when it is adopted. */
final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static OpportunityResponse toResponse(Opportunity o) {
        return new OpportunityResponse(o.capability(), o.asOf(), toResponse(o.policy()), o.targetDate(), o.procurementStart(),
                o.councils(), o.unalignedSpend(), o.annualSpendCovered(), o.urgent(), o.firstDeadline(),
                o.assignments().stream().map(a -> toResponse(toAdopted(a))).toList());
    }

    static PolicyResponse toResponse(Policy policy) {
        return new PolicyResponse(policy.leadTimeMonths(), policy.maxBridgeMonths());
    }

    static AdoptedPart toAdopted(Assignment a) {
        return new AdoptedPart(a.contract().id(), a.contract().council(), a.contract().reference(), a.contract().title(),
                a.role(), a.daysOff(), a.unalignedSpend(), a.contract().annualValue(), a.joinDate(), a.reason(), a.actions());
    }

    static ContractPartResponse toResponse(AdoptedPart part) {
        return toResponse(part, null);
    }

    /** A part with its tracking in a plan, if it is tracked. */
    static ContractPartResponse toResponse(AdoptedPart part, TrackedPart tracked) {
        return new ContractPartResponse(part.contractId(), part.council(), part.reference(), part.title(), part.role(),
                part.daysOff(), part.unalignedSpend(), part.annualValue(), part.joinDate(), part.reason(), toResponse(part.actions()),
                tracked == null ? null : tracked.tracking(), tracked == null ? null : tracked.reason(),
                tracked == null ? null : tracked.nextDeadline());
    }

    private static List<ActionResponse> toResponse(List<Action> actions) {
        return actions.stream().map(x -> new ActionResponse(x.type(), x.deadline(), x.detail())).toList();
    }
}
