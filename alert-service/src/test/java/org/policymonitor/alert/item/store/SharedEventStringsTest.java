package org.policymonitor.alert.item.store;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.messaging.RecordParser;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prepared item is the item read from its record, its repeated small strings held once across items
 * ({@link SharedEventStrings}): equal in every value, the source, language, category, tag and evidence strings one
 * instance, the texts and ids each item's own.
 */
class SharedEventStringsTest {

    @Test
    void thePreparedItemEqualsTheOneReadAndItsRepeatedStringsAreOne() {
        PreparedItem.Preparer preparer = new PreparedItem.Preparer();
        ClassifiedItem[] read = new ClassifiedItem[2];
        PreparedItem[] prepared = new PreparedItem[2];
        for (int i = 0; i < 2; i++) {
            String link = "https://news.example.org/ai/" + i;
            String title = "Model law on artificial intelligence: hearing " + i;
            FeedItem item = FeedItem.of("news-source", "News Source", link, link, title,
                    "Deputies heard the model law on artificial intelligence.", null, "ru-RU", List.of("Law", "AI"),
                    "Editor", OffsetDateTime.of(2026, 12, 2, 10, i, 0, 0, ZoneOffset.ofHours(3)),
                    "Wed, 02 Dec 2026 10:0" + i + ":00 +0300", Instant.parse("2026-12-02T07:30:00.123456789Z"));
            ClassifiedItem c = new ClassifiedItem(item, TestItems.tagged(item, "ai-law", List.of("ai-law.title",
                    "ai-law.summary"), List.of(new Evidence("title", "artificial intelligence", 17, 40,
                    "ai-law.title"))).tags(), "rules-7", Instant.parse("2026-12-02T07:31:00Z"), "be");
            String value = TestItems.json(c);
            read[i] = RecordParser.classifiedItem(value);
            prepared[i] = preparer.prepare(RecordParser.classifiedItem(value));
            assertThat(prepared[i].classified()).isEqualTo(read[i]);
            assertThat(TestItems.json(prepared[i].classified())).isEqualTo(value);
        }
        FeedItem a = prepared[0].classified().item();
        FeedItem b = prepared[1].classified().item();
        assertThat(b.sourceId()).isSameAs(a.sourceId());
        assertThat(b.sourceName()).isSameAs(a.sourceName());
        assertThat(b.language()).isSameAs(a.language());
        assertThat(b.author()).isSameAs(a.author());
        assertThat(b.categories().get(1)).isSameAs(a.categories().get(1));
        ClassifiedItem ca = prepared[0].classified();
        ClassifiedItem cb = prepared[1].classified();
        assertThat(cb.rulesetVersion()).isSameAs(ca.rulesetVersion());
        assertThat(cb.analysedLanguage()).isSameAs(ca.analysedLanguage());
        assertThat(cb.tags().get(0).theme()).isSameAs(ca.tags().get(0).theme());
        assertThat(cb.tags().get(0).rules().get(1)).isSameAs(ca.tags().get(0).rules().get(1));
        Evidence ea = ca.tags().get(0).evidence().get(0);
        Evidence eb = cb.tags().get(0).evidence().get(0);
        assertThat(eb.field()).isSameAs(ea.field());
        assertThat(eb.text()).isSameAs(ea.text());
        assertThat(eb.rule()).isSameAs(ea.rule());
        // what does not repeat stays each item's own: nothing held for it
        assertThat(b.summary()).isEqualTo(a.summary()).isNotSameAs(a.summary());
        assertThat(b.publishedRaw()).isNotEqualTo(a.publishedRaw());
    }
}
