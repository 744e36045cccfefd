package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.DeadlineResponse;
import org.buyonce.contract.deadline.DeadlineCalendar;
import org.buyonce.contract.deadline.DeadlineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Period;

@Path("/contracts")
@Tag(name = "Deadlines", description = "What procurement officers must act on, across councils")
public class DeadlineResource {

    private static final Period MAX_WINDOW = Period.ofYears(5);

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
    @Operation(operationId = "listDeadlines", summary = "Upcoming option decisions, notice deadlines and ends, soonest first")
    @APIResponse(responseCode = "200", description = "One page of deadlines from today to today + within")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<DeadlineResponse> list(
            @QueryParam("within") @Parameter(description = "ISO-8601 period, at most P5Y; default P180D", example = "P180D") String within,
            @QueryParam("council") String council,
            @QueryParam("capability") String capability,
            @BeanParam PageRequest page) {
        return deadlines.page(QueryParams.period("within", within, MAX_WINDOW), QueryParams.council("council", council, partnership),
                QueryParams.text(capability), page.validated());
    }

    @GET
    @Path("deadlines.ics")
    @Produces(DeadlineCalendar.MEDIA_TYPE)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "deadlineCalendar", summary = "The same deadlines as an iCalendar feed to subscribe to",
            description = "One all-day event per deadline; default window one year.")
    @APIResponse(responseCode = "200", description = "text/calendar (RFC 5545)")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public String calendar(@QueryParam("within") String within, @QueryParam("council") String council,
            @QueryParam("capability") String capability) {
        return deadlines.calendar(QueryParams.period("within", within, MAX_WINDOW),
                QueryParams.council("council", council, partnership), QueryParams.text(capability));
    }
}
