package org.buyonce.asset.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.asset.api.CapabilityResponse;
import org.buyonce.asset.service.CapabilityService;
import org.buyonce.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/capabilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Capabilities", description = "The capability codes assets may use, as contract-service published them")
public class CapabilityResource {

    private final CapabilityService capabilities;

    public CapabilityResource(CapabilityService capabilities) {
        this.capabilities = capabilities;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listCapabilities", summary = "The capabilities catalogue as this service knows it",
            description = "The codes an asset's capability may take, as contract-service announced them on the capabilities topic.")
    @APIResponse(responseCode = "200", description = "Every known capability, by code",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CapabilityResponse.class)))
    public List<CapabilityResponse> list() {
        return capabilities.list();
    }
}
