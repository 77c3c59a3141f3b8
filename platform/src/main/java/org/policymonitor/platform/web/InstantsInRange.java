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

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An instant in a JSON request body written as a number (seconds since 1970, as Jackson reads one) must be one an
 * {@link Instant} can hold; else it is a 400 naming the field ({@link ProblemMappers}). Jackson reads a number past the
 * time scale as something else: {@code 1e400} as 1970 (it drops so large an exponent to zero, against the slow
 * arithmetic of huge ones), {@code 1e19} wrapped around the range of a long. An optimistic {@code updatedAt} sent so
 * was answered 409 "changed since it was read" — a conflict that never was. Text instants are Jackson's, unchanged.
 * <p>
 * A modifier, not a replacement deserializer: it wraps whichever one the mapper found for {@link Instant} (the
 * java.time module's, with its {@code @JsonFormat} handling), whatever order the modules were registered in.
 */
@Singleton
public class InstantsInRange implements ObjectMapperCustomizer {

    private static final BigDecimal EARLIEST = BigDecimal.valueOf(Instant.MIN.getEpochSecond());
    /** The last second an Instant holds, all of it: {@code 31556889864403199.999999999}. */
    private static final BigDecimal LATEST = BigDecimal.valueOf(Instant.MAX.getEpochSecond()).add(BigDecimal.ONE);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

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
                BigDecimal seconds = p.getDecimalValue();
                if (p.hasToken(JsonToken.VALUE_NUMBER_INT)
                        && !ctxt.isEnabled(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)) {
                    seconds = seconds.divide(THOUSAND); // a whole number is then milliseconds
                }
                if (seconds.compareTo(EARLIEST) < 0 || seconds.compareTo(LATEST) >= 0) {
                    throw new OutOfRangeException(p, p.getText());
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A number of seconds outside the time scale. */
    public static final class OutOfRangeException extends InvalidFormatException {
        OutOfRangeException(JsonParser p, String value) {
            super(p, "is no instant: " + value + " seconds since 1970 is outside the time scale", value, Instant.class);
        }
    }
}
