package org.buyonce.asset;

import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** contract-renewals events of a server room contract, as contract-service would publish them. */
public final class SupportingContracts {

    private SupportingContracts() {
    }

    public static ContractRenewalState state(UUID id, long version, String end, ContractStatus status) {
        LocalDate endDate = LocalDate.parse(end);
        return new ContractRenewalState(id, version, "SCDC", "SCDC-HOST-1", "Server room maintenance",
                new ContractRenewalState.Supplier("Cool Air Ltd", null), "hosting", LocalDate.of(2020, 1, 1), endDate,
                List.of(), 3, endDate.minusMonths(3), RenewalType.FIXED, null, endDate, new BigDecimal("12000.00"), null, status,
                List.of());
    }
}
