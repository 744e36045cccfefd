package org.buyonce.commons.rest;

import jakarta.ws.rs.core.Application;
import org.buyonce.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * What every service's API description shares, defined once and referenced by name: the problem responses (each with
 * its own example) and the {@code ETag} and {@code Location} headers. Titles and descriptions come from each service's
 * configuration; {@link ApiDocumentFilter} applies the conventions that hold for every operation.
 */
@OpenAPIDefinition(
        info = @Info(title = "BuyOnce", version = "1.0",
                contact = @Contact(name = "BuyOnce, for the partnership's shared ICT service", url = "https://buyonce.org")),
        components = @Components(
                responses = {
                        @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                                description = "Invalid input: malformed JSON, wrong types, or fields that break a rule; nothing was written",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "invalid", value = ApiDefinition.BAD_REQUEST_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.UNAUTHORIZED, responseCode = "401",
                                description = "No token, or one that is not valid: send Authorization: Bearer <JWT>",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "unauthorized", value = ApiDefinition.UNAUTHORIZED_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.FORBIDDEN, responseCode = "403",
                                description = "The token's roles (or its council) do not allow this",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "forbidden", value = ApiDefinition.FORBIDDEN_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404", description = "No such resource",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "notFound", value = ApiDefinition.NOT_FOUND_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.CONFLICT, responseCode = "409",
                                description = "Conflicts with the current state (or a stale version field); nothing was written",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "conflict", value = ApiDefinition.CONFLICT_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.PRECONDITION_FAILED, responseCode = "412",
                                description = "If-Match names a version that is no longer current; read again and retry",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "stale", value = ApiDefinition.PRECONDITION_FAILED_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.TOO_LARGE, responseCode = "413", description = "The body is larger than allowed",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "tooLarge", value = ApiDefinition.TOO_LARGE_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.PRECONDITION_REQUIRED, responseCode = "428",
                                description = "A change must send If-Match with the ETag read (or the version field)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "versionMissing", value = ApiDefinition.PRECONDITION_REQUIRED_EXAMPLE))),
                        @APIResponse(name = ApiDefinition.UNAVAILABLE, responseCode = "503",
                                description = "A server this depends on (such as the SMTP server) did not answer; nothing was done, try again later",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "unavailable", value = ApiDefinition.UNAVAILABLE_EXAMPLE)))
                },
                headers = {
                        @Header(name = ApiDefinition.ETAG, description = "The resource's version, quoted: send it back in If-Match to change it",
                                schema = @Schema(type = SchemaType.STRING, examples = "\"3\"")),
                        @Header(name = ApiDefinition.LOCATION, description = "The URL of the resource created",
                                schema = @Schema(type = SchemaType.STRING, format = "uri",
                                        examples = "https://buyonce.example/contracts/5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10"))
                }))
public class ApiDefinition extends Application {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String TOO_LARGE = "PayloadTooLarge";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String UNAVAILABLE = "Unavailable";

    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";

    static final String BAD_REQUEST_EXAMPLE = """
            {"type": "https://buyonce.org/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "2 fields are invalid", "errors": [
              {"field": "annualValue", "message": "must not be negative"},
              {"field": "endDate", "message": "must not be before startDate (2026-04-01)"}]}""";
    static final String UNAUTHORIZED_EXAMPLE = """
            {"type": "https://buyonce.org/problems/unauthorized", "title": "Authentication required", "status": 401,
             "detail": "send a valid bearer token: Authorization: Bearer <JWT>"}""";
    static final String FORBIDDEN_EXAMPLE = """
            {"type": "https://buyonce.org/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "an officer of HDC may not change the contracts of council CAM"}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "https://buyonce.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "no contract with id 5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10"}""";
    static final String CONFLICT_EXAMPLE = """
            {"type": "https://buyonce.org/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "council SCDC already has a contract with reference 'SCDC-ICT-017'"}""";
    static final String PRECONDITION_FAILED_EXAMPLE = """
            {"type": "https://buyonce.org/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "version 3 is stale; the current version is 4"}""";
    static final String TOO_LARGE_EXAMPLE = """
            {"type": "https://buyonce.org/problems/payload-too-large", "title": "Payload too large", "status": 413,
             "detail": "a JSON body may have at most 262144 bytes; this one has 1048576"}""";
    static final String PRECONDITION_REQUIRED_EXAMPLE = """
            {"type": "https://buyonce.org/problems/precondition-required", "title": "Precondition required", "status": 428,
             "detail": "send If-Match with the ETag you read, or the version field, so that a concurrent change is not overwritten"}""";
    static final String UNAVAILABLE_EXAMPLE = """
            {"type": "https://buyonce.org/problems/unavailable", "title": "Service unavailable", "status": 503,
             "detail": "the SMTP server did not take the digest; nothing was sent, try again later"}""";
}
