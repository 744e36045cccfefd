package org.buyonce.alignment.opportunity;

import org.buyonce.alignment.api.ActionDto;
import org.buyonce.alignment.api.ContractPartDto;
import org.buyonce.alignment.api.OpportunityDto;
import org.buyonce.alignment.api.PolicyDto;
import org.buyonce.alignment.planner.Assignment;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.Policy;

/** The planner's results in the wire format. */
public final class OpportunityMapper {

    private OpportunityMapper() {
    }

    public static OpportunityDto toDto(Opportunity o) {
        return new OpportunityDto(o.capability(), o.asOf(), toDto(o.policy()), o.targetDate(), o.procurementStart(),
                o.councils(), o.unalignedSpend(), o.annualSpendCovered(), o.urgent(), o.firstDeadline(),
                o.assignments().stream().map(OpportunityMapper::toDto).toList());
    }

    public static PolicyDto toDto(Policy policy) {
        return new PolicyDto(policy.leadTimeMonths(), policy.maxBridgeMonths());
    }

    private static ContractPartDto toDto(Assignment a) {
        return new ContractPartDto(a.contract().id(), a.contract().council(), a.contract().reference(), a.contract().title(),
                a.role(), a.daysOff(), a.unalignedSpend(), a.contract().annualValue(), a.joinDate(), a.reason(),
                a.actions().stream().map(x -> new ActionDto(x.type(), x.deadline(), x.detail())).toList());
    }
}
