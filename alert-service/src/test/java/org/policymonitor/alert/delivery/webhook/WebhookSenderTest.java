package org.policymonitor.alert.delivery.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.delivery.send.SendOutcome;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSenderTest {

    @ParameterizedTest
    @CsvSource({"200,DELIVERED", "204,DELIVERED", "299,DELIVERED", "408,RETRY", "429,RETRY", "500,RETRY", "503,RETRY",
            "400,PERMANENT_FAILURE", "401,PERMANENT_FAILURE", "404,PERMANENT_FAILURE", "410,PERMANENT_FAILURE",
            "301,PERMANENT_FAILURE"})
    void classifiesStatusCodes(int status, SendOutcome.Kind expected) {
        assertThat(WebhookSender.classify(status, "", null).kind()).isEqualTo(expected);
    }

    @Test
    void keepsTheReasonOfAFailure() {
        assertThat(WebhookSender.classify(404, "no such hook", null).error()).isEqualTo("HTTP 404: no such hook");
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        assertThat(WebhookSender.parseRetryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(60));
        assertThat(WebhookSender.parseRetryAfter(inAMinute)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
        assertThat(WebhookSender.parseRetryAfter("soon")).isNull();
        assertThat(WebhookSender.parseRetryAfter("-5")).isEqualTo(Duration.ZERO);
    }
}
