package org.policymonitor.alert.subscription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * The validator accepts a language with its region ({@code be-BY}, {@code ru_RU}), and {@code GET /api/items}
     * reads one as its language; items are stored with the primary tag ({@code be}). A subscription to {@code be-BY}
     * matched no item and stayed silent for good.
     */
    @ParameterizedTest(name = "subscribed to {0}, item in {1}")
    @CsvSource({
            "be-BY, be",
            "ru_RU, ru",
            "RU-ru, ru-BY",
            "EN,    en"})
    void aLanguageWithItsRegionMatchesItemsInThatLanguage(String subscribed, String itemLanguage) {
        SubscriptionFilter f = new SubscriptionFilter(List.of(), List.of(), List.of(subscribed));
        assertThat(f.matchesItem("belta", itemLanguage, List.of("ai-law"))).isTrue();
        assertThat(f.matchesItem("belta", "kk", List.of("ai-law"))).isFalse();
    }

    /**
     * An item whose language has no primary subtag ("-", "_", "--en") is an item with no language: a subscription
     * without a language filter gets it, one with a language does not. Until 6 December 2026 "-" and "_" threw
     * ArrayIndexOutOfBoundsException ("-".split("[-_]") is empty) while the consumer matched the item, and the record
     * went to the dead-letter topic, lost from the items.
     */
    @ParameterizedTest(name = "item in ''{0}''")
    @ValueSource(strings = {"-", "_", "--en", "_-", " ", ""})
    void anItemWhoseLanguageHasNoPrimarySubtagHasNoLanguage(String itemLanguage) {
        SubscriptionFilter any = new SubscriptionFilter(List.of(), List.of(), List.of());
        SubscriptionFilter english = new SubscriptionFilter(List.of(), List.of(), List.of("en"));
        assertThat(any.matchesItem("belta", itemLanguage, List.of("ai-law"))).isTrue();
        assertThat(english.matchesItem("belta", itemLanguage, List.of("ai-law"))).isFalse();
        assertThat(SubscriptionFilter.Item.of("belta", itemLanguage, List.of("ai-law")).primaryLanguage()).isNull();
    }
}
