package org.buyonce.asset.rest;

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
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.asset.api.AssetResponse;
import org.buyonce.asset.api.RequestExamples;
import org.buyonce.asset.csv.AssetExporter;
import org.buyonce.asset.csv.AssetImporter;
import org.buyonce.asset.service.AssetService;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.csv.ImportResponse;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
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

import java.io.InputStream;
import java.util.UUID;

@Path("/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assets", description = "The consolidated asset register")
public class AssetResource {

    static final String CSV = "text/csv";

    private final AssetService assets;
    private final AssetImporter importer;
    private final AssetExporter exporter;
    private final Partnership partnership;

    public AssetResource(AssetService assets, AssetImporter importer, AssetExporter exporter, Partnership partnership) {
        this.assets = assets;
        this.importer = importer;
        this.exporter = exporter;
        this.partnership = partnership;
    }

    @POST
    @RolesAllowed({Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "createAsset", summary = "Add an asset to the register",
            description = "The tag is unique in the register. Publishes org.buyonce.asset.changed.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssetRequest.class),
            examples = @ExampleObject(name = "chiller", summary = "A critical facility nobody monitors", value = RequestExamples.ASSET)))
    @APIResponse(responseCode = "201", description = "Added; Location names it and ETag carries its version",
            headers = {@Header(name = ApiDefinition.LOCATION, ref = ApiDefinition.LOCATION), @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG)},
            content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    public Response create(AssetRequest request, @Context UriInfo uri) {
        AssetResponse created = assets.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ExpectedVersion.etag(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "listAssets", summary = "List the register, by tag",
            description = "Filters combine. Paged: page from 0, size at most 100.")
    @APIResponse(responseCode = "200", description = "One page of assets")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Page<AssetResponse> list(@BeanParam AssetQuery query, @BeanParam PageRequest page) {
        return assets.list(query.filter(partnership), page.validated());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "getAsset", summary = "Read an asset, with its supporting contract as last published",
            description = "The ETag is the version to send back in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The asset; ETag carries its version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(description = "The asset's id") UUID id) {
        AssetResponse asset = assets.find(id).orElseThrow(() -> ProblemException.notFound("asset", id));
        return Response.ok(asset).tag(ExpectedVersion.etag(asset.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "updateAsset", summary = "Change an asset",
            description = "Send If-Match with the ETag you read (or the version field): a stale one gets 412 (409 for the field), "
                    + "none 428. Publishes org.buyonce.asset.changed.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssetRequest.class),
            examples = @ExampleObject(name = "monitored", summary = "3C ICT takes it on and monitors it", value = RequestExamples.ASSET_CHANGE)))
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version",
            headers = @Header(name = ApiDefinition.ETAG, ref = ApiDefinition.ETAG),
            content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") @Parameter(description = "The asset's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch,
            AssetRequest request) {
        AssetResponse updated = assets.update(id, request, ifMatch);
        return Response.ok(updated).tag(ExpectedVersion.etag(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "deleteAsset", summary = "Remove an asset from the register",
            description = "For an asset recorded in error; one that is no longer used is RETIRED instead. Publishes a tombstone. "
                    + "If-Match is optional here.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public void delete(@PathParam("id") @Parameter(description = "The asset's id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiParameters.IF_MATCH, example = "\"3\"") String ifMatch) {
        assets.delete(id, ifMatch);
    }

    @POST
    @Path("import")
    @Consumes({CSV, "application/csv"})
    @RolesAllowed({Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "importAssets", summary = "Import a register file (CSV)",
            description = "Every row is checked first: if any is bad, nothing is imported and each bad row is reported "
                    + "with its line (the header is line 1). A tag already in the register is updated (a row that says what "
                    + "the register says writes nothing), a new tag added. A leading ' that an export put before a cell "
                    + "a spreadsheet would take for a formula is taken off again. "
                    + "Columns: tag, name, type, capability, councils (codes separated by ';'), site, responsibleParty, "
                    + "criticality, monitored (yes/no), purchaseDate, warrantyEnd, endOfSupport, status, supportingContractId.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "twoRows", summary = "A shared server and a laptop", value = RequestExamples.REGISTER_FILE)))
    @APIResponse(responseCode = "200", description = "Every row imported", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    public ImportResponse importCsv(InputStream body) {
        return importer.importCsv(body);
    }

    @GET
    @Path("export")
    @Produces(CSV)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "exportAssets", summary = "Export the register (or what the filters select) as CSV",
            description = "In the import layout, by tag; the same filters as the list. Ask for text/csv. UTF-8 with a byte "
                    + "order mark, so that Excel reads £; a cell that a spreadsheet would take for a formula (=, +, -, @) "
                    + "starts with ' so that it is never run.")
    @APIResponse(responseCode = "200", description = "The register as CSV (RFC 4180, UTF-8 with a byte order mark)",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "twoRows", value = RequestExamples.REGISTER_FILE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response exportCsv(@BeanParam AssetQuery query) {
        return exporter.download(query.filter(partnership));
    }
}
