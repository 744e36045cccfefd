package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.NoticeResponse;
import org.buyonce.contract.notice.NoticeService;
import org.buyonce.contract.notice.NoticeStatus;
import org.buyonce.events.NoticeType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notices")
@Tag(name = "Notices", description = "The Find a Tender notices contracts owe under the Procurement Act 2023")
public class NoticeResource {

    private final NoticeService notices;
    private final Partnership partnership;

    public NoticeResource(NoticeService notices, Partnership partnership) {
        this.notices = notices;
        this.partnership = partnership;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listNotices", summary = "The notices owed, soonest due first",
            description = "Contract details (UK7), performance (UK9), change (UK10) and termination (UK11) notices of contracts "
                    + "under the Procurement Act 2023, each with its due date, status and what it still lacks. Without "
                    + "status, those still to publish (DUE and OVERDUE).")
    @APIResponse(responseCode = "200", description = "One page of notices")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<NoticeResponse> list(
            @QueryParam("council") @Parameter(description = ApiParameters.COUNCIL, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("type") @Parameter(description = "Only notices of this type",
                    schema = @Schema(implementation = NoticeType.class)) String type,
            @QueryParam("status") @Parameter(description = "Only notices in this status; DUE and OVERDUE when omitted",
                    schema = @Schema(implementation = NoticeStatus.class)) String status,
            @QueryParam("within") @Parameter(description = "Only notices due by today + this ISO-8601 period (at most P10Y)",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiParameters.PERIOD_PATTERN)) String within,
            @BeanParam PageRequest page) {
        return notices.list(QueryParams.council("council", council, partnership), QueryParams.enumValue("type", type, NoticeType.class),
                QueryParams.enumValue("status", status, NoticeStatus.class), QueryParams.period("within", within, InputRules.LONGEST_PERIOD),
                page.validated());
    }
}
