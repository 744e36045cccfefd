package org.buyonce.testing.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves each service's OpenAPI document as the running service serves it ({@code /q/openapi}), for the client
 * generators of the build: {@code LiveApiDocuments <directory>} writes {@code <service>.json} there for each service.
 */
public final class LiveApiDocuments {

    private LiveApiDocuments() {
    }

    /** Exits with 1 and says why on any failure: the broker and services it started would otherwise keep the JVM alive. */
    public static void main(String[] args) {
        try {
            save(Path.of(args[0]));
        } catch (Exception | Error e) {
            System.err.println("LiveApiDocuments: cannot read the services' documents: " + e);
            System.exit(1);
        }
        System.exit(0); // the shutdown hook stops the services and the broker
    }

    private static void save(Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        BuyOnceSystem system = BuyOnceSystem.get();
        HttpClient http = HttpClient.newHttpClient();
        for (String service : BuyOnceSystem.SERVICES) {
            HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(system.url(service) + "/q/openapi?format=json"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IOException(service + " answered " + document.statusCode() + " for /q/openapi");
            }
            Files.writeString(directory.resolve(service + ".json"), document.body());
            System.out.println("LiveApiDocuments: " + service + " -> " + directory.resolve(service + ".json"));
        }
    }
}
