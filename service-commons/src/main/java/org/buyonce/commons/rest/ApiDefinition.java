package org.buyonce.commons.rest;

import jakarta.ws.rs.core.Application;
import org.buyonce.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The error responses every service documents, defined once and referenced by name from each operation
 * ({@code @APIResponse(responseCode = "400", ref = "BadRequest")}). Titles come from each service's configuration.
 */
@OpenAPIDefinition(
        info = @Info(title = "BuyOnce", version = "1.0"),
        components = @Components(responses = {
                @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                        description = "Invalid input: malformed JSON, wrong types, or fields that break a rule; nothing was written",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404", description = "No such resource",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.CONFLICT, responseCode = "409",
                        description = "Conflicts with the current state (or a stale version field); nothing was written",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.PRECONDITION_FAILED, responseCode = "412",
                        description = "If-Match names a version that is no longer current; read again and retry",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.TOO_LARGE, responseCode = "413", description = "The body is larger than allowed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.PRECONDITION_REQUIRED, responseCode = "428",
                        description = "An update must send If-Match or the version field",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class ApiDefinition extends Application {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String TOO_LARGE = "PayloadTooLarge";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
}
