package org.buyonce.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Deserializers that take a value only in its own JSON form and within {@link InputRules}: a date only as a
 * "YYYY-MM-DD" string (never a number or an array), a decimal only as a number with a bounded exponent, a text only
 * as a string, single-line unless the field is {@link MultiLine}, an enum only by its exact name.
 */
final class StrictDeserializers {

    private StrictDeserializers() {
    }

    static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new InvalidValueException(parser, "must be a date written as a string, YYYY-MM-DD", LocalDate.class);
            }
            InputRules.Result<LocalDate> date = InputRules.date(parser.getText());
            if (date.isWrong()) {
                throw new InvalidValueException(parser, date.problem(), LocalDate.class);
            }
            return date.value();
        }
    }

    static final class Decimals extends StdScalarDeserializer<BigDecimal> {

        Decimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                throw new InvalidValueException(parser, "must be a number", BigDecimal.class);
            }
            InputRules.Result<BigDecimal> decimal = InputRules.decimal(parser.getDecimalValue());
            if (decimal.isWrong()) {
                throw new InvalidValueException(parser, decimal.problem(), BigDecimal.class);
            }
            return decimal.value();
        }
    }

    /**
     * An enum only by its exact name: Jackson's own deserializer retries a name it does not know trimmed, which
     * would take "APPROVED\u0000" or "CANCELLED " as if they were sent clean.
     */
    static final class Enums extends DelegatingDeserializer {

        Enums(JsonDeserializer<?> standard) {
            super(standard);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> standard) {
            return new Enums(standard);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.strip()) || InputRules.text(text, false).isPresent()) {
                    throw new InvalidValueException(parser, "'" + InputRules.printable(text) + "' is not one of "
                            + Arrays.toString(handledType().getEnumConstants()), handledType());
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** Puts {@link Enums} in front of every enum deserializer. */
    static final class EnumsByExactName extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Enums(deserializer);
        }
    }

    static final class Texts extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        Texts(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean spansLines = property != null && property.getAnnotation(MultiLine.class) != null;
            return spansLines == multiLine ? this : new Texts(spansLines);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new InvalidValueException(parser, "must be a string", String.class);
            }
            String text = parser.getText();
            var problem = InputRules.text(text, multiLine);
            if (problem.isPresent()) {
                throw new InvalidValueException(parser, problem.get(), String.class);
            }
            return text;
        }
    }
}
