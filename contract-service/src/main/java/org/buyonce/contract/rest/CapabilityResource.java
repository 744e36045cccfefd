package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.CapabilityRequest;
import org.buyonce.contract.api.CapabilityResponse;
import org.buyonce.contract.api.RequestExamples;
import org.buyonce.contract.service.CapabilityService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/capabilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capabilities", description = "The controlled vocabulary contracts and assets are aligned by")
public class CapabilityResource {

    private final CapabilityService capabilities;

    public CapabilityResource(CapabilityService capabilities) {
        this.capabilities = capabilities;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listCapabilities", summary = "The capabilities catalogue, by code",
            description = "The controlled vocabulary contracts and assets are aligned by, seeded with a standard list.")
    @APIResponse(responseCode = "200", description = "Every capability",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CapabilityResponse.class)))
    public List<CapabilityResponse> list() {
        return capabilities.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getCapability", summary = "Read one capability", description = "An entry of the catalogue, by its code.")
    @APIResponse(responseCode = "200", description = "The capability", content = @Content(schema = @Schema(implementation = CapabilityResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public CapabilityResponse get(@PathParam("code") @Parameter(description = "The capability's code", schema = @Schema(
            type = SchemaType.STRING, pattern = ApiParameters.CAPABILITY_PATTERN, examples = "telephony")) String code) {
        return capabilities.find(code).orElseThrow(() -> ProblemException.notFound("capability", code));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "createCapability", summary = "Add a capability to the catalogue",
            description = "The code is a lower-case slug; a CPV code may be attached. Announced on the capabilities topic, "
                    + "so that asset-service accepts it too.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CapabilityRequest.class),
            examples = @ExampleObject(name = "gis", value = RequestExamples.CAPABILITY)))
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            headers = @Header(name = ApiDefinition.LOCATION, ref = ApiDefinition.LOCATION),
            content = @Content(schema = @Schema(implementation = CapabilityResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response create(CapabilityRequest request, @Context UriInfo uri) {
        CapabilityResponse created = capabilities.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }
}
