package org.policymonitor.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.policymonitor.platform.text.TextCut;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An instant in a JSON request body written as a number (seconds since 1970, as Jackson reads one — or milliseconds
 * for a whole number, when a mapper turns {@code READ_DATE_TIMESTAMPS_AS_NANOSECONDS} off) must be one an
 * {@link Instant} can hold; else it is a 400 naming the field, saying what the number was read as and the range in
 * that unit ({@link ProblemMappers}). Jackson reads a number past the
 * time scale as something else: {@code 1e400} as 1970 (it drops so large an exponent to zero, against the slow
 * arithmetic of huge ones), {@code 1e19} wrapped around the range of a long. An optimistic {@code updatedAt} sent so
 * was answered 409 "changed since it was read" — a conflict that never was. Text instants are Jackson's, unchanged.
 * <p>
 * A modifier, not a replacement deserializer: it wraps whichever one the mapper found for {@link Instant} (the
 * java.time module's, with its {@code @JsonFormat} handling), whatever order the modules were registered in.
 */
@Singleton
public class InstantsInRange implements ObjectMapperCustomizer {

    /**
     * What a number is read as, and the numbers that can be: seconds from the first to the last second an
     * {@link Instant} holds (all of the last one: {@code 31556889864403199.999999999}); milliseconds, a whole number
     * read by {@code Instant.ofEpochMilli}, within a long (all of which an Instant holds).
     */
    enum Unit {
        SECONDS("seconds", BigDecimal.valueOf(Instant.MIN.getEpochSecond()),
                BigDecimal.valueOf(Instant.MAX.getEpochSecond()).add(BigDecimal.ONE), "-31557014167219200",
                "31556889864403199.999999999"),
        MILLISECONDS("milliseconds", BigDecimal.valueOf(Long.MIN_VALUE),
                BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), String.valueOf(Long.MIN_VALUE),
                String.valueOf(Long.MAX_VALUE));

        final String name;
        private final BigDecimal earliest;
        /** The first number past the range. */
        private final BigDecimal pastLatest;
        final String earliestText;
        final String latestText;

        Unit(String name, BigDecimal earliest, BigDecimal pastLatest, String earliestText, String latestText) {
            this.name = name;
            this.earliest = earliest;
            this.pastLatest = pastLatest;
            this.earliestText = earliestText;
            this.latestText = latestText;
        }

        boolean holds(BigDecimal number) {
            return number.compareTo(earliest) >= 0 && number.compareTo(pastLatest) < 0;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("instants-in-range").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Instant.class ? new Checking(deserializer) : deserializer;
            }
        }));
    }

    /** Checks a number's range, then reads it as the wrapped deserializer does. */
    static final class Checking extends DelegatingDeserializer {

        Checking(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checking(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                // as the java.time module reads it: a fraction is seconds; a whole number too, unless the mapper
                // reads whole numbers as milliseconds (READ_DATE_TIMESTAMPS_AS_NANOSECONDS off)
                Unit unit = p.hasToken(JsonToken.VALUE_NUMBER_INT)
                        && !ctxt.isEnabled(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                        ? Unit.MILLISECONDS : Unit.SECONDS;
                if (!unit.holds(p.getDecimalValue())) {
                    throw new OutOfRangeException(p, p.getText(), unit);
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A number outside the time scale, in the unit it was read as. */
    public static final class OutOfRangeException extends InvalidFormatException {
        private final Unit unit;

        OutOfRangeException(JsonParser p, String value, Unit unit) {
            super(p, "is no instant: " + value + ", read as " + unit.name + " since 1970, is outside the time scale",
                    value, Instant.class);
            this.unit = unit;
        }

        /**
         * "1e400, read as seconds since 1970, is outside the time scale (-31557014167219200 to
         * 31556889864403199.999999999 seconds)": the number (cut to a few dozen characters: it is the client's), what
         * it was read as, and what it could have been in that unit.
         */
        public String reason() {
            return TextCut.shortened(String.valueOf(getValue()), 40) + ", read as " + unit.name
                    + " since 1970, is outside the time scale (" + unit.earliestText + " to " + unit.latestText + " "
                    + unit.name + ")";
        }
    }
}
