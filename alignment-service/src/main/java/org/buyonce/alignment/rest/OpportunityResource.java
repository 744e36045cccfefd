package org.buyonce.alignment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
    private static final String PREFERENCE_APPLIED = "wait=N when the answer waited for a change (Prefer: wait)";

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
    @Blocking
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getOpportunity", summary = "The opportunity of one capability",
            description = "404 when the capability has none: it needs active contracts in two or more councils. A client "
                    + "that holds the current ETag may wait for a change instead of polling: If-None-Match with Prefer: wait=N.")
    @APIResponse(responseCode = "200", description = "The opportunity; ETag tags its content",
            headers = {@Header(name = ApiDefinition.ETAG, description = CONTENT_TAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = PreferWait.APPLIED, description = PREFERENCE_APPLIED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED,
            headers = @Header(name = PreferWait.APPLIED, description = PREFERENCE_APPLIED, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @Parameter(name = IF_NONE_MATCH, in = ParameterIn.HEADER, description = IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    public CompletionStage<Response> get(@PathParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(
                    type = SchemaType.STRING, pattern = ApiParameters.CAPABILITY_PATTERN, examples = "telephony")) String capability,
            @QueryParam("asOf") @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("leadTimeMonths") @Parameter(description = LEAD_TIME, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String leadTimeMonths,
            @QueryParam("maxBridgeMonths") @Parameter(description = MAX_BRIDGE, schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "60")) String maxBridgeMonths,
            @HeaderParam(PreferWait.HEADER) @Parameter(description = PreferWait.DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    examples = "wait=20")) List<String> prefer,
            @Context Request request) {
        PlanningQuery query = query(asOf, leadTimeMonths, maxBridgeMonths);
        Optional<Duration> wait = PreferWait.of(prefer);
        // A client waiting on what this replica last planned reads nothing more: the next plan is what it waits for.
        RenderedOpportunity opportunity = wait.flatMap(w -> opportunities.lastPlanned(capability, query)).filter(o -> holds(request, o))
                .orElseGet(() -> found(capability, opportunities.opportunity(capability, query)));
        if (!holds(request, opportunity)) {
            return CompletableFuture.completedFuture(current(opportunity).build());
        }
        CompletionStage<Optional<RenderedOpportunity>> change = wait.isEmpty() ? null : opportunities.changeOf(query, opportunity, wait.get());
        if (change == null) {
            return CompletableFuture.completedFuture(notModified(opportunity).build());
        }
        String applied = PreferWait.applied(wait.get());
        return change.thenApply(now -> {
            RenderedOpportunity changed = found(capability, now);
            return changed.etag().equals(opportunity.etag()) ? notModified(changed).header(PreferWait.APPLIED, applied).build()
                    : current(changed).header(PreferWait.APPLIED, applied).build();
        });
    }

    /** Whether the request's If-None-Match names this opportunity as it is. */
    private static boolean holds(Request request, RenderedOpportunity opportunity) {
        return request.evaluatePreconditions(new EntityTag(opportunity.etag())) != null;
    }

    private static RenderedOpportunity found(String capability, Optional<RenderedOpportunity> opportunity) {
        return opportunity.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no opportunity for '" + capability + "': it needs active contracts in two or more councils"));
    }

    /** Serialized when it was planned: a read only sends the bytes. */
    private static Response.ResponseBuilder current(RenderedOpportunity opportunity) {
        return Response.ok(opportunity.json(), MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(opportunity.etag()));
    }

    private static Response.ResponseBuilder notModified(RenderedOpportunity opportunity) {
        return Response.notModified(new EntityTag(opportunity.etag()));
    }

    private PlanningQuery query(String asOf, String leadTimeMonths, String maxBridgeMonths) {
        return PlanningQuery.parse(asOf, leadTimeMonths, maxBridgeMonths, LocalDate.now(clock), defaults);
    }
}
