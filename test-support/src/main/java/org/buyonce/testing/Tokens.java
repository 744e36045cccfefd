package org.buyonce.testing;

import org.buyonce.infra.TokenIssuer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Bearer tokens for tests, signed with the key pair of {@link JwtKeysResource}. */
public final class Tokens {

    private static TokenIssuer issuer;
    private static String keys;

    private Tokens() {
    }

    public static String admin() {
        return token("admin@test", List.of("admin"), null);
    }

    public static String viewer() {
        return token("viewer@test", List.of("viewer"), null);
    }

    public static String ict() {
        return token("ict@test", List.of("ict"), null);
    }

    public static String officer(String council) {
        return token("officer." + council.toLowerCase() + "@test", List.of("officer"), council);
    }

    /** An admin's token that expired ten minutes ago. */
    public static String expired() {
        return issuer().token("late@test", List.of("admin"), null, Duration.ofMinutes(-10));
    }

    /** An admin's token that becomes valid only tomorrow. */
    public static String notYetValid() {
        return issuer().token("early@test", List.of("admin"), null, Instant.now().plus(Duration.ofDays(1)), Duration.ofHours(1));
    }

    public static String token(String user, List<String> roles, String council) {
        return issuer().token(user, roles, council, Duration.ofMinutes(30));
    }

    private static synchronized TokenIssuer issuer() {
        String directory = ConfigProvider.getConfig().getValue(JwtKeysResource.KEYS_DIRECTORY, String.class);
        if (issuer == null || !directory.equals(keys)) {
            issuer = TokenIssuer.inDirectory(Path.of(directory));
            keys = directory;
        }
        return issuer;
    }
}
