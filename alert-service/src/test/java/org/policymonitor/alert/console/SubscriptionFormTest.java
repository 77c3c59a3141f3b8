package org.policymonitor.alert.console;

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
}
