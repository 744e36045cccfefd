package org.buyonce.alignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.alignment.api.OpportunityResponse;
import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.service.OpportunityService;
import org.buyonce.alignment.service.PlanningQuery;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

@Path("/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Joint procurements that would align the partners' contracts")
public class OpportunityResource {

    private static final String AS_OF = "Planning date, within 25 years of today; today when omitted";
    private static final String LEAD_TIME = "L: months a joint procurement takes, 0 to 60; default 9";
    private static final String MAX_BRIDGE = "B: the longest negotiated extension, 0 to 60 months; default 12";

    private final OpportunityService opportunities;
    private final PlannerConfig defaults;
    private final Partnership partnership;
    private final Clock clock;

    public OpportunityResource(OpportunityService opportunities, PlannerConfig defaults, Partnership partnership, Clock clock) {
        this.opportunities = opportunities;
        this.defaults = defaults;
        this.partnership = partnership;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listOpportunities", summary = "Opportunities, most pressing first",
            description = "Urgent ones first (an asset of the capability out of support before the target), then by the "
                    + "first deadline, then by annual spend covered.")
    @APIResponse(responseCode = "200", description = "One page of opportunities")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<OpportunityResponse> list(
            @QueryParam("asOf") @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("leadTimeMonths") @Parameter(description = LEAD_TIME, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String leadTimeMonths,
            @QueryParam("maxBridgeMonths") @Parameter(description = MAX_BRIDGE, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String maxBridgeMonths,
            @QueryParam("council") @Parameter(description = "Only opportunities that include this council", schema = @Schema(
                    type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.CAPABILITY_PATTERN)) String capability,
            @BeanParam PageRequest page) {
        return opportunities.page(query(asOf, leadTimeMonths, maxBridgeMonths), QueryParams.council("council", council, partnership),
                QueryParams.text(capability), page.validated());
    }

    @GET
    @Path("{capability}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getOpportunity", summary = "The opportunity of one capability",
            description = "404 when the capability has none: it needs active contracts in two or more councils.")
    @APIResponse(responseCode = "200", description = "The opportunity", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public OpportunityResponse get(@PathParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(
                    type = SchemaType.STRING, pattern = ApiParameters.CAPABILITY_PATTERN, examples = "telephony")) String capability,
            @QueryParam("asOf") @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("leadTimeMonths") @Parameter(description = LEAD_TIME, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String leadTimeMonths,
            @QueryParam("maxBridgeMonths") @Parameter(description = MAX_BRIDGE, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String maxBridgeMonths) {
        return opportunities.opportunity(capability, query(asOf, leadTimeMonths, maxBridgeMonths))
                .orElseThrow(() -> new ProblemException(org.buyonce.commons.problem.ProblemType.NOT_FOUND,
                        "no opportunity for '" + capability + "': it needs active contracts in two or more councils"));
    }

    private PlanningQuery query(String asOf, String leadTimeMonths, String maxBridgeMonths) {
        return PlanningQuery.parse(asOf, leadTimeMonths, maxBridgeMonths, LocalDate.now(clock), defaults);
    }
}
