package org.policymonitor.alert.console;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.subscription.SubscriptionView;

import java.time.Instant;
import java.util.List;

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
        MultivaluedHashMap<String, String> form = emailForm("desk");
        form.putSingle("changes", "true");
        assertThat(SubscriptionForm.of(null, form, false).toRequest(null).changes()).isTrue();
        form.remove("changes");
        assertThat(SubscriptionForm.of(null, form, false).toRequest(null).changes()).isFalse();
    }

    /**
     * The form had no "one alert per story" choice and sent none, so saving a subscription from the console — to
     * rename it, say — turned its {@code oncePerStory} off, and its team got an alert per version again.
     */
    @Test
    void theOncePerStoryChoiceIsShownAndKeptWhenTheSubscriptionIsSaved() {
        SubscriptionView stored = new SubscriptionView(7L, "desk", "email", "desk@example.org", null, null,
                List.of("ai-law"), List.of(), List.of(), "immediate", null, false, true, true, Instant.EPOCH,
                Instant.EPOCH, false);
        assertThat(SubscriptionForm.of(stored).toRequest(null).oncePerStory()).isTrue();

        MultivaluedHashMap<String, String> form = emailForm("desk, renamed");
        form.putSingle("oncePerStory", "true");
        assertThat(SubscriptionForm.of(7L, form, false).toRequest(null).oncePerStory()).isTrue();
        form.remove("oncePerStory");
        assertThat(SubscriptionForm.of(7L, form, false).toRequest(null).oncePerStory()).isFalse();
    }

    /** The form carries the version it was opened on, so that the API refuses to save it over a later change (409). */
    @Test
    void theFormSendsBackTheVersionItWasOpenedOn() {
        Instant read = Instant.parse("2026-12-02T06:14:12.555143Z");
        SubscriptionView stored = new SubscriptionView(7L, "desk", "email", "desk@example.org", null, null,
                List.of("ai-law"), List.of(), List.of(), "immediate", null, false, true, false, Instant.EPOCH, read,
                false);
        assertThat(SubscriptionForm.of(stored).updatedAt()).isEqualTo("2026-12-02T06:14:12.555143Z");

        MultivaluedHashMap<String, String> form = emailForm("desk");
        form.putSingle("updatedAt", "2026-12-02T06:14:12.555143Z");
        assertThat(SubscriptionForm.of(7L, form, false).toRequest(null).updatedAt()).isEqualTo(read);
        form.putSingle("updatedAt", "not a time");
        assertThat(SubscriptionForm.of(7L, form, false).toRequest(null).updatedAt()).isNull();
        assertThat(SubscriptionForm.empty().toRequest(null).updatedAt()).isNull();
    }

    /** The console's form for an enabled, immediate email subscription to desk@example.org, as a browser posts it. */
    private static MultivaluedHashMap<String, String> emailForm(String name) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("name", name);
        form.putSingle("channel", "email");
        form.putSingle("email", "desk@example.org");
        form.putSingle("mode", "immediate");
        form.putSingle("enabled", "true");
        return form;
    }
}
