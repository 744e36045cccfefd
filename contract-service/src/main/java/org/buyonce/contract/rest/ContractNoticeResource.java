package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.NoticeResponse;
import org.buyonce.contract.api.PublicationRequest;
import org.buyonce.contract.notice.NoticeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/contracts/{id}/notices")
@Tag(name = "Notices")
public class ContractNoticeResource {

    private final NoticeService notices;

    public ContractNoticeResource(NoticeService notices) {
        this.notices = notices;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listContractNotices", summary = "Every notice one contract owes, published ones included",
            description = "Soonest due first, with the publication that answered each published one. A contract under PCR 2015, "
                    + "or under £30,000 gross, owes none.")
    @APIResponse(responseCode = "200", description = "Its notices, soonest due first; empty for a contract that owes none")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public List<NoticeResponse> ofContract(@PathParam("id") @Parameter(description = "The contract's id") UUID id) {
        return notices.ofContract(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordNoticePublication", summary = "Record that a notice was published on Find a Tender",
            description = "Answers the earliest notice of its type still to publish. If-Match is required (428 without); the "
                    + "contract's version moves on. Refused: a type the contract cannot owe (a UK9 under £5m, any notice of "
                    + "a PCR 2015 contract), a date before the contract was entered into or in the future, a notice id "
                    + "already recorded, or nothing of the type left to publish.")
    @APIResponse(responseCode = "200", description = "Recorded: the notice it answered, now PUBLISHED",
            content = @Content(schema = @Schema(implementation = NoticeResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    public Response record(@PathParam("id") @Parameter(description = "The contract's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch,
            @Valid PublicationRequest request) {
        return Response.ok(notices.record(id, request, ifMatch)).build();
    }
}
