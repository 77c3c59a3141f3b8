package org.policymonitor.alert.story;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item reclassified in another language (the classifier now reads a {@code ru}-labelled listing's item as
 * Belarusian) is grouped in that language from then on: its member row — what later items' grouping compares with
 * it — and its index keys (the SimHash bands are per language) follow the item's language, its story stays. Before,
 * {@code item.language} changed and the member row kept the first classification's language and keys.
 */
@QuarkusTest
class ReclassifiedLanguageTest {

    /** Centuries ahead of every other test's items: nothing here meets them (StoryKeyIntegrityTest's are 2726–2925). */
    private static final OffsetDateTime AHEAD = OffsetDateTime.parse("2026-07-01T10:00:00Z")
            .plusYears(500 + ThreadLocalRandom.current().nextInt(200));

    @Inject
    ItemStore items;
    @Inject
    DataSource dataSource;

    @Test
    void aReclassificationInAnotherLanguageRegroupsTheMemberInThatLanguageAndKeepsItsStory() throws Exception {
        String source = TestItems.uniqueSource("relanguage");
        String title = "Палата прадстаўнікоў прыняла мадэльны закон аб штучным інтэлекце";
        String summary = "Дэпутаты прынялі ў першым чытанні законапраект аб штучным інтэлекце і лічбавай эканоміцы.";
        FeedItem labelledRussian = FeedItem.of(source, "S", "https://a.by/" + source + "/1", "1", title, summary,
                null, "ru", List.of(), null, AHEAD, null, Instant.now());
        ClassifiedItem first = new ClassifiedItem(labelledRussian, List.of(), "rules-1", Instant.now());
        items.store(List.of(first));
        Member before = member(labelledRussian.id());
        assertThat(before.language).isEqualTo("ru");

        // the next ruleset reads the same text as Belarusian
        items.store(List.of(new ClassifiedItem(labelledRussian, List.of(), "rules-2",
                first.classifiedAt().plusSeconds(60), "be")));

        Member after = member(labelledRussian.id());
        assertThat(after.language).as("the member row's language").isEqualTo("be");
        assertThat(after.story).as("the story is kept").isEqualTo(before.story);
        StoryFeatures asBelarusian = new FeatureExtractor().extract(title, summary, null, "be", after.at,
                labelledRussian.link(), new ActExtractor().extract(title, summary, null));
        assertThat(after.keys).as("the member's keys, as a Belarusian item's").isEqualTo(asBelarusian.keys());
        // its subject entries too (forty-fifth round: the subject look-up's, which the new language may read apart)
        assertThat(after.indexed).as("its index keys")
                .containsExactlyInAnyOrderElementsOf(StoryStore.indexEntries(asBelarusian, Keys.indexed(asBelarusian)))
                .anyMatch(k -> k.startsWith(Keys.SUBJECT))
                .anyMatch(k -> k.startsWith(Keys.SIMHASH_BAND + "be:"))
                .noneMatch(k -> k.startsWith(Keys.SIMHASH_BAND + "ru:"));
    }

    private record Member(String language, String story, Instant at, Set<String> keys, Set<String> indexed) {
    }

    private Member member(String itemId) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Member m;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT language, story_id, at, keys FROM story_member WHERE item_id = ?")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("member row of " + itemId).isTrue();
                    m = new Member(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            Set.of((String[]) rs.getArray(4).getArray()), new HashSet<>());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT key FROM story_key WHERE item_id = ?")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.indexed.add(rs.getString(1));
                    }
                }
            }
            return m;
        }
    }
}
