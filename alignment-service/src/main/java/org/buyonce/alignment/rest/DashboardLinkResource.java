package org.buyonce.alignment.rest;

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
import org.buyonce.alignment.api.DashboardLinkRequest;
import org.buyonce.alignment.api.DashboardLinkResponse;
import org.buyonce.alignment.api.RequestExamples;
import org.buyonce.alignment.dashboard.DashboardLinks;
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

/** Secret links to the dashboard, for councillors and managers who just open a URL. */
@Path("/dashboard-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class DashboardLinkResource {

    private final DashboardLinks links;
    private final PublicUrl publicUrl;

    public DashboardLinkResource(DashboardLinks links, PublicUrl publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl;
    }

    @POST
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "createDashboardLink", summary = "Create a secret link to the dashboard",
            description = "Send the url to a councillor: it opens the dashboard without a token, read-only, until the link is "
                    + "revoked; it holds a 256-bit secret, shown only in this answer (only its hash is kept). Optional: council "
                    + "(the page is then fixed to that council), label.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DashboardLinkRequest.class),
            examples = @ExampleObject(name = "council", summary = "CAM's members' briefing", value = RequestExamples.DASHBOARD_LINK)))
    @APIResponse(responseCode = "201", description = "Created; url holds the secret, shown this once; Location names the link",
            headers = @Header(name = ApiDefinition.LOCATION, ref = ApiDefinition.LOCATION),
            content = @Content(schema = @Schema(implementation = DashboardLinkResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response create(DashboardLinkRequest request, @Context UriInfo uri) {
        DashboardLinkResponse link = links.create(request, path -> publicUrl.of(uri, path));
        return Response.created(uri.getAbsolutePathBuilder().path(link.id().toString()).build()).entity(link).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listDashboardLinks", summary = "Your dashboard links (an admin: everyone's), newest first",
            description = "Without their secrets: a lost url cannot be shown again; revoke the link and create another.")
    @APIResponse(responseCode = "200", description = "The live links")
    public List<DashboardLinkResponse> list() {
        return links.visible();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getDashboardLink", summary = "One of your dashboard links (an admin: anyone's), without its secret",
            description = "When it was created, for which council, and when it was last opened. Another user's "
                    + "link, or a revoked one, is not found.")
    @APIResponse(responseCode = "200", description = "The link")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public DashboardLinkResponse get(@PathParam("id") @Parameter(description = "The link's id") UUID id) {
        return links.visible(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "revokeDashboardLink", summary = "Revoke a dashboard link",
            description = "Its url answers 404 from now on. Only its creator or an admin may revoke it; another user's link is not found.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public void revoke(@PathParam("id") @Parameter(description = "The link's id") UUID id) {
        links.revoke(id);
    }
}
