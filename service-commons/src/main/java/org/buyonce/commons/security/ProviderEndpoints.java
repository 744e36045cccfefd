package org.buyonce.commons.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a browser signs in with an issuer (its authorization and token endpoints), from the issuer's discovery
 * document, for Swagger UI's sign-in. Kept for an hour; a provider that cannot be reached is asked again after a minute,
 * and its sign-in is left out of the API description meanwhile (bearer tokens still work).
 */
@ApplicationScoped
public class ProviderEndpoints {

    /** The two addresses Swagger UI's authorization code flow needs. */
    public record Endpoints(String authorization, String token) {
    }

    private record Known(Optional<Endpoints> endpoints, Instant until) {
    }

    private static final Logger LOG = Logger.getLogger(ProviderEndpoints.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Duration RETRY = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public Optional<Endpoints> of(String issuer) {
        Instant now = Instant.now();
        Known cached = known.get(issuer);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.endpoints();
        }
        Optional<Endpoints> found = discover(issuer);
        known.put(issuer, new Known(found.or(() -> cached == null ? Optional.empty() : cached.endpoints()),
                now.plus(found.isPresent() ? KEEP : RETRY)));
        return known.get(issuer).endpoints();
    }

    private Optional<Endpoints> discover(String issuer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).timeout(TIMEOUT).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode document = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
            if (document != null && document.hasNonNull("authorization_endpoint") && document.hasNonNull("token_endpoint")) {
                return Optional.of(new Endpoints(document.get("authorization_endpoint").asText(), document.get("token_endpoint").asText()));
            }
            LOG.warnf("The discovery document of %s answered %d without both endpoints; its sign-in is left out of Swagger UI for now",
                    issuer, response.statusCode());
        } catch (IOException e) {
            LOG.warnf("Cannot read the discovery document of %s (%s); its sign-in is left out of Swagger UI for now", issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}
