package org.buyonce.alignment.api;

import org.buyonce.alignment.planner.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ContractPartResponse", description = "A contract's part in an opportunity")
public record ContractPartResponse(
        UUID contractId,
        String council,
        String reference,
        String title,
        Role role,
        @Schema(description = "Days between its achievable end and the target; 0 when ALIGNED") long daysOff,
        @Schema(description = "Annual value × days off / 365, in GBP", examples = "14794.52") BigDecimal unalignedSpend,
        BigDecimal annualValue,
        @Schema(description = "When it joins the joint contract; null if it cannot reach") LocalDate joinDate,
        @Schema(description = "Why it cannot reach, when CANNOT_REACH") String reason,
        List<ActionResponse> actions) {
}
