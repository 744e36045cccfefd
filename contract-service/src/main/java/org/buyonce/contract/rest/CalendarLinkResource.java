package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.CalendarLinkRequest;
import org.buyonce.contract.api.CalendarLinkResponse;
import org.buyonce.contract.api.RequestExamples;
import org.buyonce.contract.deadline.CalendarLinks;
import org.buyonce.links.PublicUrl;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Secret links to the deadlines feed, for calendar apps (Outlook, Google Calendar) that cannot send a token. */
@Path("/calendar-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class CalendarLinkResource {

    private final CalendarLinks links;
    private final PublicUrl publicUrl;

    public CalendarLinkResource(CalendarLinks links, PublicUrl publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl;
    }

    @POST
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "createCalendarLink", summary = "Create a secret link to the deadlines feed",
            description = "For a calendar app: paste the url into Outlook (Add calendar, From the internet) or Google Calendar "
                    + "(From URL). The url works without a token, read-only, until the link is revoked; it holds a 256-bit "
                    + "secret, shown only in this answer (only its hash is kept). Optional: council (every council's "
                    + "deadlines when omitted), label, within (every date ahead when omitted).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CalendarLinkRequest.class),
            examples = @ExampleObject(name = "council", summary = "SCDC's deadlines for the next year", value = RequestExamples.CALENDAR_LINK)))
    @APIResponse(responseCode = "201", description = "Created; url holds the secret, shown this once; Location names the link",
            headers = @Header(name = ApiDefinition.LOCATION, ref = ApiDefinition.LOCATION),
            content = @Content(schema = @Schema(implementation = CalendarLinkResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response create(CalendarLinkRequest request, @Context UriInfo uri) {
        CalendarLinkResponse link = links.create(request, path -> publicUrl.of(uri, path));
        return Response.created(uri.getAbsolutePathBuilder().path(link.id().toString()).build()).entity(link).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listCalendarLinks", summary = "Your calendar links (an admin: everyone's), newest first",
            description = "Without their secrets: a lost url cannot be shown again; revoke the link and create another.")
    @APIResponse(responseCode = "200", description = "The live links")
    public List<CalendarLinkResponse> list() {
        return links.visible();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getCalendarLink", summary = "One of your calendar links (an admin: anyone's), without its secret",
            description = "When it was created, for which council and window, and when a calendar last fetched it. Another user's "
                    + "link, or a revoked one, is not found.")
    @APIResponse(responseCode = "200", description = "The link")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public CalendarLinkResponse get(@PathParam("id") @Parameter(description = "The link's id") UUID id) {
        return links.visible(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "revokeCalendarLink", summary = "Revoke a calendar link",
            description = "Its url answers 404 from now on. Only its creator or an admin may revoke it; another user's link is not found.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public void revoke(@PathParam("id") @Parameter(description = "The link's id") UUID id) {
        links.revoke(id);
    }
}
