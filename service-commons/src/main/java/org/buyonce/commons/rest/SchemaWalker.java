package org.buyonce.commons.rest;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Visits every schema of an API description (of parameters, bodies, responses, headers and components, and inside
 * them properties, items and compositions), replacing each by what a function returns for it.
 */
final class SchemaWalker {

    private final UnaryOperator<Schema> rewrite;

    SchemaWalker(UnaryOperator<Schema> rewrite) {
        this.rewrite = rewrite;
    }

    void walk(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem path : openAPI.getPaths().getPathItems().values()) {
                if (path.getParameters() != null) {
                    path.getParameters().forEach(this::parameter);
                }
                if (path.getOperations() != null) {
                    path.getOperations().values().forEach(this::operation);
                }
            }
        }
        if (openAPI.getComponents() != null) {
            var components = openAPI.getComponents();
            if (components.getSchemas() != null) {
                components.setSchemas(map(components.getSchemas(), this::schema));
            }
            if (components.getResponses() != null) {
                components.getResponses().values().forEach(this::response);
            }
            if (components.getHeaders() != null) {
                components.getHeaders().values().forEach(this::header);
            }
            if (components.getParameters() != null) {
                components.getParameters().values().forEach(this::parameter);
            }
        }
    }

    private void operation(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(this::parameter);
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(this::response);
        }
    }

    private void parameter(Parameter parameter) {
        if (parameter.getSchema() != null) {
            parameter.setSchema(schema(parameter.getSchema()));
        }
    }

    private void response(APIResponse response) {
        content(response.getContent());
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(this::header);
        }
    }

    private void header(Header header) {
        if (header.getSchema() != null) {
            header.setSchema(schema(header.getSchema()));
        }
    }

    private void content(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                media.setSchema(schema(media.getSchema()));
            }
        }
    }

    private Schema schema(Schema schema) {
        Schema result = rewrite.apply(schema);
        if (result.getProperties() != null) {
            result.setProperties(map(result.getProperties(), this::schema));
        }
        if (result.getItems() != null) {
            result.setItems(schema(result.getItems()));
        }
        if (result.getAdditionalPropertiesSchema() != null) {
            result.setAdditionalPropertiesSchema(schema(result.getAdditionalPropertiesSchema()));
        }
        if (result.getAllOf() != null) {
            result.setAllOf(list(result.getAllOf()));
        }
        if (result.getAnyOf() != null) {
            result.setAnyOf(list(result.getAnyOf()));
        }
        if (result.getOneOf() != null) {
            result.setOneOf(list(result.getOneOf()));
        }
        return result;
    }

    private List<Schema> list(List<Schema> schemas) {
        return schemas.stream().map(this::schema).toList();
    }

    private static Map<String, Schema> map(Map<String, Schema> schemas, Function<Schema, Schema> each) {
        Map<String, Schema> result = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> result.put(name, each.apply(schema)));
        return result;
    }
}
