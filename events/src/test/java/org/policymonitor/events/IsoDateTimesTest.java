package org.policymonitor.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events' dates read through {@link IsoDateTimes} are exactly what jackson-datatype-jsr310 alone reads (value,
 * offset kept), and text it refuses is still refused: the fast path only finds the same value sooner.
 */
class IsoDateTimesTest {

    /** The mapping before IsoDateTimes: JavaTimeModule with the events' settings. */
    static final ObjectMapper STANDARD = JsonMapper.builder().build().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    record Dates(Instant instant, OffsetDateTime offsetDateTime) {
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-03T08:40:00Z", "2026-11-03T11:34:41+03:00", "2026-11-03T11:34:41-05:30", "2026-11-03T11:34:41+00:00",
            "2026-11-03T11:34:41-00:00", "2026-11-03T11:34:41+18:00", "2026-11-03T11:34:41.5Z",
            "2026-11-03T11:34:41.123Z", "2026-11-03T11:34:41.123456789+03:00", "2026-11-03T11:34:41.000001-01:00",
            "2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
            // shapes the fast path leaves to the standard parser: same value or same refusal
            "2026-11-03T11:34Z", "2026-11-03t11:34:41z", "2026-11-03T11:34:41+0300", "2026-11-03T11:34:41+03",
            "2026-11-03T11:34:41+03:00:30", "2026-11-03T11:34:41.1234567890Z", "2026-11-03T11:34:41.Z",
            " 2026-11-03T11:34:41Z ", "2026-11-03T24:00:00Z", "2026-12-31T23:59:60Z", "2026-11-03T11:34:41+19:00",
            "2026-11-03T11:34:41+05:60", "2026-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z",
            "2026-11-03T11:60:00Z", "+12026-11-03T11:34:41Z", "-0001-11-03T11:34:41Z", "2026-11-03 11:34:41Z",
            "2026-11-03T11:34:41", "2026-11-03", "1762159241", "1762159241.5", "", "not a date", "２０２６-11-03T11:34:41Z"})
    void readsWhatTheStandardMappingReads(String text) throws Exception {
        String json = STANDARD.writeValueAsString(new LinkedHashMap<>(Map.of("instant", text,
                "offsetDateTime", text)));
        assertThat(outcome(EventJson.mapper(), json)).isEqualTo(outcome(STANDARD, json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"instant\": null, \"offsetDateTime\": null}", "{\"instant\": 1762159241123}",
            "{\"offsetDateTime\": 1762159241.5}", "{\"instant\": [2026]}", "{}"})
    void readsOtherTokensAsTheStandardMappingDoes(String json) {
        assertThat(outcome(EventJson.mapper(), json)).isEqualTo(outcome(STANDARD, json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-03T08:40:00Z", "2026-11-03T11:34:41+03:00", "2026-11-03T11:34:41.123456789-05:30"})
    void theShapesTheServicesWriteAreReadWithoutTheFormatter(String text) {
        assertThat(IsoDateTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
        assertThat(IsoDateTimes.parse(EventJson.toJson(OffsetDateTime.parse(text)).replace("\"", ""))).isNotNull();
        assertThat(IsoDateTimes.parse(EventJson.toJson(Instant.parse(text)).replace("\"", ""))).isNotNull();
    }

    /** The value read with its offset, or the error's type (the message names the deserializer, which differs). */
    static String outcome(ObjectMapper mapper, String json) {
        try {
            Dates dates = mapper.readValue(json, Dates.class);
            return dates.instant() + " | " + dates.offsetDateTime()
                    + (dates.offsetDateTime() == null ? "" : " offset " + dates.offsetDateTime().getOffset());
        } catch (Exception e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
