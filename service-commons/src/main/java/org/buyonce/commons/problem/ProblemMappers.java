package org.buyonce.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.buyonce.commons.security.SignInChallenge;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns every failure of a request into an RFC 9457 problem: bad input into a 4xx that names each bad field, and
 * anything unexpected into a 500 that reveals nothing internal (the log has the details under the reported id).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How Jackson names the document limit it enforced. */
    private static final Pattern DOCUMENT_LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

    @Inject
    SignInChallenge signIn;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = FieldError.of(e.getConstraintViolations());
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return internal(e);
        }
        return problem(ProblemException.invalid(errors));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return problem(ProblemException.invalid("body", "holds more than one JSON value; send exactly one"));
        }
        FieldError error = JsonInputErrors.of(e, "");
        return problem(ProblemException.invalid(error.field().isEmpty() ? "body" : error.field(), error.message()));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        StreamConstraintsException constraint = causeOf(e, StreamConstraintsException.class);
        if (constraint != null) {
            return streamConstraint(constraint);
        }
        // Thrown, for instance, when a record's constructor rejects a value.
        Throwable root = e.getCause() != null ? e.getCause() : e;
        String field = JsonInputErrors.jsonPath(e);
        return problem(ProblemException.invalid(field.isEmpty() ? "body" : field, String.valueOf(root.getMessage())));
    }

    /** A JSON body beyond a bound: too long (as it is read, chunked or not), a number too long, nested too deep. */
    @ServerExceptionMapper
    public Response streamConstraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document length")) {
            var limit = DOCUMENT_LIMIT.matcher(message);
            return problem(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "a JSON body may have at most "
                    + (limit.find() ? limit.group(1) + " bytes" : "the configured size") + "; this one has more"));
        }
        return problem(ProblemException.invalid("body", message.startsWith("Number value length")
                ? "holds a number with too many digits" : "is nested too deeply"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        StreamConstraintsException constraint = causeOf(e, StreamConstraintsException.class);
        if (constraint != null) {
            return streamConstraint(constraint);
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        InputCoercionException outOfRange = causeOf(e, InputCoercionException.class);
        if (outOfRange != null && outOfRange.getProcessor() != null) {
            String field = JsonInputErrors.pathOf(outOfRange.getProcessor());
            return problem(ProblemException.invalid(field.isEmpty() ? "body" : field, "is out of range for a "
                    + (outOfRange.getTargetType() == Long.TYPE ? "long" : "whole") + " number"));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            if (String.valueOf(json.getOriginalMessage()).startsWith("Duplicate field") && json.getProcessor() instanceof JsonParser parser) {
                String field = JsonInputErrors.pathOf(parser);
                return problem(ProblemException.invalid(field.isEmpty() ? "body" : field, "appears twice; send each field once"));
            }
            String location = json.getLocation() == null ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
            return respond(new Problem(ProblemType.MALFORMED_JSON.uri(), ProblemType.MALFORMED_JSON.title(), 400,
                    "the body is not valid JSON" + location, List.of()));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e);
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.INVALID_INPUT;
        };
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here" + (e.getResponse().getAllowedMethods().isEmpty() ? ""
                    : "; allowed: " + String.join(", ", e.getResponse().getAllowedMethods()));
            case 406 -> "cannot answer in " + headers.getHeaderString(HttpHeaders.ACCEPT) + "; see the operation's responses in /q/openapi";
            case 415 -> "a body of type " + headers.getMediaType() + " is not accepted here; send "
                    + (uri.getPath().endsWith("/import") ? "a CSV file (Content-Type: text/csv; charset=utf-8)" : "JSON (Content-Type: application/json)");
            default -> e.getMessage();
        };
        Response.ResponseBuilder response = Response.fromResponse(e.getResponse()).entity(
                new Problem(type.uri(), type.title(), status, detail, List.of())).type(Problem.MEDIA_TYPE);
        return response.build();
    }

    /** No token, or one that does not verify; a person opening a page is sent to sign in. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RoutingContext context) {
        return signIn.respond(context);
    }

    /** A valid token whose roles do not allow the operation. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return problem(new ProblemException(ProblemType.FORBIDDEN, "the token's roles do not allow this operation"));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e) {
        return problem(new ProblemException(ProblemType.STALE_VERSION,
                "the resource was changed by another request meanwhile; read it again and retry"));
    }

    /** A unique or foreign key the database enforces, hit by two requests racing each other. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e) {
        return problem(ProblemException.conflict("conflicts with existing data"
                + (e.getConstraintName() == null ? "" : " (" + e.getConstraintName() + ")")));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (connectionLost(e)) {
            // Reading the request or writing the response failed: the client went away (a load generator's run ending, a
            // browser tab closed). Nothing to report to anyone: no answer can reach it.
            LOG.debugf("connection lost mid-request: %s", e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return internal(e);
    }

    /** An I/O failure that is not a body the parser refused: the connection itself. */
    private static boolean connectionLost(Throwable e) {
        IOException io = causeOf(e, IOException.class);
        return io != null && causeOf(e, JsonProcessingException.class) == null;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Response internal(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(), 500,
                "unexpected failure; quote incident " + incident + " when reporting it", List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
