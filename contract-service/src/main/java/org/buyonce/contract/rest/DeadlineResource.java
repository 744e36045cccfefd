package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.commons.security.Roles;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.contract.api.DeadlineDto;
import org.buyonce.contract.deadline.DeadlineCalendar;
import org.buyonce.contract.deadline.DeadlineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;

@Path("/contracts")
@Tag(name = "Deadlines", description = "What procurement officers must act on, across councils")
public class DeadlineResource {

    private static final Period DEFAULT_WINDOW = Period.ofDays(180);
    private static final Period MAX_WINDOW = Period.ofYears(5);

    private final DeadlineService deadlines;
    private final Partnership partnership;
    private final Clock clock;

    public DeadlineResource(DeadlineService deadlines, Partnership partnership, Clock clock) {
        this.deadlines = deadlines;
        this.partnership = partnership;
        this.clock = clock;
    }

    @GET
    @Path("deadlines")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listDeadlines", summary = "Upcoming option decisions, notice deadlines and ends, soonest first")
    @APIResponse(responseCode = "200", description = "One page of deadlines from today to today + within")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<DeadlineDto> list(
            @QueryParam("within") @Parameter(description = "ISO-8601 period, at most P5Y", example = "P180D") String within,
            @QueryParam("council") String council,
            @QueryParam("capability") String capability,
            @BeanParam PageRequest page) {
        page.validated();
        List<DeadlineDto> all = upcoming(within, council, capability);
        int from = Math.min(page.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + page.size(), all.size())), page, all.size());
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
        return DeadlineCalendar.render(upcoming(within == null ? "P1Y" : within, council, capability), Instant.now(clock));
    }

    private List<DeadlineDto> upcoming(String within, String council, String capability) {
        return deadlines.upcoming(QueryParams.period("within", within, DEFAULT_WINDOW, MAX_WINDOW),
                QueryParams.council("council", council, partnership), QueryParams.text(capability));
    }
}
