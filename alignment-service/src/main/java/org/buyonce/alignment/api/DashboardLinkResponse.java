package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "DashboardLinkResponse", description = "A dashboard link; its URL (which holds the secret) is shown once, when it is created")
public record DashboardLinkResponse(
        UUID id,
        @Schema(description = "The page's address, to send to a councillor: only in the answer that creates the link, null "
                + "afterwards (only a hash of the secret is kept)", nullable = true,
                examples = "https://buyonce.example.gov.uk/dashboard/Xk3v9V6Lb2uQm7Pz1sT8dW0yR4hN5cJ6aE2fG7iK9oM") String url,
        @Schema(description = "The council it is fixed to; null for every council", nullable = true, examples = "CAM") String council,
        @Schema(nullable = true, examples = "CAM members' briefing") String label,
        @Schema(examples = "2026-12-01T09:30:00Z") Instant createdAt,
        @Schema(examples = "alice@cambridge.gov.uk") String createdBy,
        @Schema(description = "When it was last opened (to within five minutes); null if never", nullable = true,
                examples = "2026-12-01T15:30:00Z") Instant lastUsedAt) {
}
