package org.buyonce.alignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.alignment.ocds.PlanningReleases;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.ocds.Ocds;
import org.buyonce.commons.paging.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The procurement pipeline as open contracting data: an OCDS 1.1 planning release per open plan. */
@Path("/ocds/releases")
@Tag(name = "Open contracting")
public class OcdsResource {

    private static final String EXAMPLE = """
            {"uri": "https://buyonce.example.org/ocds/releases", "version": "1.1", "publishedDate": "2026-12-01T09:30:00Z",
             "publisher": {"name": "BuyOnce"},
             "releases": [{"ocid": "ocds-buyonce-0f4c2a1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b",
               "id": "ocds-buyonce-0f4c2a1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b-2", "date": "2026-11-12T16:05:00Z",
               "tag": ["planning"], "initiationType": "tender", "language": "en",
               "parties": [{"id": "CAM", "name": "Cambridge City Council", "roles": ["buyer"]},
                           {"id": "HDC", "name": "Huntingdonshire District Council", "roles": ["buyer"]}],
               "planning": {"rationale": "Buy once: 2 contracts of CAM, HDC aligned to end on 2028-03-31 and be replaced by one joint telephony contract",
                            "budget": {"description": "The annual spend covered, 210000.00 GBP, over 60 months",
                                       "amount": {"amount": 1050000.00, "currency": "GBP"}}},
               "tender": {"id": "0f4c2a1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b", "title": "Joint telephony procurement: CAM, HDC",
                          "status": "planned", "value": {"amount": 1050000.00, "currency": "GBP"},
                          "tenderPeriod": {"startDate": "2027-06-30T00:00:00+01:00"},
                          "contractPeriod": {"startDate": "2028-03-31T00:00:00+01:00", "endDate": "2033-03-31T23:59:59+01:00"}}}]}""";

    private final PlanningReleases releases;
    private final Partnership partnership;

    public OcdsResource(PlanningReleases releases, Partnership partnership) {
        this.releases = releases;
        this.partnership = partnership;
    }

    @GET
    @Produces(Ocds.MEDIA_TYPE)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "ocdsPlanningReleases", summary = "The open plans as OCDS 1.1 planning releases (a pipeline)",
            description = "One planning release per open plan, by target date: its councils as buyers, the estimated value (the "
                    + "annual spend covered over the planned term, BUYONCE_PLANNED_TERM_MONTHS), the procurement start as the "
                    + "tender period's start and T as the contract period's start. Paged (size at most 100); a Link header "
                    + "(rel=next) names the next page; 204 when no plan is open.")
    @APIResponse(responseCode = "200", description = "A release package (release-package-schema.json of OCDS 1.1.5)",
            headers = @Header(name = "Link", description = "The next page, as <url>; rel=\"next\", when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Ocds.MEDIA_TYPE, schema = @Schema(implementation = Ocds.ReleasePackage.class),
                    examples = @ExampleObject(name = "pipeline", summary = "An approved telephony plan", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "No open plan (or the page is past the last)")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(
            @QueryParam("council") @Parameter(description = "Only plans that include this council",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return releases.page(QueryParams.council("council", council, partnership), page.validated(), uri.getRequestUri())
                .toResponse(uri, page.page());
    }
}
