package org.policymonitor.alert.delivery.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

    private static final byte[] BODY = "{\"type\":\"item\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAKnownHmacSha256Vector() {
        // printf '1700000000.{"type":"item"}' | openssl dgst -sha256 -hmac 'secret'
        assertThat(WebhookSigner.sign("secret", 1_700_000_000L, BODY))
                .isEqualTo("sha256=9b436355aaebdc66168081ba0900dde89596e3c6b586f915ea2a9d539bec4d03");
    }

    @Test
    void verifiesOnlyTheExactBodyTimestampAndSecret() {
        String signature = WebhookSigner.sign("secret", 1_700_000_000L, BODY);
        assertThat(WebhookSigner.verify("secret", "1700000000", BODY, signature)).isTrue();
        assertThat(WebhookSigner.verify("secret", "1700000001", BODY, signature)).isFalse();
        assertThat(WebhookSigner.verify("other", "1700000000", BODY, signature)).isFalse();
        assertThat(WebhookSigner.verify("secret", "1700000000", "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(WebhookSigner.verify("secret", "not-a-number", BODY, signature)).isFalse();
        assertThat(WebhookSigner.verify("secret", null, BODY, signature)).isFalse();
    }
}
