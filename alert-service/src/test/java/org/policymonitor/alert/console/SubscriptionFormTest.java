package org.policymonitor.alert.console;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionFormTest {

    @Test
    void apiFieldsMapToTheirFormInputs() {
        assertThat(SubscriptionForm.input("email")).isEqualTo("email");
        assertThat(SubscriptionForm.input("themes[1]")).isEqualTo("themes");
        assertThat(SubscriptionForm.input("languages[0]")).isEqualTo("languages");
        assertThat(SubscriptionForm.input("digest")).isEqualTo("digestPeriod");
        assertThat(SubscriptionForm.input("digest.at")).isEqualTo("digestAt");
        assertThat(SubscriptionForm.input("digest.timeZone")).isEqualTo("digestTimeZone");
        assertThat(SubscriptionForm.input("somethingNew")).isEqualTo("form");
        assertThat(SubscriptionForm.input(null)).isEqualTo("form");
    }

    @Test
    void theChangesChoiceIsKeptFromTheFormToTheRequest() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("name", "desk");
        form.putSingle("channel", "email");
        form.putSingle("email", "desk@example.org");
        form.putSingle("mode", "immediate");
        form.putSingle("enabled", "true");
        form.putSingle("changes", "true");
        assertThat(SubscriptionForm.of(null, form, false).toRequest(null).changes()).isTrue();
        form.remove("changes");
        assertThat(SubscriptionForm.of(null, form, false).toRequest(null).changes()).isFalse();
    }
}
