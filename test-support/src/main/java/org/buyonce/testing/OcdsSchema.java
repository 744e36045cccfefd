package org.buyonce.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official OCDS 1.1.5 release package schema (JSON Schema draft 4), from the shared folder beside the repository
 * ({@code ../shared/ocds}, see its README), with the release schema's URL resolved to the file there and formats
 * (date-time) asserted. Where the folder is absent the calling test is skipped, with a message that says so.
 */
public final class OcdsSchema {

    private static final String SCHEMA_URL = "https://standard.open-contracting.org/schema/1__1__5/";

    private OcdsSchema() {
    }

    /** Every violation of the release package schema by the document; empty when it validates. */
    public static List<String> violations(JsonNode releasePackage) {
        Path schemas = folder();
        Assumptions.assumeTrue(Files.isDirectory(schemas), "the OCDS schemas are not at " + schemas
                + " (the shared folder beside the repository): the OCDS package cannot be validated here");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_URL, schemas.toUri().toString())));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(SchemaLocation.of(SCHEMA_URL + "release-package-schema.json"), config);
        return schema.validate(releasePackage).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** {@code ../shared/ocds} of the repository, seen from a module (the tests' working directory). */
    private static Path folder() {
        return Path.of("..", "..", "shared", "ocds").toAbsolutePath().normalize();
    }
}
