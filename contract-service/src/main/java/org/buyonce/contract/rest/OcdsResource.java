package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.ocds.Ocds;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.ocds.OcdsReleases;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;

/** The contracts as open contracting data: an OCDS 1.1 release package, for publishing and analysis. */
@Path("/ocds/releases")
@Tag(name = "Open contracting")
public class OcdsResource {

    private static final String EXAMPLE = """
            {"uri": "https://buyonce.example.org/ocds/releases?council=SCDC", "version": "1.1",
             "publishedDate": "2026-12-01T09:30:00Z", "publisher": {"name": "BuyOnce"},
             "releases": [{"ocid": "ocds-buyonce-5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10",
               "id": "ocds-buyonce-5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10-0", "date": "2024-03-20T10:15:00Z",
               "tag": ["contract"], "initiationType": "tender", "language": "en",
               "parties": [{"id": "SCDC", "name": "South Cambridgeshire District Council", "roles": ["buyer"]},
                           {"id": "GB-COH-04340834", "name": "Gamma Communications", "roles": ["supplier"],
                            "identifier": {"scheme": "GB-COH", "id": "04340834", "legalName": "Gamma Communications"}}],
               "buyer": {"id": "SCDC", "name": "South Cambridgeshire District Council"},
               "awards": [{"id": "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10", "status": "active",
                           "suppliers": [{"id": "GB-COH-04340834", "name": "Gamma Communications"}]}],
               "contracts": [{"id": "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10", "awardID": "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10",
                              "title": "Telephony platform", "status": "active",
                              "period": {"startDate": "2024-04-01T00:00:00+01:00", "endDate": "2027-03-31T23:59:59+01:00",
                                         "maxExtentDate": "2029-03-31T23:59:59+01:00"},
                              "value": {"amount": 180000.00, "currency": "GBP"}}]}]}""";

    private final OcdsReleases releases;
    private final Partnership partnership;
    private final Clock clock;

    public OcdsResource(OcdsReleases releases, Partnership partnership, Clock clock) {
        this.releases = releases;
        this.partnership = partnership;
        this.clock = clock;
    }

    @GET
    @Produces(Ocds.MEDIA_TYPE)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "ocdsReleases", summary = "The contracts as an OCDS 1.1 release package",
            description = "One release per saved version of each contract, oldest first: the council as buyer, the supplier "
                    + "with its Companies House number (GB-COH), the term's value in GBP, the period with maxExtentDate (the "
                    + "latest possible end). Paged (size at most 100, default 20); a Link header (rel=next) names the next "
                    + "page. A page with no release is 204, since an OCDS package holds at least one.")
    @APIResponse(responseCode = "200", description = "A release package (release-package-schema.json of OCDS 1.1.5)",
            headers = @Header(name = "Link", description = "The next page, as <url>; rel=\"next\", when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Ocds.MEDIA_TYPE, schema = @Schema(implementation = Ocds.ReleasePackage.class),
                    examples = @ExampleObject(name = "contract", summary = "The first release of a contract", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "No release matches (or the page is past the last)")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(
            @QueryParam("council") @Parameter(description = "Only the contracts this council is the buyer of",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("updatedSince") @Parameter(description = "Only versions saved at or after this moment: a date-time with "
                    + "its offset, or a date (from the start of that day in the partnership's time zone)", schema = @Schema(type = SchemaType.STRING),
                    example = "2026-12-01T00:00:00Z") String updatedSince,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        String buyer = QueryParams.council("council", council, partnership);
        Instant since = QueryParams.instant("updatedSince", updatedSince, clock.getZone());
        return releases.page(buyer, since, page.validated(), uri.getRequestUri()).toResponse(uri, page.page());
    }
}
