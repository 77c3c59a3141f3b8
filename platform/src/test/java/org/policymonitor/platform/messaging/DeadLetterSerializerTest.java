package org.policymonitor.platform.messaging;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure logic: what a dead letter's value becomes for a producer of a given max.request.size. */
class DeadLetterSerializerTest {

    @ParameterizedTest(name = "{0} chars of \"{1}\" with a {2}-byte reason at max.request.size {3}: {4} bytes, truncated header {5}")
    @CsvSource({
            // chars, text, reason bytes, max.request.size, bytes written, TRUNCATED header
            "1000,   x,  100, 1048576, 1000, ",
            "1000,   x,  100,   20000, 1000, ",
            "5000,   x,  100,   20000, 3449, 5000",
            "5000,   я,  100,   20000, 3449, 10000", // two bytes a character: never half a character
            "5000,   x, 50000, 1048576, 5000, ",     // the reason alone is cut to 8 KiB, the value fits
    })
    void aDeadLetterNeverExceedsWhatTheProducerMaySend(int chars, String text, int reasonBytes, int maxRequestSize,
                                                       int written, String truncated) {
        DeadLetterSerializer serializer = new DeadLetterSerializer();
        serializer.configure(Map.of("max.request.size", String.valueOf(maxRequestSize)), false);
        Headers headers = new RecordHeaders();
        DeadLetterHeaders.add(headers, DeadLetterHeaders.REASON, "r".repeat(reasonBytes));
        DeadLetterHeaders.add(headers, DeadLetterHeaders.TOPIC, "policy.items.raw");
        String value = text.repeat(chars);

        byte[] bytes = serializer.serialize("policy.items.raw.dlq", headers, value);

        String kept = new String(bytes, StandardCharsets.UTF_8);
        assertThat(bytes.length).isBetween(written - 1, written);
        assertThat(value).startsWith(kept);
        assertThat(header(headers, DeadLetterHeaders.TRUNCATED)).isEqualTo(truncated);
        assertThat(header(headers, DeadLetterHeaders.REASON)).hasSize(Math.min(reasonBytes, DeadLetterSerializer.MAX_HEADER_BYTES));
        assertThat(header(headers, DeadLetterHeaders.TOPIC)).isEqualTo("policy.items.raw");
    }

    private static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
