package org.buyonce.contract.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.contract.deadline.CalendarLinks;
import org.buyonce.contract.deadline.DeadlineCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadlines feed a calendar link opens: no token, the secret in the path is the key. */
@Path("/calendars")
@Tag(name = "Deadlines")
public class CalendarFeedResource {

    private final CalendarLinks links;

    public CalendarFeedResource(CalendarLinks links) {
        this.links = links;
    }

    @GET
    @Path("{secret}.ics")
    @PermitAll
    @Produces(DeadlineCalendar.MEDIA_TYPE)
    @Operation(operationId = "calendarFeed", summary = "The deadlines feed of a calendar link (no token)",
            description = "The address POST /calendar-links answered with; the link's council and window apply. An unknown or "
                    + "revoked secret is 404.")
    @APIResponse(responseCode = "200", description = "An iCalendar feed (RFC 5545)",
            content = @Content(mediaType = DeadlineCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "feed", value = DeadlineCalendar.EXAMPLE)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response feed(@PathParam("secret") @Parameter(description = "The link's secret") String secret) {
        String calendar = links.feed(secret).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no calendar at this address; it may have been revoked"));
        // Private: the feed is one link holder's; a shared cache must not keep it.
        return Response.ok(calendar, DeadlineCalendar.MEDIA_TYPE + "; charset=utf-8").header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"deadlines.ics\"").build();
    }
}
