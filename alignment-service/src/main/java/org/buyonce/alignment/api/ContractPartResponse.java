package org.buyonce.alignment.api;

import org.buyonce.alignment.planner.Role;
import org.buyonce.alignment.planner.Tracking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ContractPartResponse", description = "A contract's part in an opportunity")
public record ContractPartResponse(
        UUID contractId,
        @Schema(examples = "SCDC") String council,
        @Schema(nullable = true, examples = "SCDC-ICT-001") String reference,
        @Schema(nullable = true, examples = "Legacy PBX maintenance") String title,
        @Schema(examples = "BRIDGED") Role role,
        @Schema(description = "Days between its achievable end and the target; 0 when ALIGNED", examples = "90") long daysOff,
        @Schema(description = "Annual value × days off / 365, in GBP", examples = "14794.52") BigDecimal unalignedSpend,
        @Schema(description = "GBP per year", examples = "60000.00") BigDecimal annualValue,
        @Schema(description = "When it joins the joint contract; null if it cannot reach", nullable = true, examples = "2027-03-31")
        LocalDate joinDate,
        @Schema(description = "Why it cannot reach, when CANNOT_REACH; null otherwise", nullable = true,
                examples = "its latest achievable end, 2026-12-31, is more than 3 months before 2027-12-31 and it cannot end later")
        String reason,
        List<ActionResponse> actions,
        @Schema(description = "In a plan: how it is doing against the plan as adopted, from the live contract; null in an "
                + "opportunity, for a contract that cannot reach, and in a cancelled plan", nullable = true, examples = "ON_TRACK")
        Tracking tracking,
        @Schema(description = "Why, with the next action and its deadline", nullable = true,
                examples = "Exercise the next extension option (12 months): the end moves from 2027-03-31 to 2028-03-31, by 2026-12-31 (30 days)")
        String trackingReason,
        @Schema(description = "The deadline of its next action; null when done or drifted", nullable = true, examples = "2026-12-31")
        LocalDate nextDeadline) {
}
