package org.buyonce.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a JSON body larger than {@code buyonce.http.max-json-body-bytes} with a 413 problem before it is read.
 * (CSV imports may be far larger; the HTTP server's own limit, {@code quarkus.http.limits.max-body-size}, bounds them.)
 */
public class JsonBodyLimitFilter {

    private final long maxJsonBodyBytes;

    public JsonBodyLimitFilter(@ConfigProperty(name = "buyonce.http.max-json-body-bytes", defaultValue = "262144") long maxJsonBodyBytes) {
        this.maxJsonBodyBytes = maxJsonBodyBytes;
    }

    /** Returns the 413 response that ends the request, or null to let it through. */
    @ServerRequestFilter(preMatching = true)
    public Response limitJsonBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || parse(length) <= maxJsonBodyBytes) {
            return null;
        }
        Problem problem = new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "a JSON body may have at most " + maxJsonBodyBytes + " bytes; this one has " + length).toProblem();
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
