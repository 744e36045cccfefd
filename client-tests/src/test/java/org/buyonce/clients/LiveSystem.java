package org.buyonce.clients;

import org.buyonce.testing.system.BuyOnceSystem;

import java.time.Duration;
import java.util.List;

/** The packaged services every client test of this JVM drives, with the tokens a signed-in user would hold. */
final class LiveSystem {

    private LiveSystem() {
    }

    static BuyOnceSystem system() {
        return BuyOnceSystem.get();
    }

    static String adminToken() {
        return system().tokens().token("client@buyonce.test", List.of("admin"), null, Duration.ofHours(2));
    }

    static String viewerToken() {
        return system().tokens().token("viewer@buyonce.test", List.of("viewer"), null, Duration.ofHours(2));
    }

    static String document(String service) {
        return system().url(service) + "/q/openapi?format=json";
    }
}
