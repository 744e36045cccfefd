package org.buyonce.commons.rest;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Drops the components of an API description that nothing refers to (shared definitions a service does not use),
 * so that the document says only what the service does.
 */
final class UnusedComponents {

    private UnusedComponents() {
    }

    static void remove(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            return;
        }
        Set<String> used = referencesOutsideComponents(openAPI);
        // Follow references from the components in use until no new one turns up.
        int before;
        do {
            before = used.size();
            Set<String> more = new HashSet<>();
            references(components.getSchemas(), "schemas", used, more);
            references(components.getResponses(), "responses", used, more);
            references(components.getHeaders(), "headers", used, more);
            used.addAll(more);
        } while (used.size() > before);
        components.setSchemas(kept(components.getSchemas(), "schemas", used));
        components.setResponses(kept(components.getResponses(), "responses", used));
        components.setHeaders(kept(components.getHeaders(), "headers", used));
    }

    private static Set<String> referencesOutsideComponents(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        openAPI.setComponents(null);
        Set<String> refs = new HashSet<>();
        try {
            collect(openAPI, refs);
        } finally {
            openAPI.setComponents(components);
        }
        return refs;
    }

    private static <T> void references(Map<String, T> map, String kind, Set<String> used, Set<String> into) {
        if (map == null) {
            return;
        }
        map.forEach((name, item) -> {
            if (used.contains("#/components/" + kind + "/" + name)) {
                OpenAPI holder = org.eclipse.microprofile.openapi.OASFactory.createOpenAPI()
                        .components(org.eclipse.microprofile.openapi.OASFactory.createComponents());
                if (item instanceof Schema schema) {
                    holder.getComponents().addSchema(name, schema);
                } else if (item instanceof APIResponse response) {
                    holder.getComponents().addResponse(name, response);
                } else if (item instanceof Header header) {
                    holder.getComponents().addHeader(name, header);
                }
                collect(holder, into);
            }
        });
    }

    /** Every $ref in the document: of schemas, responses, headers and parameters. */
    private static void collect(OpenAPI openAPI, Set<String> refs) {
        new SchemaWalker(schema -> {
            if (schema.getRef() != null) {
                refs.add(schema.getRef());
            }
            return schema;
        }).walk(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> {
                if (path.getOperations() != null) {
                    path.getOperations().values().forEach(operation -> {
                        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                            operation.getResponses().getAPIResponses().values().forEach(response -> responseRefs(response, refs));
                        }
                    });
                }
            });
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> responseRefs(response, refs));
        }
    }

    private static void responseRefs(APIResponse response, Set<String> refs) {
        if (response.getRef() != null) {
            refs.add(response.getRef());
        }
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(header -> {
                if (header.getRef() != null) {
                    refs.add(header.getRef());
                }
            });
        }
    }

    private static <T> Map<String, T> kept(Map<String, T> map, String kind, Set<String> used) {
        if (map == null) {
            return null;
        }
        Map<String, T> kept = new LinkedHashMap<>();
        map.forEach((name, item) -> {
            if (used.contains("#/components/" + kind + "/" + name)) {
                kept.put(name, item);
            }
        });
        return kept.isEmpty() ? null : kept;
    }
}
