package org.buyonce.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.csv.ImportResponse;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.security.Roles;
import org.buyonce.contract.api.RequestExamples;
import org.buyonce.contract.csv.ContractExporter;
import org.buyonce.contract.csv.ContractImporter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/** Contracts as files: the layout councils publish under the Local Government Transparency Code 2015. */
@Path("/contracts")
@Tag(name = "Contracts")
public class ContractFileResource {

    static final String CSV = "text/csv";
    private static final String LAYOUT = "Columns (any order): Council, Reference Number, Title of Agreement, Department "
            + "Responsible, Description of Goods and Services, Supplier Name, Supplier Registration Number (Companies House), "
            + "Estimated Annual Spending, Irrecoverable VAT, Start Date, End Date, Review Date, Procurement Process, SME, "
            + "VCSE (the Code's fields), then Capability, Notice Period Months, Renewal Type (FIXED or TACIT), Renewal "
            + "Period Months, Extension Options (months separated by ';', e.g. 12;12, a used one as 12:EXERCISED), "
            + "Participants (e.g. SCDC:50;HDC:50) and Status. Review Date (the next decision or notice deadline) and "
            + "Status are derived: exported, ignored on import.";

    private final ContractImporter importer;
    private final ContractExporter exporter;
    private final Partnership partnership;

    public ContractFileResource(ContractImporter importer, ContractExporter exporter, Partnership partnership) {
        this.importer = importer;
        this.exporter = exporter;
        this.partnership = partnership;
    }

    @POST
    @Path("import")
    @Consumes({CSV, "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "importContracts", summary = "Import a contracts file (CSV, Transparency Code layout)",
            description = "Every row is checked first: if any is bad, nothing is imported and each bad row is reported with "
                    + "its line (the header is line 1) and column. A row whose council and reference are known updates "
                    + "that contract (a row that says what the contract says writes nothing: no version, no event); "
                    + "another row records a new one. An officer imports only its own council's rows: another council's "
                    + "row makes the answer a 403 naming the lines. " + LAYOUT)
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "oneContract", summary = "SCDC's printing contract", value = RequestExamples.CONTRACTS_FILE)))
    @APIResponse(responseCode = "200", description = "Every row imported", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ApiDefinition.TOO_LARGE)
    public ImportResponse importCsv(InputStream body) {
        return importer.importCsv(body);
    }

    @GET
    @Path("export")
    @Produces(CSV)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "exportContracts", summary = "Export contracts as CSV, in the Transparency Code layout",
            description = "The same filters as the list; the import layout. Ask for text/csv. UTF-8 with a byte order mark, "
                    + "so that Excel reads £; a cell that a spreadsheet would take for a formula (=, +, -, @) starts with ' "
                    + "so that it is never run, and an import takes the ' off again. " + LAYOUT)
    @APIResponse(responseCode = "200", description = "The contracts as CSV (RFC 4180, UTF-8 with a byte order mark)",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "oneContract", value = RequestExamples.CONTRACTS_FILE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response exportCsv(@BeanParam ContractQuery query) {
        return exporter.download(query.filter(partnership));
    }
}
