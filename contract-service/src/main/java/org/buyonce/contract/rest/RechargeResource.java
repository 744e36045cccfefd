package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.RechargeResponse;
import org.buyonce.contract.recharge.FinancialYear;
import org.buyonce.contract.recharge.RechargeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/** What the partners owe each other for their joint contracts, by financial year. */
@Path("/recharges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recharges")
public class RechargeResource {

    private final RechargeService recharges;
    private final Clock clock;

    public RechargeResource(RechargeService recharges, Clock clock) {
        this.recharges = recharges;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getRecharges", summary = "Each partner's share of the joint contracts in a financial year",
            description = "For every joint contract (two or more participants) running in the UK financial year: its cost in "
                    + "the year (annual value × days it runs in the year / days in the year, to the penny, HALF_UP) and each "
                    + "participant's share, which add up to it exactly. Per council: its shares, what it owes the lead "
                    + "councils, what partners owe it.")
    @APIResponse(responseCode = "200", description = "The recharges")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public RechargeResponse recharges(@QueryParam("financialYear") @Parameter(description = "The year it starts in (2027: "
            + "April 2027 to March 2028); the current one when omitted", schema = @Schema(type = SchemaType.INTEGER, minimum = "1900",
            maximum = "2198"), example = "2027") String financialYear) {
        int current = FinancialYear.of(LocalDate.now(clock)).year();
        return recharges.of(new FinancialYear(QueryParams.integer("financialYear", financialYear, current, 1900, 2198)));
    }
}
