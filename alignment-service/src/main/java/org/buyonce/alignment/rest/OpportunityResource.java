package org.buyonce.alignment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.buyonce.alignment.api.OpportunityPage;
import org.buyonce.alignment.api.OpportunityResponse;
import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.service.OpportunityService;
import org.buyonce.alignment.service.PlanningQuery;
import org.buyonce.alignment.service.RenderedOpportunity;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
    private static final String IF_NONE_MATCH = "If-None-Match";
    private static final String IF_NONE_MATCH_DESCRIPTION = "An ETag read before: 304 while the content is still the same";
    private static final String CONTENT_TAG = "Tags the content, the same on every replica: send it in If-None-Match to poll for a change";
    private static final String NOT_MODIFIED = "Not modified: If-None-Match names the current ETag";

    private final OpportunityService opportunities;
    private final PlannerConfig defaults;
    private final Partnership partnership;
    private final Clock clock;
    private final ObjectMapper json;

    public OpportunityResource(OpportunityService opportunities, PlannerConfig defaults, Partnership partnership, Clock clock,
            ObjectMapper json) {
        this.json = json;
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
    @APIResponse(responseCode = "200", description = "One page of opportunities; ETag tags its content",
            headers = @Header(name = ApiDefinition.ETAG, description = CONTENT_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityPage.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @Parameter(name = IF_NONE_MATCH, in = ParameterIn.HEADER, description = IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    public Response list(
            @QueryParam("asOf") @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("leadTimeMonths") @Parameter(description = LEAD_TIME, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String leadTimeMonths,
            @QueryParam("maxBridgeMonths") @Parameter(description = MAX_BRIDGE, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String maxBridgeMonths,
            @QueryParam("council") @Parameter(description = "Only opportunities that include this council", schema = @Schema(
                    type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.CAPABILITY_PATTERN)) String capability,
            @BeanParam PageRequest page, @Context Request request) {
        Page<RenderedOpportunity> found = opportunities.page(query(asOf, leadTimeMonths, maxBridgeMonths),
                QueryParams.council("council", council, partnership), QueryParams.text(capability), page.validated());
        EntityTag tag = new EntityTag(RenderedOpportunity.tagOf(found));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(RenderedOpportunity.json(found, json), MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }

    @GET
    @Path("{capability}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getOpportunity", summary = "The opportunity of one capability",
            description = "404 when the capability has none: it needs active contracts in two or more councils.")
    @APIResponse(responseCode = "200", description = "The opportunity; ETag tags its content",
            headers = @Header(name = ApiDefinition.ETAG, description = CONTENT_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @Parameter(name = IF_NONE_MATCH, in = ParameterIn.HEADER, description = IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    public Response get(@PathParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(
                    type = SchemaType.STRING, pattern = ApiParameters.CAPABILITY_PATTERN, examples = "telephony")) String capability,
            @QueryParam("asOf") @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("leadTimeMonths") @Parameter(description = LEAD_TIME, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String leadTimeMonths,
            @QueryParam("maxBridgeMonths") @Parameter(description = MAX_BRIDGE, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String maxBridgeMonths,
            @Context Request request) {
        RenderedOpportunity opportunity = opportunities.opportunity(capability, query(asOf, leadTimeMonths, maxBridgeMonths))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "no opportunity for '" + capability + "': it needs active contracts in two or more councils"));
        EntityTag tag = new EntityTag(opportunity.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        // Serialized when it was planned: a read only sends the bytes.
        return Response.ok(opportunity.json(), MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }

    private PlanningQuery query(String asOf, String leadTimeMonths, String maxBridgeMonths) {
        return PlanningQuery.parse(asOf, leadTimeMonths, maxBridgeMonths, LocalDate.now(clock), defaults);
    }
}
