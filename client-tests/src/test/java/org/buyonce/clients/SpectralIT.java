package org.buyonce.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.buyonce.infra.Scratch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spectral's own OpenAPI ruleset (spectral:oas) on each live document, and on the one Swagger UI reads (with the
 * councils' sign-in schemes): not one error, not one warning.
 */
class SpectralIT {

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({"contract-service, /q/openapi?format=json", "asset-service, /q/openapi?format=json",
            "alignment-service, /q/openapi?format=json", "contract-service, /q/swagger-ui/openapi.json",
            "asset-service, /q/swagger-ui/openapi.json", "alignment-service, /q/swagger-ui/openapi.json"})
    void theLiveDocumentPassesSpectralsOpenApiRulesetWithoutAWarning(String service, String path) throws Exception {
        String document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(LiveSystem.system().url(service) + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        if (path.contains("swagger-ui")) {
            assertThat(document).as("Swagger UI's document offers the councils' sign-in").contains("\"signIn-CAM\"");
        }
        Path file = Scratch.file(service, ".json");
        Files.writeString(file, document);

        Command spectral = Command.run(List.of(Command.nodeTool("spectral").toString(), "lint", file.toString(),
                "--ruleset", Path.of(".spectral.yaml").toAbsolutePath().toString(), "--format", "json", "--quiet"), Duration.ofMinutes(2));

        JsonNode results = new ObjectMapper().readTree(spectral.output().substring(Math.max(0, spectral.output().indexOf('['))));
        List<String> findings = new ArrayList<>();
        results.forEach(r -> findings.add(r.path("code").asText() + " at " + r.path("path") + ": " + r.path("message").asText()));
        assertThat(findings).as("Spectral's findings on " + service + path).isEmpty();
        assertThat(spectral.exitCode()).as(spectral.output()).isZero();
    }
}
