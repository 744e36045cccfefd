package org.buyonce.clients;

import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TypeScript clients (typescript-fetch) generated from each live document with the generator's command line, as the
 * README says, compiled with tsc and driven by a script on Node. No hand patching of the generated code or the spec.
 */
class TypeScriptClientIT {

    private static final Path CLI = Path.of("target", "tools", "openapi-generator-cli.jar");

    @Test
    void generatedTypeScriptClientsCompileAndDriveTheServicesOnNode() throws Exception {
        for (String service : BuyOnceSystem.SERVICES) {
            Command generate = Command.run(List.of("java", "-jar", CLI.toString(), "generate", "-i", LiveSystem.document(service),
                    "-g", "typescript-fetch", "-o", "target/ts-clients/" + service), Duration.ofMinutes(3));
            assertThat(generate.exitCode()).as(generate.output()).isZero();
        }
        String capability = "client-ts-" + UUID.randomUUID().toString().substring(0, 8);
        createCapability(capability);

        Command compile = Command.run(List.of(Command.nodeTool("tsc").toString(), "-p", "src/test/typescript/tsconfig.json"),
                Duration.ofMinutes(3));
        assertThat(compile.exitCode()).as(compile.output()).isZero();

        BuyOnceSystem system = LiveSystem.system();
        Command scenario = Command.run(List.of("node", "target/ts-build/src/test/typescript/scenario.js"), Map.of(
                "BUYONCE_CONTRACTS", system.contracts(), "BUYONCE_ASSETS", system.assets(),
                "BUYONCE_ALIGNMENT", system.alignment(), "BUYONCE_TOKEN", LiveSystem.adminToken(),
                "BUYONCE_CAPABILITY", capability), Duration.ofMinutes(3));
        assertThat(scenario.exitCode()).as(scenario.output()).isZero();
        assertThat(scenario.output()).contains("ok: date filters select the contract ending in 2029", "scenario passed");
    }

    private static void createCapability(String code) {
        io.restassured.RestAssured.given().baseUri(LiveSystem.system().contracts()).contentType("application/json")
                .body(Map.of("code", code, "name", "TypeScript scenario")).post("/capabilities").then().statusCode(201);
    }
}
