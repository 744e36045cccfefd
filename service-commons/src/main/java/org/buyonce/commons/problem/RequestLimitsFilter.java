package org.buyonce.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.buyonce.commons.json.InputRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is read or routed and as a problem: an address longer than {@code buyonce.http.max-url-length}
 * (414), headers larger than {@code buyonce.http.max-headers-bytes} (431), an address holding a control character (400),
 * and a body whose declared length exceeds its kind's limit (413): JSON up to {@code buyonce.http.max-json-body-bytes},
 * CSV up to {@code buyonce.http.max-csv-body-bytes}. A body that does not declare its length (chunked) is counted as
 * it is read: JSON by the parser ({@link org.buyonce.commons.json.StrictJson}), CSV by the importer. The HTTP
 * server's own limits are set higher, as a last guard.
 */
public class RequestLimitsFilter {

    private final int maxUrlLength;
    private final int maxHeadersBytes;
    private final long maxJsonBytes;
    private final long maxCsvBytes;

    public RequestLimitsFilter(@ConfigProperty(name = "buyonce.http.max-url-length", defaultValue = "4096") int maxUrlLength,
            @ConfigProperty(name = "buyonce.http.max-headers-bytes", defaultValue = "8192") int maxHeadersBytes,
            @ConfigProperty(name = "buyonce.http.max-json-body-bytes", defaultValue = "262144") long maxJsonBytes,
            @ConfigProperty(name = "buyonce.http.max-csv-body-bytes", defaultValue = "50331648") long maxCsvBytes) {
        this.maxUrlLength = maxUrlLength;
        this.maxHeadersBytes = maxHeadersBytes;
        this.maxJsonBytes = maxJsonBytes;
        this.maxCsvBytes = maxCsvBytes;
    }

    /** Returns the response that ends the request, or null to let it through. */
    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String url = request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery());
        if (url.length() > maxUrlLength) {
            return refuse(new ProblemException(ProblemType.URI_TOO_LONG,
                    "the address (path and query) may have at most " + maxUrlLength + " characters; this one has " + url.length()));
        }
        long headerBytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                headerBytes += header.getKey().length() + value.length() + 4;
            }
        }
        if (headerBytes > maxHeadersBytes) {
            return refuse(new ProblemException(ProblemType.HEADERS_TOO_LARGE,
                    "the headers may have at most " + maxHeadersBytes + " bytes; these have " + headerBytes));
        }
        if (!isUtf8(url)) {
            return refuse(ProblemException.invalid("url", "the address holds percent-escapes that are not UTF-8 (such as %FF); "
                    + "escape each character as the bytes of its UTF-8 encoding"));
        }
        String decoded = request.getUriInfo().getPath() + "?" + request.getUriInfo().getQueryParameters();
        var control = InputRules.text(decoded, false);
        if (control.isPresent()) {
            return refuse(ProblemException.invalid("url", "the address " + control.get().replace("; it must be a single line of text", "")));
        }
        return limitBody(request);
    }

    private Response limitBody(ContainerRequestContext request) {
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
        return refuse(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "a " + kind + " body may have at most " + limit + " bytes; this one has " + length));
    }

    /**
     * Whether the percent-escapes of a raw address decode as UTF-8: the JAX-RS decoding would turn %FF into U+FFFD
     * silently. (A malformed escape such as %G1 never gets here: Quarkus answers it with a bare 400 itself.)
     */
    static boolean isUtf8(String raw) {
        if (raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = c == '%' && i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Response refuse(ProblemException e) {
        Problem problem = e.toProblem();
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
