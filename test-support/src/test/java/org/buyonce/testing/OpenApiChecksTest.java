package org.buyonce.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The document checks find the defects that made generated clients fail, as they were found in the services. */
class OpenApiChecksTest {

    private static final String DEFECTIVE = """
            {"openapi": "3.0.3",
             "components": {
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
               "schemas": {
                 "LocalDate": {"type": "string", "format": "date"},
                 "ThingResponse": {"type": "object", "required": ["id"],
                   "properties": {"id": {"type": "string", "example": "a"}, "end": {"$ref": "#/components/schemas/LocalDate"}}}}},
             "paths": {"/things": {"post": {
               "operationId": "createThing", "summary": "Create",
               "security": [{"SecurityScheme": ["admin"]}],
               "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
               "responses": {
                 "201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingResponse"}}}},
                 "409": {"description": "Conflict", "content": {"application/json": {"schema": {"type": "object"}}}}}}}}}""";

    @Test
    void theDefectsOfTheOriginalDocumentsAreFound() {
        assertThat(new OpenApiChecks(DEFECTIVE).defects()).containsExactlyInAnyOrder(
                "POST /things: no description",
                "POST /things: security names scheme 'SecurityScheme', which is not defined",
                "POST /things: the request body has no example",
                "POST /things: 201 has no example",
                "POST /things: 201 does not declare Location",
                "POST /things: 409 is not documented as problem+json",
                "POST /things: 409 has no example",
                "schema LocalDate is a Java type, not a wire format",
                "schema ThingResponse: end is always sent but not required");
    }

    @Test
    void responsesOfAVersionedResourceWithoutEtagAreFound() {
        assertThat(new OpenApiChecks(DEFECTIVE).responsesWithoutEtag(java.util.Set.of("ThingResponse")))
                .containsExactly("POST /things 201");
    }
}
