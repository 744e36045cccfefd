package org.buyonce.asset.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.asset.api.RiskResponse;
import org.buyonce.asset.risk.RiskRegister;
import org.buyonce.asset.risk.RiskRule;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Period;

@Path("/risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "The risk register, computed from the assets and their supporting contracts")
public class RiskResource {

    private static final Period MAX_WINDOW = InputRules.LONGEST_PERIOD;

    private final RiskRegister register;
    private final Partnership partnership;

    public RiskResource(RiskRegister register, Partnership partnership) {
        this.register = register;
        this.partnership = partnership;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listRisks", summary = "The risk register, most severe first, then by date",
            description = "Critical assets nobody answers for or nobody monitors; assets past end of support; assets whose "
                    + "supporting contract has ended, ends within the window, or is missing for a critical asset.")
    @APIResponse(responseCode = "200", description = "One page of risks")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<RiskResponse> list(
            @QueryParam("council") @Parameter(description = "Risks of assets this council uses", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("rule") @Parameter(schema = @Schema(implementation = RiskRule.class)) String rule,
            @QueryParam("within") @Parameter(description = "Window for contracts ending soon, ISO-8601, at most P10Y; default P180D",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiParameters.PERIOD_PATTERN)) String within,
            @BeanParam PageRequest page) {
        return register.page(QueryParams.period("within", within, MAX_WINDOW), QueryParams.council("council", council, partnership),
                QueryParams.enumValue("rule", rule, RiskRule.class), page.validated());
    }
}
