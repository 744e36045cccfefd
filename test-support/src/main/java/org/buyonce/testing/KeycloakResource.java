package org.buyonce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.buyonce.infra.KeycloakRealms;
import org.buyonce.infra.KeycloakServer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak for a Quarkus test run, with realms shaped like the partnership's Entra ID tenants, and the service
 * told to trust them as a council would configure it:
 * <ul>
 * <li>{@value #CAM} and {@value #HDC}, each its council's own issuer; HDC's tokens also claim {@code "council": "CAM"},
 * which must change nothing;</li>
 * <li>{@value #SHARED}, a provider the partnership shares ({@code *=}), whose tokens name their council (SCDC);</li>
 * <li>{@value #UNTRUSTED}, a realm nobody configured, whose admins claim to act for CAM.</li>
 * </ul>
 * Every realm has one user per role ({@link KeycloakRealms#usersPerRole}). Tokens are read from Keycloak with the
 * password grant; a test gets the server in a field annotated {@link InjectKeycloak}. One server serves the whole test
 * JVM, however often Quarkus restarts for a test profile (a start costs some 15 s); it stops when the JVM ends.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final String CAM = "cam";
    public static final String HDC = "hdc";
    public static final String SHARED = "shared";
    public static final String UNTRUSTED = "untrusted";
    public static final String AUDIENCE = KeycloakRealms.AUDIENCE;

    private static KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        KeycloakServer keycloak = running();
        return Map.of(
                "buyonce.oidc.issuers", "CAM=" + keycloak.issuer(CAM) + ",HDC=" + keycloak.issuer(HDC) + ",*=" + keycloak.issuer(SHARED),
                "buyonce.roles-claim", "roles",
                "buyonce.audience", AUDIENCE);
    }

    private static synchronized KeycloakServer running() {
        if (keycloak == null) {
            KeycloakServer server = KeycloakServer.onFreePorts().orElseThrow(() -> new IllegalStateException("no Java "
                    + KeycloakServer.JAVA_VERSION + " or later on this machine for Keycloak: install one beside the default JDK "
                    + "(under /usr/lib/jvm) or set BUYONCE_KEYCLOAK_JAVA_HOME"))
                    .start(Path.of("target", "keycloak.log").toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
            server.createRealm(realm(CAM, Map.of()));
            server.createRealm(realm(HDC, Map.of("council", "CAM")));
            server.createRealm(realm(SHARED, Map.of("council", "SCDC")));
            server.createRealm(realm(UNTRUSTED, Map.of("council", "CAM")));
            keycloak = server;
        }
        return keycloak;
    }

    private static Map<String, Object> realm(String name, Map<String, String> claims) {
        return KeycloakRealms.council(name, name + "-tenant", AUDIENCE, KeycloakRealms.usersPerRole(name), claims, 600,
                List.of("*"));
    }

    /** An access token of a realm's user for this service, e.g. {@code token(keycloak, CAM, "officer")}. */
    public static String token(KeycloakServer keycloak, String realm, String role) {
        return keycloak.accessToken(realm, KeycloakRealms.CLIENT_ID, role + "@" + KeycloakRealms.domain(realm), role);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(running(),
                new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, KeycloakServer.class));
    }

    @Override
    public void stop() {
        // kept for the next Quarkus start in this JVM; stopped when the JVM ends
    }
}
