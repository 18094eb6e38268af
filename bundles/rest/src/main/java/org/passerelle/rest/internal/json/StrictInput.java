package org.passerelle.rest.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Clean input, always (issue 9, item 7), for every request body the API reads:
 * <ul>
 * <li>text holds no NUL, no control character, no lone surrogate, no invisible character that changes how it reads,
 * and no line break or tab unless its property is {@link MultiLine} ({@code 400 invalid-characters} naming it; in a
 * {@link MultiLine} property, {@code 400 invisible-character} naming it and the character, « U+200B »);</li>
 * <li>numbers are JSON numbers and whole where a whole one is expected: {@code "3"} or {@code 3.7} for an id is
 * {@code 400 invalid-json}, never read as 3; a boolean is {@code true} or {@code false}; text is never a number;</li>
 * <li>a property given twice is refused ({@code 400 invalid-json});</li>
 * <li>a date is {@code yyyy-mm-dd} between {@value #FIRST_YEAR} and {@value #LAST_YEAR}
 * ({@code 400 date-out-of-range}: no period in year 0).</li>
 * </ul>
 */
public final class StrictInput {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private StrictInput() {
    }

    /** The mapper, made strict. */
    public static ObjectMapper applyTo(ObjectMapper mapper) {
        // {"code":"A","code":"B"} would otherwise keep B silently.
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("passerelle-strict-input");
        module.addDeserializer(String.class, new CleanText());
        module.addDeserializer(LocalDate.class, new BoundedDate());
        return mapper.registerModule(module);
    }

    /** What is wrong with this text, or null when it is clean: see {@link org.passerelle.core.TextRules#fault}. */
    static String fault(String text, boolean multiLine) {
        return org.passerelle.core.TextRules.fault(text, multiLine);
    }

    /** Jackson's own String reading, then {@link #fault(String, boolean)}, one-line unless the property is {@link MultiLine}. */
    static final class CleanText extends StringDeserializer implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final boolean multiLine;

        CleanText() {
            this(false);
        }

        private CleanText(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multi = property != null && property.getAnnotation(MultiLine.class) != null;
            return multi == multiLine ? this : new CleanText(multi);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && fault(text, multiLine) != null) {
                // A multi-line field accepts line breaks: its refusal names the character instead (« U+200B »).
                throw multiLine ? new RefusedValueException(parser, org.passerelle.core.TextRules.MULTI_LINE_REFUSAL,
                        org.passerelle.core.TextRules.faultyCharacter(text, true))
                        : new RefusedValueException(parser, org.passerelle.core.TextRules.ONE_LINE_REFUSAL);
            }
            // One spelling per text: "Léa" typed with a combining accent is the same "Léa" (NFC).
            return text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        }
    }

    /** ISO dates, within the years a school's records can hold (JSR-310's reading, then the bounds). */
    static final class BoundedDate extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        BoundedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
                throw new RefusedValueException(parser, "date-out-of-range", FIRST_YEAR, LAST_YEAR);
            }
            return date;
        }
    }
}
