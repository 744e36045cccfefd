package org.buyonce.clients;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI CLI, as an integrator would run it, on the event contract's document: valid, not one warning. */
class AsyncApiIT {

    private static final Path DOCUMENT = Path.of("..", "event-contract", "src", "main", "resources", "org", "buyonce", "events",
            "asyncapi.yaml");

    @Test
    void theAsyncApiCliValidatesTheEventContractWithoutAWarning() throws Exception {
        // The CLI keeps its settings under HOME; a private one, with its analytics off (the network is closed).
        Map<String, String> environment = Map.of("HOME", Files.createDirectories(Path.of("target", "asyncapi-home")).toAbsolutePath().toString());
        Command.run(List.of(Command.nodeTool("asyncapi").toString(), "config", "analytics", "--disable"), environment, Duration.ofMinutes(1));

        Command validate = Command.run(List.of(Command.nodeTool("asyncapi").toString(), "validate", DOCUMENT.toAbsolutePath().toString(),
                "--fail-severity=warn", "--diagnostics-format=text"), environment, Duration.ofMinutes(2));

        assertThat(validate.exitCode()).as(validate.output()).isZero();
        assertThat(validate.output()).contains("is valid").doesNotContain("error", "warning  ");
    }
}
