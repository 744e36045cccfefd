package org.buyonce.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one strict JSON configuration of every service's HTTP API: a value is taken only in its own JSON type (no
 * number as a date, an enum or a string, no string as a number or boolean, no fraction as an integer), nothing may
 * follow the JSON value, documents, numbers and nesting are bounded before anything is built from them, and dates,
 * decimals and texts obey {@link InputRules}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Enough for any amount, far too short for a number that would cost anything to convert. */
    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_NESTING_DEPTH = 32;

    private final long maxDocumentBytes;

    public StrictJson(@ConfigProperty(name = "buyonce.http.max-json-body-bytes", defaultValue = "262144") long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Last, after Quarkus has registered its modules: the strict date deserializer must replace java.time's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // The document's length is counted as it is read, so a body sent in chunks is bounded as well.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH).maxDocumentLength(maxDocumentBytes).build());
        // A field sent twice is refused, not resolved silently in favour of whichever came last.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.EmptyString);
        mapper.registerModule(new SimpleModule("buyonce-strict-input")
                .addDeserializer(LocalDate.class, new StrictDeserializers.Dates())
                .addDeserializer(BigDecimal.class, new StrictDeserializers.Decimals())
                .addDeserializer(String.class, new StrictDeserializers.Texts(false))
                .setDeserializerModifier(new StrictDeserializers.EnumsByExactName()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
