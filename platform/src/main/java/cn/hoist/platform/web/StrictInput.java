package cn.hoist.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What the programs accept as a value, the same for JSON and for page forms, so that a value a person would
 * never mean is refused with a field error instead of stored as something else:
 * <ul>
 * <li>numbers are numbers: {@code 1.5} is not a whole number, {@code "12"} not a number, {@code 1} not a
 * boolean (Jackson would store 1, 12 and true);</li>
 * <li>a date is an ISO date {@code yyyy-MM-dd} between {@value #FIRST_YEAR} and {@value #LAST_YEAR} (a shop's
 * birthdays, inspections and insurance dates all are): not {@code 20260101} read as a day count from 1970, not
 * {@code +999999999-12-31};</li>
 * <li>text has no NUL and no unpaired surrogate (they cannot be stored in PostgreSQL or shown): in page forms
 * of every program, in JSON where the program asks for it ({@link #applyToText}).</li>
 * </ul>
 */
public final class StrictInput {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private StrictInput() {
    }

    /** Applies the rules to the program's JSON mapper (through Boot's JsonMapperBuilderCustomizer). */
    public static void apply(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            builder.withCoercionConfig(type, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        }
        builder.withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
        builder.addModule(new SimpleModule("hoist-strict-dates").addDeserializer(LocalDate.class,
                new DateDeserializer()));
    }

    /**
     * Refuses NUL and unpaired surrogates in every JSON string: for a program whose JSON is typed by people (the
     * CRM). Not for the console, whose agents pass on what devices say (an SNMP string may end in NUL).
     */
    public static void applyToText(JsonMapper.Builder builder) {
        builder.addModule(new SimpleModule("hoist-strict-text").addDeserializer(String.class, new TextDeserializer()));
    }

    /** The date a text names, or an explanation of why it names none a person would mean. */
    public static LocalDate date(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("not a date in the form yyyy-MM-dd");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("a year outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return date;
    }

    /** Whether a text is free of NUL and unpaired surrogates. */
    public static boolean isCleanText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A value refused by these rules; the problem names the field and says which rule. */
    public static final class RefusedValue extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        private final String messageKey;

        RefusedValue(JsonParser parser, String message, Object value, Class<?> type, String messageKey) {
            super(parser, message, value, type);
            this.messageKey = messageKey;
        }

        /** {@code problem.detail.invalid-date} or {@code problem.detail.invalid-text}, with the field as {0}. */
        public String messageKey() {
            return messageKey;
        }
    }

    private static final class DateDeserializer extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            if (text.isBlank()) {
                return null;
            }
            try {
                return date(text.strip());
            } catch (IllegalArgumentException e) {
                throw new RefusedValue(parser, e.getMessage(), text, LocalDate.class, "problem.detail.invalid-date");
            }
        }
    }

    private static final class TextDeserializer extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            if (!isCleanText(text)) {
                throw new RefusedValue(parser, "NUL or an unpaired surrogate", null, String.class,
                        "problem.detail.invalid-text");
            }
            return text;
        }
    }
}
