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
import org.buyonce.alignment.api.CouncilDecisionRequest;
import org.buyonce.alignment.api.PlanRequest;
import org.buyonce.alignment.api.PlanResponse;
import org.buyonce.alignment.api.PlanStatusRequest;
import org.buyonce.alignment.api.ProgrammeResponse;
import org.buyonce.alignment.api.RequestExamples;
import org.buyonce.alignment.planner.Tracking;
import org.buyonce.alignment.service.PlanDecisions;
import org.buyonce.alignment.service.PlanService;
import org.buyonce.alignment.service.ProgrammeService;
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
    private final PlanDecisions decisions;
    private final ProgrammeService programme;
    private final Partnership partnership;

    public PlanResource(PlanService plans, PlanDecisions decisions, ProgrammeService programme, Partnership partnership) {
        this.plans = plans;
        this.decisions = decisions;
        this.programme = programme;
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
            @QueryParam("tracking") @Parameter(description = "Only plans whose tracking (the worst of their contracts') is this",
                    schema = @Schema(implementation = Tracking.class)) String tracking,
            @BeanParam PageRequest page) {
        return plans.list(QueryParams.enumValue("status", status, PlanStatus.class), QueryParams.text(capability),
                QueryParams.council("council", council, partnership), QueryParams.enumValue("tracking", tracking, Tracking.class),
                page.validated());
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
    @Operation(operationId = "changePlanStatus", summary = "Move a plan on: IN_PROCUREMENT, AWARDED, IMPLEMENTED or CANCELLED",
            description = "Only the legal moves are accepted (409 otherwise). APPROVED is reached by each council's approval "
                    + "(POST /plans/{id}/approvals), never set here. An officer moves only plans that include its council. "
                    + "Send If-Match or the version field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanStatusRequest.class),
            examples = @ExampleObject(name = "cancel", summary = "The partners call it off (before the award)", value = RequestExamples.PLAN_STATUS)))
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

    @POST
    @Path("plans/{id}/approvals")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "approvePlan", summary = "Record a council's approval of a plan",
            description = "Each included council approves for itself (an officer for its own council, an admin for the council it "
                    + "names), with its committee's decision reference. The plan becomes APPROVED when every included council has "
                    + "approved; awaitingApproval lists the others. 409 if the plan is past IDENTIFIED, the council is not in it, "
                    + "or it has approved already.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CouncilDecisionRequest.class),
            examples = @ExampleObject(name = "approval", summary = "HDC's cabinet approved", value = RequestExamples.APPROVAL)))
    @APIResponse(responseCode = "200", description = "Recorded; the plan, with its approvals and status; ETag carries its version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response approve(@PathParam("id") @Parameter(description = "The plan's id") UUID id, CouncilDecisionRequest request) {
        PlanResponse plan = decisions.approve(id, request);
        return Response.ok(plan).tag(ExpectedVersion.etag(plan.version())).build();
    }

    @POST
    @Path("plans/{id}/withdrawals")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "withdrawFromPlan", summary = "Record a council's withdrawal from a plan",
            description = "Before the award, a council may withdraw: its contracts and its approval leave the plan, and the "
                    + "plan's spend is summed again. With fewer than two councils left the plan is CANCELLED; if every council "
                    + "left had approved, it is APPROVED.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CouncilDecisionRequest.class),
            examples = @ExampleObject(name = "withdrawal", summary = "SCDC stays with its supplier", value = RequestExamples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "Recorded; the plan without the council; ETag carries its version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response withdraw(@PathParam("id") @Parameter(description = "The plan's id") UUID id, CouncilDecisionRequest request) {
        PlanResponse plan = decisions.withdraw(id, request);
        return Response.ok(plan).tag(ExpectedVersion.etag(plan.version())).build();
    }

    @GET
    @Path("programme")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getProgramme", summary = "The programme's progress: plans by status, contracts and spend aligned",
            description = "Over every plan not cancelled, in total and per council: how many of their contracts are aligned "
                    + "(\"9 of 11 contracts aligned\"): their plan is AWARDED or IMPLEMENTED and they are DONE; one that joins "
                    + "later counts from its join date on.")
    @APIResponse(responseCode = "200", description = "Progress", content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    public ProgrammeResponse programme() {
        return programme.programme();
    }
}
