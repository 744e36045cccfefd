package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.api.ContractResponse;
import org.buyonce.contract.api.ContractRevisionResponse;
import org.buyonce.contract.api.RequestExamples;
import org.buyonce.contract.api.TerminationRequest;
import org.buyonce.contract.audit.ContractHistoryService;
import org.buyonce.contract.service.ContractService;
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
import java.util.UUID;

@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "ICT contracts of every council, their extension options and lifecycle")
public class ContractResource {

    private final ContractService contracts;
    private final ContractHistoryService history;
    private final Partnership partnership;

    public ContractResource(ContractService contracts, ContractHistoryService history, Partnership partnership) {
        this.contracts = contracts;
        this.history = history;
        this.partnership = partnership;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createContract", summary = "Record a contract",
            description = "An officer records contracts of its own council. The notice deadline and latest possible end are "
                    + "derived; a contract whose end has passed is recorded EXPIRED (or renewed, if TACIT). Publishes "
                    + "org.buyonce.contract.created.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContractRequest.class),
            examples = @ExampleObject(name = "fixedWithOptions", summary = "A FIXED contract with two 12-month options, shared by SCDC and HDC",
                    value = RequestExamples.CONTRACT)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it and ETag carries its version",
            headers = {@Header(name = ApiDefinition.LOCATION, ref = ApiDefinition.LOCATION), @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG)},
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    public Response create(ContractRequest request, @Context UriInfo uri) {
        ContractResponse created = contracts.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ExpectedVersion.etag(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listContracts", summary = "List contracts, soonest end first",
            description = "Filters combine; dates are inclusive except noticeBefore. Paged: page from 0, size at most 100.")
    @APIResponse(responseCode = "200", description = "One page of contracts")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<ContractResponse> list(@BeanParam ContractQuery query, @BeanParam PageRequest page) {
        return contracts.list(query.filter(partnership), page.validated());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getContract", summary = "Read a contract with its derived dates",
            description = "The ETag is the version to send back in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The contract; ETag carries its version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(description = "The contract's id") UUID id) {
        ContractResponse contract = contracts.find(id).orElseThrow(() -> ProblemException.notFound("contract", id));
        return Response.ok(contract).tag(ExpectedVersion.etag(contract.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateContract", summary = "Change a contract",
            description = "Replaces what a client may write. Send If-Match with the ETag you read (or the version field): "
                    + "a stale one gets 412 (409 for the field), none 428. Publishes org.buyonce.contract.changed.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContractRequest.class),
            examples = @ExampleObject(name = "movedEnd", summary = "The end moved three months, one option left, a new price",
                    value = RequestExamples.CONTRACT_CHANGE)))
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") @Parameter(description = "The contract's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch,
            ContractRequest request) {
        ContractResponse updated = contracts.update(id, request, ifMatch);
        return Response.ok(updated).tag(ExpectedVersion.etag(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "deleteContract", summary = "Delete a contract",
            description = "For a contract recorded in error; a contract that ends early is terminated instead. Publishes a "
                    + "tombstone. If-Match is optional here.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public void delete(@PathParam("id") @Parameter(description = "The contract's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch) {
        contracts.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/options/exercise")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "exerciseOption", summary = "Exercise the next available extension option",
            description = "Moves the end by the option's months. Refused (409) when no option is left or its decision date "
                    + "(current end minus the notice period) has passed. If-Match is required (428 without): a retried call never "
                    + "exercises a second option. Publishes org.buyonce.contract.option-exercised.v1.")
    @APIResponse(responseCode = "200", description = "Exercised; ETag carries the new version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    public Response exerciseOption(@PathParam("id") @Parameter(description = "The contract's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch) {
        ContractResponse updated = contracts.exerciseOption(id, ifMatch);
        return Response.ok(updated).tag(ExpectedVersion.etag(updated.version())).build();
    }

    @POST
    @Path("{id}/options/decline")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "declineOption", summary = "Decline the next available extension option",
            description = "The option can no longer be used; the end stays. If-Match is required (428 without). "
                    + "Publishes org.buyonce.contract.option-declined.v1.")
    @APIResponse(responseCode = "200", description = "Declined; ETag carries the new version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    public Response declineOption(@PathParam("id") @Parameter(description = "The contract's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch) {
        ContractResponse updated = contracts.declineOption(id, ifMatch);
        return Response.ok(updated).tag(ExpectedVersion.etag(updated.version())).build();
    }

    @POST
    @Path("{id}/terminate")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "terminateContract", summary = "Terminate an active contract on a date",
            description = "The termination date, from the start to the current end, becomes the end; the contract is "
                    + "TERMINATED and can no longer change. If-Match is required (428 without). Publishes "
                    + "org.buyonce.contract.terminated.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TerminationRequest.class),
            examples = @ExampleObject(name = "consolidated", value = RequestExamples.TERMINATION)))
    @APIResponse(responseCode = "200", description = "Terminated; ETag carries the new version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    public Response terminate(@PathParam("id") @Parameter(description = "The contract's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch,
            TerminationRequest request) {
        ContractResponse updated = contracts.terminate(id, request, ifMatch);
        return Response.ok(updated).tag(ExpectedVersion.etag(updated.version())).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getContractHistory", summary = "Every change of a contract, oldest first",
            description = "What changed (each field's old and new value), when and by whom, from the audit trail.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ContractRevisionResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public List<ContractRevisionResponse> history(@PathParam("id") @Parameter(description = "The contract's id") UUID id) {
        return history.history(id).orElseThrow(() -> ProblemException.notFound("contract", id));
    }
}
