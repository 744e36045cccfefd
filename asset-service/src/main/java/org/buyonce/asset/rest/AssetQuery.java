package org.buyonce.asset.rest;

import jakarta.ws.rs.QueryParam;
import org.buyonce.asset.repository.AssetFilter;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a list or an export of the register, read as strings so that a bad one is a clear 400. */
public class AssetQuery {

    @QueryParam("council")
    @Parameter(description = "Assets used by this council", schema = @Schema(type = SchemaType.STRING,
            pattern = ApiParameters.COUNCIL_PATTERN))
    String council;

    @QueryParam("capability")
    @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
            pattern = ApiParameters.CAPABILITY_PATTERN))
    String capability;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = AssetType.class))
    String type;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = AssetStatus.class))
    String status;

    @QueryParam("criticality")
    @Parameter(schema = @Schema(implementation = Criticality.class))
    String criticality;

    @QueryParam("responsibleParty")
    @Parameter(description = "Part of the responsible party's name, any case", schema = @Schema(type = SchemaType.STRING))
    String responsibleParty;

    @QueryParam("site")
    @Parameter(description = "Part of the site's name, any case", schema = @Schema(type = SchemaType.STRING))
    String site;

    @QueryParam("endOfSupportBefore")
    @Parameter(description = "Out of support before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String endOfSupportBefore;

    AssetFilter filter(Partnership partnership) {
        return new AssetFilter(QueryParams.council("council", council, partnership), QueryParams.text(capability),
                QueryParams.enumValue("type", type, AssetType.class), QueryParams.enumValue("status", status, AssetStatus.class),
                QueryParams.enumValue("criticality", criticality, Criticality.class), QueryParams.text(responsibleParty),
                QueryParams.text(site), QueryParams.date("endOfSupportBefore", endOfSupportBefore));
    }
}
