package org.buyonce.launcher;

import org.buyonce.infra.KeycloakRealms;
import org.buyonce.infra.KeycloakServer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The councils' identity providers of the embedded default: a Keycloak with a realm per council, each shaped like a
 * council's Entra ID tenant, with one demo account per role. The services trust its realms from their start, but only
 * reach a provider when someone signs in, so Keycloak starts once they are ready, while the demo loads, and does not
 * compete with them for the processor (its first start also builds it, half a minute or so). Where this machine has no
 * Java 21 or later, sign-in is off and only the printed tokens work.
 */
final class CouncilSignIn implements AutoCloseable {

    private static final List<String> COUNCILS = List.of("CAM", "HDC", "SCDC");
    private static final int TOKEN_LIFESPAN_SECONDS = 3600;

    private final Optional<KeycloakServer> keycloak;
    private CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);

    private CouncilSignIn(Optional<KeycloakServer> keycloak) {
        this.keycloak = keycloak;
    }

    /** Keycloak on its ports, not started yet; none where this machine has no Java 21 or later (said at once). */
    static CouncilSignIn prepare(Ports ports) {
        Optional<KeycloakServer> keycloak = KeycloakServer.onPorts(ports.keycloak(), ports.keycloakManagement());
        if (keycloak.isEmpty()) {
            Progress.say("no Java " + KeycloakServer.JAVA_VERSION + " or later on this machine (set "
                    + "BUYONCE_KEYCLOAK_JAVA_HOME to one): signing in with a council account is off; use the printed tokens");
        }
        return new CouncilSignIn(keycloak);
    }

    /** Starts Keycloak in the background; the services' addresses are where its realms may send a person back to. */
    void start(Path log, List<String> serviceUrls) {
        if (keycloak.isEmpty()) {
            return;
        }
        Progress.say("starting Keycloak (the councils' sign-in) at " + keycloak.get().url() + " ...");
        List<String> returnTo = serviceUrls.stream().flatMap(url -> Stream.of(url + "/*",
                url.replace("localhost", "127.0.0.1") + "/*")).toList();
        ready = CompletableFuture.runAsync(() -> {
            keycloak.get().start(log);
            KeycloakRealms.createCouncilRealms(keycloak.get(), COUNCILS, returnTo, TOKEN_LIFESPAN_SECONDS);
        });
    }

    /** What the services are told to trust; nothing where sign-in is off. */
    Map<String, String> serviceEnvironment() {
        return keycloak.map(server -> KeycloakRealms.serviceEnvironment(server, COUNCILS)).orElse(Map.of());
    }

    /** Waits for Keycloak and says how to sign in; if it did not start, says so (the tokens still work). */
    void printHowToSignIn(String alignmentUrl, PrintStream out) {
        if (keycloak.isEmpty()) {
            return;
        }
        try {
            ready.join();
            Progress.say("Keycloak is ready");
        } catch (RuntimeException e) {
            out.println("BuyOnce: Keycloak did not start (" + e.getCause() + "); signing in is off, the tokens above still work; "
                    + "see " + keycloak.get().log());
            return;
        }
        String cam = KeycloakRealms.domain("cam");
        out.println("Signing in: Keycloak at " + keycloak.get().url() + " stands in for each council's Entra ID (realms cam, hdc, scdc)");
        out.println("  accounts           officer@" + cam + " / officer; also viewer, ict and admin; hdc and scdc alike");
        out.println("  Swagger UI         Authorize, then signIn-CAM (or signIn-HDC, signIn-SCDC), and sign in");
        out.println("  dashboard          " + alignmentUrl + "/dashboard   (choose the council, and sign in)");
        out.println();
    }

    @Override
    public void close() {
        keycloak.ifPresent(KeycloakServer::close);
    }
}
