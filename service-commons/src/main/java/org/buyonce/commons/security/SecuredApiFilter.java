package org.buyonce.commons.security;

import org.buyonce.commons.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds what is true of every operation to the API description, rather than repeating it on each: the bearer JWT
 * scheme, and the 401 (no valid token) and 403 (not allowed) problem responses.
 */
public class SecuredApiFilter implements OASFilter {

    static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A JWT whose groups are the roles (viewer, officer, ict, admin); an officer's council claim names its council"));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        openAPI.getComponents().addResponse("Unauthorized", problem("No token, or one that is not valid: send Authorization: Bearer <JWT>"));
        openAPI.getComponents().addResponse("Forbidden", problem("The token's roles (or council) do not allow this"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                // replaces the generic ones SmallRye adds for secured operations: ours say what the body is
                operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
                operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
            }
        }
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
