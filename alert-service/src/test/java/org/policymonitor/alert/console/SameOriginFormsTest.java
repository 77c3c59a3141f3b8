package org.policymonitor.alert.console;

import org.policymonitor.platform.web.SameOrigin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginFormsTest {

    @Test
    void onlyThisHostCounts() {
        assertThat(SameOrigin.sameHost("http://localhost:8083", "localhost:8083")).isTrue();
        assertThat(SameOrigin.sameHost("https://console.example.org/console/items/1", "console.example.org")).isTrue();
        assertThat(SameOrigin.sameHost("https://evil.example", "localhost:8083")).isFalse();
        assertThat(SameOrigin.sameHost("http://localhost:9999", "localhost:8083")).isFalse();
        assertThat(SameOrigin.sameHost("http://localhost.evil.example:8083", "localhost:8083")).isFalse();
        assertThat(SameOrigin.sameHost(null, "localhost:8083")).isFalse();
        assertThat(SameOrigin.sameHost("not a url", "localhost:8083")).isFalse();
    }
}
