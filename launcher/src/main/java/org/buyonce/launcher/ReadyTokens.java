package org.buyonce.launcher;

import org.buyonce.infra.TokenIssuer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bearer tokens for every role and council, printed at start and written to .buyonce/tokens.txt, ready to paste. */
final class ReadyTokens {

    private final Map<String, String> tokens;
    private final Instant expires;
    private final Path file;

    private ReadyTokens(Map<String, String> tokens, Instant expires, Path file) {
        this.tokens = tokens;
        this.expires = expires;
        this.file = file;
    }

    static ReadyTokens issue(TokenIssuer issuer, Duration lifetime, Path file) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", issuer.token("admin@buyonce.local", List.of("admin"), null, lifetime));
        tokens.put("viewer", issuer.token("viewer@buyonce.local", List.of("viewer"), null, lifetime));
        tokens.put("ict", issuer.token("ict@buyonce.local", List.of("ict"), null, lifetime));
        for (String council : List.of("CAM", "HDC", "SCDC")) {
            tokens.put("officer " + council, issuer.token("officer." + council.toLowerCase() + "@buyonce.local",
                    List.of("officer"), council, lifetime));
        }
        Instant expires = Instant.now().plus(lifetime).truncatedTo(ChronoUnit.MINUTES);
        StringBuilder text = new StringBuilder("# BuyOnce tokens, valid until " + expires + " (send as Authorization: Bearer <token>)\n");
        tokens.forEach((who, token) -> text.append(who).append('\t').append(token).append('\n'));
        Files.writeString(file, text);
        return new ReadyTokens(tokens, expires, file);
    }

    String admin() {
        return tokens.get("admin");
    }

    void print(PrintStream out) {
        out.println("Tokens, valid until " + expires + " (Swagger UI: Authorize; curl: -H \"Authorization: Bearer <token>\"), also in " + file + ":");
        tokens.forEach((who, token) -> out.printf("  %-12s %s%n", who, token));
    }
}
