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
        assertThat(WebhookSender.classify(status, "", null, null).kind()).isEqualTo(expected);
    }

    @Test
    void keepsTheReasonOfAFailure() {
        assertThat(WebhookSender.classify(404, "no such hook", null, null).error()).isEqualTo("HTTP 404: no such hook");
    }

    @Test
    void aRedirectSaysWhereToAndThatItIsNotFollowed() {
        assertThat(WebhookSender.classify(308, "moved", null, "https://new.example.org/hook").error())
                .isEqualTo("HTTP 308: the receiver redirects to https://new.example.org/hook; redirects are not followed:"
                        + " change the subscription's url if the receiver moved");
        assertThat(WebhookSender.classify(302, "", null, null).error())
                .isEqualTo("HTTP 302: the receiver redirects (no Location); redirects are not followed:"
                        + " change the subscription's url if the receiver moved");
        // what the receiver wrote is cut and kept on one line: it is shown to admins and logged
        assertThat(WebhookSender.classify(301, "", null, "https://a.example/" + "x".repeat(500) + "\r\nX-Evil: 1").error())
                .hasSizeLessThan(320).doesNotContain("\r", "\n");
    }

    @Test
    void goneSaysTheEndpointNoLongerExists() {
        assertThat(WebhookSender.classify(410, "", null, null).error())
                .isEqualTo("HTTP 410 Gone: the receiver says this webhook no longer exists;"
                        + " change the subscription's url or disable it");
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
