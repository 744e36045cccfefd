package org.buyonce.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;

/**
 * The official OCDS 1.1.5 release package schema (JSON Schema draft 4), kept in this module with its licence
 * ({@code org/buyonce/testing/ocds/}), with the release schema's URL resolved to the copy there and formats (date-time)
 * asserted: the check never skips and needs no network. {@link #ukViolations} checks against the same schema with Find a
 * Tender's UK extension merged ({@code ocds/uk/}, the extension's MIT licence beside it).
 */
public final class OcdsSchema {

    private static final String SCHEMA_URL = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final String SCHEMAS = "classpath:org/buyonce/testing/ocds/";
    private static final String UK_RELEASE_SCHEMA = "urn:buyonce:ocds-1.1.5-uk-release-schema";

    private OcdsSchema() {
    }

    /** Every violation of the release package schema by the document; empty when it validates. */
    public static List<String> violations(JsonNode releasePackage) {
        return validate(SchemaLocation.of(SCHEMA_URL + "release-package-schema.json"), releasePackage);
    }

    /** Every violation of OCDS 1.1.5 with the UK extension merged, Find a Tender's shape; empty when it validates. */
    public static List<String> ukViolations(JsonNode releasePackage) {
        return validate(SchemaLocation.of(SCHEMAS + "uk/release-package-schema-uk-merged.json"), releasePackage);
    }

    private static List<String> validate(SchemaLocation location, JsonNode document) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_URL, SCHEMAS)
                        .mapPrefix(UK_RELEASE_SCHEMA, SCHEMAS + "uk/release-schema-uk-merged.json")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(location, config);
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
