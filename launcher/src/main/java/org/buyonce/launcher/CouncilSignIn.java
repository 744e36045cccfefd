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
 * council's Entra ID tenant, with one demo account per role. It starts beside everything else (its first start also
 * builds it, a minute or so); the services trust its realms from the start, since they only reach a provider when
 * someone signs in. Where this machine has no Java 21 or later, sign-in is off and only the printed tokens work.
 */
final class CouncilSignIn implements AutoCloseable {

    private static final List<String> COUNCILS = List.of("CAM", "HDC", "SCDC");
    private static final int TOKEN_LIFESPAN_SECONDS = 3600;

    private final Optional<KeycloakServer> keycloak;
    private final CompletableFuture<Void> ready;

    private CouncilSignIn(Optional<KeycloakServer> keycloak, CompletableFuture<Void> ready) {
        this.keycloak = keycloak;
        this.ready = ready;
    }

    /** Starts Keycloak in the background; the services' addresses are where its realms may send a person back to. */
    static CouncilSignIn start(Ports ports, Path log, List<String> serviceUrls) {
        Optional<KeycloakServer> keycloak = KeycloakServer.onPorts(ports.keycloak(), ports.keycloakManagement());
        if (keycloak.isEmpty()) {
            Progress.say("no Java " + KeycloakServer.JAVA_VERSION + " or later on this machine (set "
                    + "BUYONCE_KEYCLOAK_JAVA_HOME to one): signing in with a council account is off; use the printed tokens");
            return new CouncilSignIn(keycloak, CompletableFuture.completedFuture(null));
        }
        Progress.say("starting Keycloak (the councils' sign-in) on port " + ports.keycloak() + " ...");
        List<String> returnTo = serviceUrls.stream().flatMap(url -> Stream.of(url + "/*",
                url.replace("localhost", "127.0.0.1") + "/*")).toList();
        CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
            keycloak.get().start(log);
            KeycloakRealms.createCouncilRealms(keycloak.get(), COUNCILS, returnTo, TOKEN_LIFESPAN_SECONDS);
        });
        return new CouncilSignIn(keycloak, ready);
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
        } catch (RuntimeException e) {
            out.println("BuyOnce: Keycloak did not start (" + e.getCause() + "); signing in is off, the tokens below still work; "
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
