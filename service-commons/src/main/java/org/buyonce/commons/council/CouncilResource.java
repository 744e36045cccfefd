package org.buyonce.commons.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/councils")
@RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Councils", description = "The partner councils, from configuration")
public class CouncilResource {

    private final Partnership partnership;

    public CouncilResource(Partnership partnership) {
        this.partnership = partnership;
    }

    @GET
    @Operation(operationId = "listCouncils", summary = "The partnership's councils, in configured order",
            description = "From BUYONCE_COUNCILS, the same for every service; a council code anywhere else must be one of these.")
    @APIResponse(responseCode = "200", description = "Every council",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Council.class)))
    public List<Council> list() {
        return partnership.councils();
    }
}
