package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RechargeResponse", description = "What each partner owes for the joint contracts in a UK financial year (April to March)")
public record RechargeResponse(
        @Schema(description = "The year it starts in: 2027 is 2027-04-01 to 2028-03-31", examples = "2027") int financialYear,
        @Schema(examples = "2027-04-01") LocalDate from,
        @Schema(examples = "2028-03-31") LocalDate to,
        @Schema(description = "Every joint contract that runs in the year, by lead council and reference") List<Contract> contracts,
        @Schema(description = "Per council, in the partnership's order") List<Council> councils) {

    @Schema(name = "RechargeContractResponse", description = "A joint contract's cost in the year and each participant's share of it")
    public record Contract(
            UUID contractId,
            @Schema(examples = "HDC") String leadCouncil,
            @Schema(examples = "HDC-ICT-031") String reference,
            @Schema(examples = "Outsourced ICT service desk") String title,
            @Schema(description = "GBP per year", examples = "420000.00") BigDecimal annualValue,
            @Schema(description = "Days it runs in the year", examples = "366") long days,
            @Schema(description = "Annual value × days / days in the year, to the penny (HALF_UP)", examples = "420000.00") BigDecimal amount,
            @Schema(description = "Each participant's share; they add up to the amount exactly") List<Share> shares) {
    }

    @Schema(name = "RechargeShareResponse")
    public record Share(
            @Schema(examples = "CAM") String council,
            @Schema(examples = "33.33") BigDecimal sharePercent,
            @Schema(description = "GBP", examples = "139986.00") BigDecimal amount) {
    }

    @Schema(name = "RechargeCouncilResponse", description = "A council's position: what it owes lead councils and what partners owe it")
    public record Council(
            @Schema(examples = "CAM") String council,
            @Schema(description = "Its shares of every joint contract, its own included", examples = "139986.00") BigDecimal share,
            @Schema(description = "Its shares of contracts other councils lead: what it pays them", examples = "139986.00") BigDecimal owes,
            @Schema(description = "Partners' shares of the contracts it leads: what they pay it", examples = "0.00") BigDecimal owed,
            @Schema(description = "owed − owes", examples = "-139986.00") BigDecimal net) {
    }
}
