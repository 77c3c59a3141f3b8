package org.policymonitor.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The 400 of a JSON number no instant can be says what the number was read as — seconds, or milliseconds for a whole
 * number when the mapper reads whole numbers so ({@code READ_DATE_TIMESTAMPS_AS_NANOSECONDS} off) — and the range
 * allowed in that unit. Until 6 December 2026 it always spoke of seconds: a whole number read as milliseconds was
 * called "seconds since 1970", and one past a long's range in milliseconds was let through to Jackson.
 */
class InstantsInRangeTest {

    record Body(Instant updatedAt) {
    }

    private static final String SECONDS = "(-31557014167219200 to 31556889864403199.999999999 seconds)";
    private static final String MILLISECONDS = "(-9223372036854775808 to 9223372036854775807 milliseconds)";

    @ParameterizedTest(name = "{0} with whole numbers as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1e400                     | seconds      | 1e400, read as seconds since 1970, is outside the time scale $S
            31556889864403200         | seconds      | 31556889864403200, read as seconds since 1970, is outside the time scale $S
            -31557014167219201        | seconds      | -31557014167219201, read as seconds since 1970, is outside the time scale $S
            9223372036854775808       | seconds      | 9223372036854775808, read as seconds since 1970, is outside the time scale $S
            1e19                      | milliseconds | 1e19, read as seconds since 1970, is outside the time scale $S
            31556889864403200000      | milliseconds | 31556889864403200000, read as milliseconds since 1970, is outside the time scale $M
            9223372036854775808       | milliseconds | 9223372036854775808, read as milliseconds since 1970, is outside the time scale $M
            -9223372036854775809      | milliseconds | -9223372036854775809, read as milliseconds since 1970, is outside the time scale $M
            """)
    void aNumberNoInstantCanBeIsA400SayingWhatItWasReadAsAndTheRangeInThatUnit(String number, String wholeNumbers,
                                                                                String expected) {
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper(wholeNumbers).readValue("{\"updatedAt\": " + number + "}", Body.class));
        Response response = new ProblemMappers().jsonOther(failure);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Problem) response.getEntity()).detail()).isEqualTo("updatedAt: must be a date-time such as "
                + "2026-01-31T10:00:00Z; " + expected.replace("$S", SECONDS).replace("$M", MILLISECONDS));
    }

    @ParameterizedTest(name = "{0} with whole numbers as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1796209500                | seconds      | 2026-12-02T11:05:00Z
            1796209500.5              | seconds      | 2026-12-02T11:05:00.500Z
            1796209500000             | milliseconds | 2026-12-02T11:05:00Z
            9223372036854775807       | milliseconds | +292278994-08-17T07:12:55.807Z
            31556889864403199         | seconds      | +1000000000-12-31T23:59:59Z
            """)
    void aNumberInRangeIsReadAsBefore(String number, String wholeNumbers, String expected) throws Exception {
        assertThat(mapper(wholeNumbers).readValue("{\"updatedAt\": " + number + "}", Body.class).updatedAt())
                .isEqualTo(Instant.parse(expected));
    }

    private static ObjectMapper mapper(String wholeNumbers) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS, wholeNumbers.equals("seconds"));
        new InstantsInRange().customize(mapper);
        return mapper;
    }
}
