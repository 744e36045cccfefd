package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.DeadlineResponse;
import org.buyonce.contract.deadline.DeadlineCalendar;
import org.buyonce.contract.deadline.DeadlineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Period;

@Path("/contracts")
@Tag(name = "Deadlines", description = "What procurement officers must act on, across councils")
public class DeadlineResource {

    private static final Period MAX_WINDOW = InputRules.LONGEST_PERIOD;
    private static final String WITHIN = "ISO-8601 period, at most P10Y; default P180D";
    private final DeadlineService deadlines;
    private final Partnership partnership;

    public DeadlineResource(DeadlineService deadlines, Partnership partnership) {
        this.deadlines = deadlines;
        this.partnership = partnership;
    }

    @GET
    @Path("deadlines")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listDeadlines", summary = "Upcoming option decisions, notice deadlines and ends, soonest first",
            description = "Across councils, from today to today + within: the last day to decide on the next extension "
                    + "option, to give notice, and the ends of active contracts.")
    @APIResponse(responseCode = "200", description = "One page of deadlines from today to today + within")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<DeadlineResponse> list(
            @QueryParam("within") @Parameter(description = WITHIN, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.PERIOD_PATTERN)) String within,
            @QueryParam("council") @Parameter(description = ApiParameters.COUNCIL, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.CAPABILITY_PATTERN)) String capability,
            @BeanParam PageRequest page) {
        return deadlines.page(QueryParams.period("within", within, MAX_WINDOW), QueryParams.council("council", council, partnership),
                QueryParams.text(capability), page.validated());
    }

    @GET
    @Path("deadlines.ics")
    @Produces(DeadlineCalendar.MEDIA_TYPE)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "deadlineCalendar", summary = "The same deadlines as an iCalendar feed to subscribe to",
            description = "One all-day event per deadline (RFC 5545); by default every deadline ahead, however far. Ask for text/calendar.")
    @APIResponse(responseCode = "200", description = "An iCalendar feed (RFC 5545)",
            content = @Content(mediaType = DeadlineCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "feed", value = DeadlineCalendar.EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public String calendar(
            @QueryParam("within") @Parameter(description = "ISO-8601 period, at most P10Y; every deadline ahead when omitted", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.PERIOD_PATTERN)) String within,
            @QueryParam("council") @Parameter(description = ApiParameters.COUNCIL, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.CAPABILITY_PATTERN)) String capability) {
        return deadlines.calendar(QueryParams.period("within", within, MAX_WINDOW),
                QueryParams.council("council", council, partnership), QueryParams.text(capability));
    }
}
