package org.buyonce.contract.rest;

import jakarta.ws.rs.QueryParam;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.contract.repository.ContractFilter;
import org.buyonce.events.ContractStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a list or an export of contracts, read as strings so that a bad one is a clear 400. */
public class ContractQuery {

    @QueryParam("council")
    @Parameter(description = ApiParameters.COUNCIL, schema = @Schema(type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN))
    String council;

    @QueryParam("capability")
    @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
            pattern = ApiParameters.CAPABILITY_PATTERN))
    String capability;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = ContractStatus.class))
    String status;

    @QueryParam("supplier")
    @Parameter(description = "Part of the supplier's name, any case", schema = @Schema(type = SchemaType.STRING))
    String supplier;

    @QueryParam("endFrom")
    @Parameter(description = "Ending on or after", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String endFrom;

    @QueryParam("endTo")
    @Parameter(description = "Ending on or before", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String endTo;

    @QueryParam("noticeBefore")
    @Parameter(description = "Notice deadline before", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String noticeBefore;

    ContractFilter filter(Partnership partnership) {
        return new ContractFilter(QueryParams.council("council", council, partnership), QueryParams.text(capability),
                QueryParams.enumValue("status", status, ContractStatus.class), QueryParams.text(supplier),
                QueryParams.date("endFrom", endFrom), QueryParams.date("endTo", endTo), QueryParams.date("noticeBefore", noticeBefore));
    }
}
