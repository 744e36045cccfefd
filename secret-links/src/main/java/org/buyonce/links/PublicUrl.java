package org.buyonce.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Where users reach the service from outside: {@code BUYONCE_PUBLIC_URL} when set (the Ingress's address), otherwise the
 * address of the request, which behind a proxy Quarkus takes from its forwarded headers.
 */
@ApplicationScoped
public class PublicUrl {

    private final Optional<String> configured;

    public PublicUrl(@ConfigProperty(name = "buyonce.public-url") Optional<String> configured) {
        this.configured = configured.map(url -> url.endsWith("/") ? url : url + "/");
    }

    /** The absolute URL of a path of this service ({@code calendars/abc.ics}), for a link a user will paste elsewhere. */
    public URI of(UriInfo request, String path) {
        return URI.create(configured.orElse(request.getBaseUri().toString())).resolve(path);
    }
}
