package org.buyonce.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body larger than its kind allows with a 413 problem before reading it: JSON bodies up to
 * {@code buyonce.http.max-json-body-bytes}, CSV files up to {@code buyonce.http.max-csv-body-bytes}. (The HTTP
 * server's own limit, {@code quarkus.http.limits.max-body-size}, stops a body that does not say its length.)
 */
public class BodyLimitFilter {

    private final long maxJsonBytes;
    private final long maxCsvBytes;

    public BodyLimitFilter(@ConfigProperty(name = "buyonce.http.max-json-body-bytes", defaultValue = "262144") long maxJsonBytes,
            @ConfigProperty(name = "buyonce.http.max-csv-body-bytes", defaultValue = "50331648") long maxCsvBytes) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxCsvBytes = maxCsvBytes;
    }

    /** Returns the 413 response that ends the request, or null to let it through. */
    @ServerRequestFilter(preMatching = true)
    public Response limitBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (type == null || length == null) {
            return null;
        }
        String kind = type.getSubtype().endsWith("json") ? "JSON" : type.getSubtype().equals("csv") ? "CSV" : null;
        if (kind == null) {
            return null;
        }
        long limit = kind.equals("JSON") ? maxJsonBytes : maxCsvBytes;
        if (parse(length) <= limit) {
            return null;
        }
        Problem problem = new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "a " + kind + " body may have at most " + limit + " bytes; this one has " + length).toProblem();
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
