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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.commons.ocds.Ocds;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.NoticeResponse;
import org.buyonce.contract.api.PublicationRequest;
import org.buyonce.contract.notice.NoticeService;
import org.buyonce.events.NoticeType;
import org.buyonce.contract.ocds.OcdsReleases;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/contracts/{id}/notices")
@Tag(name = "Notices")
public class ContractNoticeResource {

    private static final String DRAFT_EXAMPLE = """
            {"uri": "https://buyonce.example.org/contracts/5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10/notices/UK7/draft", "version": "1.1",
             "publishedDate": "2026-03-10T09:30:00Z", "publisher": {"name": "BuyOnce"},
             "releases": [{"ocid": "ocds-buyonce-5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10",
               "id": "ocds-buyonce-5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10-uk7-draft", "date": "2026-03-10T09:30:00Z",
               "tag": ["contract"], "initiationType": "tender", "language": "en",
               "parties": [{"id": "CAM", "name": "Cambridge City Council", "roles": ["buyer"]},
                           {"id": "GB-PPON-PQRS-1234-ABCD", "name": "Gamma Communications", "roles": ["supplier"],
                            "identifier": {"scheme": "GB-PPON", "id": "PQRS-1234-ABCD", "legalName": "Gamma Communications"}}],
               "buyer": {"id": "CAM", "name": "Cambridge City Council"},
               "awards": [{"id": "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10", "status": "active",
                           "suppliers": [{"id": "GB-PPON-PQRS-1234-ABCD", "name": "Gamma Communications"}]}],
               "contracts": [{"id": "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10", "awardID": "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10",
                              "title": "Telephony platform", "status": "active",
                              "period": {"startDate": "2026-03-01T00:00:00Z", "endDate": "2028-02-29T23:59:59Z",
                                         "maxExtentDate": "2029-02-28T23:59:59Z"},
                              "value": {"amount": 300273.97, "currency": "GBP", "amountGross": 360328.76},
                              "documents": [{"id": "UK7", "documentType": "contractNotice",
                                             "title": "Contract details notice (UK7)", "noticeType": "UK7"}],
                              "aboveThreshold": true}]}]}""";

    private final NoticeService notices;
    private final OcdsReleases releases;

    public ContractNoticeResource(NoticeService notices, OcdsReleases releases) {
        this.notices = notices;
        this.releases = releases;
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

    @GET
    @Path("{type}/draft")
    @Produces(Ocds.MEDIA_TYPE)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "draftNotice", summary = "A notice's data, ready for Find a Tender",
            description = "The contract as an OCDS 1.1 release package in Find a Tender's shape (OCDS with the UK extension): "
                    + "its value over the awarded maximum term without and with VAT (value.amount, value.amountGross), "
                    + "aboveThreshold, the supplier by its PPON (GB-PPON) where known, and the notice as a document with its "
                    + "noticeType. 404 for a notice the contract cannot owe.")
    @APIResponse(responseCode = "200", description = "A release package (OCDS 1.1.5 with the UK extension)",
            content = @Content(mediaType = Ocds.MEDIA_TYPE, schema = @Schema(implementation = Ocds.ReleasePackage.class),
                    examples = @ExampleObject(name = "UK7", summary = "A contract details notice", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Ocds.ReleasePackage draft(@PathParam("id") @Parameter(description = "The contract's id") UUID id,
            @PathParam("type") @Parameter(description = "The notice's type", schema = @Schema(implementation = NoticeType.class)) String type,
            @Context UriInfo uri) {
        return releases.draft(id, QueryParams.enumValue("type", type, NoticeType.class), uri.getRequestUri());
    }
}
