package org.buyonce.alignment.api;

import jakarta.validation.constraints.Size;
import org.buyonce.commons.rest.ApiParameters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DashboardLinkRequest", description = "A secret link to the dashboard, for someone who just opens a URL")
public record DashboardLinkRequest(
        @Schema(description = "Fix the dashboard to this council; every council's when omitted", pattern = ApiParameters.COUNCIL_PATTERN,
                examples = "CAM") String council,
        @Size(max = 200) @Schema(description = "What the link is for, to tell your links apart", examples = "CAM members' briefing")
        String label) {
}
