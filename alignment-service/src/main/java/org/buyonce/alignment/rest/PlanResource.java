package org.buyonce.alignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.api.PlanRequest;
import org.buyonce.alignment.api.PlanResponse;
import org.buyonce.alignment.api.PlanStatusRequest;
import org.buyonce.alignment.api.ProgrammeResponse;
import org.buyonce.alignment.api.RequestExamples;
import org.buyonce.alignment.service.PlanService;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
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

import java.util.UUID;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Opportunities adopted as plans, and the programme's progress")
public class PlanResource {

    private final PlanService plans;
    private final Partnership partnership;

    public PlanResource(PlanService plans, Partnership partnership) {
        this.plans = plans;
        this.partnership = partnership;
    }

    @POST
    @Path("plans")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "adoptPlan", summary = "Adopt a capability's current opportunity as a plan",
            description = "The plan keeps the target, the policy and every contract's part as they are now; it starts "
                    + "IDENTIFIED. One open plan per capability; an officer adopts only plans that include its council.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "telephony", summary = "Today's telephony opportunity, with the default policy",
                    value = RequestExamples.PLAN)))
    @APIResponse(responseCode = "201", description = "Adopted; Location names it and ETag carries its version",
            headers = {@Header(name = ApiDefinition.LOCATION, ref = ApiDefinition.LOCATION), @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG)},
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response adopt(PlanRequest request, @Context UriInfo uri) {
        PlanResponse plan = plans.adopt(request);
        return Response.created(uri.getBaseUriBuilder().path("plans").path(plan.id().toString()).build())
                .tag(ExpectedVersion.etag(plan.version())).entity(plan).build();
    }

    @GET
    @Path("plans")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listPlans", summary = "Plans, by target date",
            description = "Filters combine. Paged: page from 0, size at most 100.")
    @APIResponse(responseCode = "200", description = "One page of plans")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<PlanResponse> list(@QueryParam("status") @Parameter(schema = @Schema(implementation = PlanStatus.class)) String status,
            @QueryParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.CAPABILITY_PATTERN)) String capability,
            @QueryParam("council") @Parameter(description = "Only plans that include this council", schema = @Schema(
                    type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @BeanParam PageRequest page) {
        return plans.list(QueryParams.enumValue("status", status, PlanStatus.class), QueryParams.text(capability),
                QueryParams.council("council", council, partnership), page.validated());
    }

    @GET
    @Path("plans/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getPlan", summary = "Read a plan",
            description = "The plan as adopted and its status; the ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(description = "The plan's id") UUID id) {
        PlanResponse plan = plans.find(id).orElseThrow(() -> ProblemException.notFound("plan", id));
        return Response.ok(plan).tag(ExpectedVersion.etag(plan.version())).build();
    }

    @PATCH
    @Path("plans/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "changePlanStatus", summary = "Move a plan to its next status",
            description = "Only the legal moves are accepted (409 otherwise). Send If-Match or the version field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanStatusRequest.class),
            examples = @ExampleObject(name = "approve", value = RequestExamples.PLAN_STATUS)))
    @APIResponse(responseCode = "200", description = "Moved; ETag carries the new version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response changeStatus(@PathParam("id") @Parameter(description = "The plan's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch,
            PlanStatusRequest change) {
        PlanResponse plan = plans.changeStatus(id, change, ifMatch);
        return Response.ok(plan).tag(ExpectedVersion.etag(plan.version())).build();
    }

    @GET
    @Path("programme")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getProgramme", summary = "The programme's progress: plans by status, contracts and spend aligned",
            description = "Over every plan not cancelled: how many of their contracts are aligned (\"9 of 11 contracts aligned\").")
    @APIResponse(responseCode = "200", description = "Progress", content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    public ProgrammeResponse programme() {
        return plans.programme();
    }
}
