package org.policymonitor.alert.subscription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionFilterTest {

    @Test
    void emptyListsDoNotRestrictButUntaggedItemsNeverAlert() {
        SubscriptionFilter all = new SubscriptionFilter(List.of(), List.of(), List.of());
        assertThat(all.matchesItem("belta", "ru", List.of("ai-law"))).isTrue();
        assertThat(all.matchesItem("belta", "ru", List.of())).isFalse();
    }

    @Test
    void themesAreAnyOf() {
        SubscriptionFilter f = new SubscriptionFilter(List.of("ai-law", "cybersecurity"), List.of(), List.of());
        assertThat(f.matchesItem("s", "en", List.of("artificial-intelligence", "ai-law"))).isTrue();
        assertThat(f.matchesItem("s", "en", List.of("data-protection"))).isFalse();
    }

    @ParameterizedTest(name = "source {0}, language {1}: {2}")
    @CsvSource({
            "belta-ru, ru-RU, true",
            "belta-en, ru,    false",
            "belta-ru, en,    false",
            "belta-ru,      , false"})
    void sourcesAndLanguagesRestrict(String source, String language, boolean matches) {
        SubscriptionFilter f = new SubscriptionFilter(List.of(), List.of("belta-ru"), List.of("ru"));
        assertThat(f.matchesItem(source, language, List.of("ai-law"))).isEqualTo(matches);
        assertThat(f.matchesSource("belta-ru")).isTrue();
    }
}
