package org.policymonitor.alert.search;

import org.junit.jupiter.api.Test;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemQueryTest {

    @Test
    void userInputOnlyEverBecomesParameters() {
        String hostile = "'; DROP TABLE item; --";
        ItemFilter f = ItemFilter.parse(List.of("ai-law"), List.of("belta-ru"), List.of("ru"), null, null, null, null,
                hostile, null, "true");
        SqlFragment where = ItemQuery.where(f);
        assertThat(where.sql()).doesNotContain("DROP").contains("websearch_to_tsquery");
        assertThat(where.params()).contains(hostile);
        // a source id is of the catalogue's form or refused before any SQL is written (trial23)
        assertThatThrownBy(() -> ItemFilter.parse(null, List.of(hostile), null, null, null, null, null, null, null,
                null)).isInstanceOf(ProblemException.class).hasMessageContaining("is no source id");
    }

    /**
     * A query with Cyrillic letters is read as Belarusian too (the vector's Belarusian pass, V27), bound like the
     * others; a query without them (English, numbers) is searched exactly as before: no extra pass, the same rank.
     */
    @Test
    void onlyACyrillicQueryIsReadAsBelarusianToo() {
        ItemFilter be = ItemFilter.parse(null, null, null, null, null, null, null, "штучны інтэлект", null, null);
        assertThat(ItemQuery.where(be).sql()).contains("belarusian_folded(?)");
        assertThat(ItemQuery.where(be).params()).containsExactly("штучны інтэлект", "штучны інтэлект",
                "штучны інтэлект", "штучны інтэлект");
        assertThat(ItemQuery.orderBy("relevance", be).sql()).contains("belarusian_folded(?)");
        assertThat(ItemQuery.orderBy("relevance", be).params()).hasSize(4);

        ItemFilter en = ItemFilter.parse(null, null, null, null, null, null, null, "AI act 2026", null, null);
        assertThat(ItemQuery.where(en).sql()).doesNotContain("belarusian");
        assertThat(ItemQuery.where(en).params()).hasSize(3);
        assertThat(ItemQuery.orderBy("relevance", en).sql()).doesNotContain("belarusian");
    }

    @Test
    void sortIsWhitelisted() {
        ItemFilter none = ItemFilter.parse(null, null, null, null, null, null, null, null, null, null);
        assertThat(ItemQuery.orderBy("-fetchedAt", none).sql()).contains("i.fetched_at DESC");
        assertThatThrownBy(() -> ItemQuery.orderBy("id; DROP TABLE item", none)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ItemQuery.orderBy("relevance", none)).isInstanceOf(ProblemException.class);
    }

    @Test
    void datesWithoutTimeCoverTheWholeDay() {
        ItemFilter f = ItemFilter.parse(null, null, null, "2026-01-15", "2026-01-15", null, null, null, null, null);
        assertThat(f.publishedFrom()).hasToString("2026-01-15T00:00:00Z");
        assertThat(f.publishedTo()).hasToString("2026-01-16T00:00:00Z");
    }

    /**
     * A '+' written in a URL's query is a space once decoded, so the filter table's own example,
     * {@code ?publishedFrom=2026-01-31T10:00:00+03:00} typed into curl or a browser, arrives as "…10:00:00 03:00":
     * it was a 400 saying "must be … a date-time with offset" to a user who had given one (trial13, demo). A space
     * where the offset's sign stands can only be that '+'.
     */
    @Test
    void anOffsetWhosePlusArrivedAsASpaceIsReadAsThePlus() {
        ItemFilter f = ItemFilter.parse(null, null, null, "2026-01-31T10:00:00 03:00", "2026-02-01T00:00 05:30",
                "2026-01-31T10:00:00.5 03:00", null, null, null, null);
        assertThat(f.publishedFrom()).hasToString("2026-01-31T07:00:00Z");
        assertThat(f.publishedTo()).hasToString("2026-01-31T18:30:00Z");
        assertThat(f.fetchedFrom()).hasToString("2026-01-31T07:00:00.500Z");
        // anything else with a space is still refused, naming the field
        assertThatThrownBy(() -> ItemFilter.parse(null, null, null, "2026-01-31 10:00:00Z", null, null, null, null,
                null, null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("publishedFrom"));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsA400NamingIt() {
        // an empty 200 would read as "nothing published then", not as the swapped dates it is
        assertThatThrownBy(() -> ItemFilter.parse(null, null, null, "2026-02-01", "2026-01-15", null, null, null, null,
                null)).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("publishedTo");
                });
        assertThatThrownBy(() -> ItemFilter.parse(null, null, null, null, null, "2026-01-31T12:00:00Z",
                "2026-01-31T10:00:00Z", null, null, null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().detail()).contains("fetchedTo").contains("fetchedFrom"));
        // one day, and an empty range of one instant, are fine
        assertThat(ItemFilter.parse(null, null, null, "2026-01-15", "2026-01-15", "2026-01-31T10:00:00Z",
                "2026-01-31T10:00:00Z", null, null, null).fetchedTo()).hasToString("2026-01-31T10:00:00Z");
    }

    @Test
    void commaSeparatedAndRepeatedValuesAreEquivalent() {
        ItemFilter f = ItemFilter.parse(List.of("ai-law,cybersecurity", "ai-law"), null, List.of("ru-RU"), null, null,
                null, null, null, null, null);
        assertThat(f.themes()).containsExactly("ai-law", "cybersecurity");
        assertThat(f.languages()).containsExactly("ru");
    }
}
