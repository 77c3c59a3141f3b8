package org.policymonitor.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * The JSON mapping of the events: ISO-8601 dates that keep their offset, unknown fields tolerated
 * (a newer producer must not break an older consumer).
 */
public final class EventJson {

    /**
     * A record is one event: content after its value (two events run together, a stray byte) is refused, not dropped
     * unseen (FAIL_ON_TRAILING_TOKENS). Only here, for the records: the REST layers' mappers keep Quarkus's settings.
     */
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build());

    private EventJson() {
    }

    /** Applies the event settings to a mapper (e.g. the one Quarkus manages). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(IsoDateTimes.module()) // the common date shapes without DateTimeFormatter
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static byte[] toBytes(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @throws IllegalArgumentException with the parser's message when the text is not a valid event, and when it is
     *                                  the JSON {@code null}
     */
    public static <T> T fromJson(String json, Class<T> type) {
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        return notNull(value, type);
    }

    public static <T> T fromBytes(byte[] json, Class<T> type) {
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        return notNull(value, type);
    }

    /**
     * The text {@code null} is valid JSON that Jackson reads as no object at all: a consumer handed it went on to
     * call a method of it and dead-lettered the record with a NullPointerException's words as the reason.
     */
    private static <T> T notNull(T value, Class<T> type) {
        if (value == null) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName()
                    + ": the record is JSON null, not an object");
        }
        return value;
    }
}
