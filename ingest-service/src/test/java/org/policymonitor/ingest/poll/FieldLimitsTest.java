package org.policymonitor.ingest.poll;

import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.parse.ParsedItem;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldLimitsTest {

    @Test
    void oversizedFieldsAreCutAtAWordWithAnEllipsisAndLinkAndGuidAreKept() {
        String words = "policy ".repeat(30_000);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            tags.add("tag " + (i % 200));
        }
        tags.add("x".repeat(1_000));
        String link = "https://news.example/" + "a".repeat(3_000);
        ParsedItem item = new ParsedItem(link, "guid-1", words, words, words + words, "en", tags, words,
                OffsetDateTime.parse("2025-05-19T10:00+03:00"), "19.05.2025");

        ParsedItem limited = FieldLimits.apply(item);

        assertThat(limited.title()).hasSizeLessThanOrEqualTo(FieldLimits.TITLE_CHARS).endsWith("policy…");
        assertThat(limited.summary()).hasSizeLessThanOrEqualTo(FieldLimits.SUMMARY_CHARS).endsWith("…");
        assertThat(limited.content()).hasSizeLessThanOrEqualTo(FieldLimits.CONTENT_CHARS).endsWith("…");
        assertThat(limited.author()).hasSizeLessThanOrEqualTo(FieldLimits.AUTHOR_CHARS);
        assertThat(limited.categories()).hasSize(FieldLimits.CATEGORIES).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(FieldLimits.CATEGORY_CHARS));
        assertThat(limited.link()).isEqualTo(link);
        assertThat(limited.guid()).isEqualTo("guid-1");
        assertThat(limited.publishedAt()).isEqualTo(item.publishedAt());
        assertThat(limited.publishedRaw()).isEqualTo("19.05.2025");
    }

    @Test
    void ordinaryItemsAreLeftAlone() {
        ParsedItem item = new ParsedItem("https://x.example/1", null, "Title", "Lead", null, "ru", List.of("a", "b"),
                null, null, null);
        assertThat(FieldLimits.apply(item)).isEqualTo(item);
    }
}
