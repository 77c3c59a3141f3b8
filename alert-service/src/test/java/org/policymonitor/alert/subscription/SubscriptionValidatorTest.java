package org.policymonitor.alert.subscription;

import org.junit.jupiter.api.Test;
import org.policymonitor.platform.web.Problem;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionValidatorTest {

    private final SubscriptionValidator validator = new SubscriptionValidator(Set.of("ai-law", "cybersecurity"));

    private List<String> fields(SubscriptionRequest r) {
        return validator.validate(r, true).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aValidDailyDigestPasses() {
        assertThat(fields(new SubscriptionRequest("ops", "email", "ops@example.org", null, null, List.of("ai-law"),
                List.of("belta-ru"), List.of("ru", "be"), "digest",
                new SubscriptionRequest.Digest("daily", "08:30", "Europe/Minsk"), true, true))).isEmpty();
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        assertThat(fields(new SubscriptionRequest("", "webhook", null, "http://", "short", List.of("nope"),
                List.of(""), List.of("english!"), "digest", new SubscriptionRequest.Digest("weekly", null, "Nowhere/City"),
                null, null)))
                .containsExactlyInAnyOrder("name", "url", "secret", "themes[0]", "sources[0]", "languages[0]",
                        "digest.period", "digest.timeZone");
    }

    /** The themes are those given (the ruleset's, see ThemeCatalogue), not a list of the validator's own. */
    @Test
    void theKnownThemesAreTheOnesGiven() {
        assertThat(new SubscriptionValidator(Set.of("astrology")).validate(new SubscriptionRequest("x", "email",
                "a@example.org", null, null, List.of("astrology"), null, null, null, null, null, null), true)).isEmpty();
    }

    @Test
    void theSecretIsNeverInToString() {
        assertThat(new SubscriptionRequest("x", "webhook", null, "https://h.example.org", "top-secret-value-123",
                null, null, null, null, null, null, null).toString()).doesNotContain("top-secret");
    }
}
