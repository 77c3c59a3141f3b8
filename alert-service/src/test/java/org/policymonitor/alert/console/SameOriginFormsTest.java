package org.policymonitor.alert.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginFormsTest {

    @Test
    void onlyThisHostCounts() {
        assertThat(SameOriginForms.sameHost("http://localhost:8083", "localhost:8083")).isTrue();
        assertThat(SameOriginForms.sameHost("https://console.example.org/console/items/1", "console.example.org")).isTrue();
        assertThat(SameOriginForms.sameHost("https://evil.example", "localhost:8083")).isFalse();
        assertThat(SameOriginForms.sameHost("http://localhost:9999", "localhost:8083")).isFalse();
        assertThat(SameOriginForms.sameHost("http://localhost.evil.example:8083", "localhost:8083")).isFalse();
        assertThat(SameOriginForms.sameHost(null, "localhost:8083")).isFalse();
        assertThat(SameOriginForms.sameHost("not a url", "localhost:8083")).isFalse();
    }
}
