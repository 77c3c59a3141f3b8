package org.policymonitor.alert.subscription;

import org.junit.jupiter.api.Test;

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

    @Test
    void sourcesAndLanguagesRestrict() {
        SubscriptionFilter f = new SubscriptionFilter(List.of(), List.of("belta-ru"), List.of("ru"));
        assertThat(f.matchesItem("belta-ru", "ru-RU", List.of("ai-law"))).isTrue();
        assertThat(f.matchesItem("belta-en", "ru", List.of("ai-law"))).isFalse();
        assertThat(f.matchesItem("belta-ru", "en", List.of("ai-law"))).isFalse();
        assertThat(f.matchesItem("belta-ru", null, List.of("ai-law"))).isFalse();
        assertThat(f.matchesSource("belta-ru")).isTrue();
    }
}
