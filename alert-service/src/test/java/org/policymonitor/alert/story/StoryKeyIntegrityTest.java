package org.policymonitor.alert.story;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The story index's keys always belong to a member, and the member to an item (V13: the keys are checked against their
 * member once per statement instead of against the item once per row): a key without its member is refused as a
 * foreign key would refuse it, a member that goes — with its item or on its own — takes its keys, and what the storing
 * path writes leaves no key without its member.
 */
@QuarkusTest
class StoryKeyIntegrityTest {

    /**
     * Centuries ahead of every other test's items: nothing here meets them (or is deleted under them). 2726–2925, not
     * 2526–2925: ReclassifiedLanguageTest publishes at the same instant of a year drawn from 2526–2725, and the two
     * ranges overlapped (the same instant one run in 400).
     */
    private static final OffsetDateTime AHEAD = OffsetDateTime.parse("2026-07-01T10:00:00Z")
            .plusYears(700 + ThreadLocalRandom.current().nextInt(200));

    @Inject
    ItemStore items;
    @Inject
    DataSource dataSource;

    @Test
    void aKeyWithoutItsMemberIsRefused() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThatThrownBy(() -> update(c, "INSERT INTO story_key (key, at, item_id) VALUES ('p:nobody', now(), ?)",
                    "no-such-item")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
            String stored = storeOne("refused");
            assertThatThrownBy(() -> update(c, "UPDATE story_key SET item_id = 'no-such-item' WHERE item_id = ?", stored))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
            assertThat(count(c, "SELECT count(*) FROM story_key WHERE item_id = ?", stored)).as("keys kept").isPositive();
        }
    }

    @Test
    void aDeletedItemTakesItsMemberAndKeys() throws Exception {
        String id = storeOne("deleted");
        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "SELECT count(*) FROM story_key WHERE item_id = ?", id)).isPositive();
            update(c, "DELETE FROM item WHERE id = ?", id);
            assertThat(count(c, "SELECT count(*) FROM story_member WHERE item_id = ?", id)).isZero();
            assertThat(count(c, "SELECT count(*) FROM story_key WHERE item_id = ?", id)).isZero();
        }
    }

    @Test
    void aDeletedMemberTakesItsKeys() throws Exception {
        String id = storeOne("member");
        try (Connection c = dataSource.getConnection()) {
            update(c, "DELETE FROM story_member WHERE item_id = ?", id);
            assertThat(count(c, "SELECT count(*) FROM story_key WHERE item_id = ?", id)).isZero();
        }
    }

    @Test
    void storedBatchesLeaveNoKeyWithoutItsMemberAndItem() throws Exception {
        String source = TestItems.uniqueSource("keys");
        List<ClassifiedItem> batch = List.of(
                item(source, "1", "Lukashenko signs Decree No. 135 on digital development"),
                item(source, "2", "Лукашенко подписал Указ № 135 о развитии цифровой экономики"),
                item(source, "3", "Council of Ministers adopts Resolution No. 256 on the budget"));
        items.store(batch);
        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "SELECT count(*) FROM story_key k JOIN item i ON i.id = k.item_id WHERE i.source_id = ?",
                    source)).isGreaterThan(3);
            assertThat(count(c, """
                    SELECT count(*) FROM story_key k
                    WHERE NOT EXISTS (SELECT 1 FROM story_member m JOIN item i ON i.id = m.item_id
                                      WHERE m.item_id = k.item_id)""", null)).isZero();
        }
    }

    /**
     * The index rows a stored batch writes are exactly its members' indexed keys ({@link Keys#indexed} of the features
     * the member row keeps, with their subject entries: {@code StoryStore.indexEntries}), each once, at its member's time to the microsecond: what the candidate search finds an
     * item by, and what a member's deletion takes with it.
     */
    @Test
    void aStoredBatchIndexesEachMemberByItsIndexedKeysAtItsTime() throws Exception {
        String source = TestItems.uniqueSource("indexed");
        List<ClassifiedItem> batch = List.of(
                item(source, "1", "Lukashenko signs Decree No. 136 on \"digital\" development, a, b"),
                item(source, "2", "Лукашенко подписал Указ № 136 о развитии цифровой экономики"),
                item(source, "3", "Snow in the capital"),
                item(source, "4", "Council of Ministers adopts Resolution No. 257 on the budget of Minsk"));
        items.store(batch);
        try (Connection c = dataSource.getConnection()) {
            for (ClassifiedItem ci : batch) {
                String id = ci.item().id();
                StoryFeatures member;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT language, at, link, simhash, keys FROM story_member WHERE item_id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("member of %s", id).isTrue();
                        member = new StoryFeatures(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getLong(4), Set.of((String[]) rs.getArray(5).getArray()));
                    }
                }
                List<String> keys = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT k.key FROM story_key k JOIN story_member m ON m.item_id = k.item_id AND m.at = k.at"
                                + " WHERE k.item_id = ? ORDER BY k.key")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            keys.add(rs.getString(1));
                        }
                    }
                }
                assertThat(count(c, "SELECT count(*) FROM story_key WHERE item_id = ?", id))
                        .as("key rows of %s, all at its member's time", id).isEqualTo(keys.size());
                assertThat(keys).as("index keys of %s", id).isNotEmpty().doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(
                                new TreeSet<>(StoryStore.indexEntries(member, Keys.indexed(member))));
            }
        }
    }

    /**
     * Forty-fifth round: each stored item's subjects are index rows of their own ({@code s:}, written with its other
     * keys), and the subject look-up ({@code StoryStore.SUBJECT_ROWS}) reads the newest {@link StoryIndex#PER_SUBJECT}
     * of a subject within its window and no more, by the primary key backwards, however many items name the subject.
     */
    @Test
    void subjectEntriesAreWrittenWithTheKeysAndTheLookUpReadsTheNewestTwelveOfMany() throws Exception {
        String source = TestItems.uniqueSource("subject");
        FeatureExtractor extractor = new FeatureExtractor();
        List<ClassifiedItem> batch = new ArrayList<>();
        List<String> subjects = null;
        for (int k = 0; k < 40; k++) {
            String title = "Farm " + (k + 1) + " of Grodno Oblast sprays its fields with drones";
            FeedItem f = FeedItem.of(source, "S", "https://a.by/" + source + "/" + k, "s" + k, title, title, null, "en",
                    List.of(), null, AHEAD.plusYears(1000).plusHours(2L * k), null, Instant.now());
            batch.add(TestItems.untagged(f));
            List<String> its = Keys.subjectIndexed(extractor.extract(title, title, null, "en",
                    f.publishedAt().toInstant(), f.link(), List.of()));
            assertThat(its).as("the subjects of %s", title).isNotEmpty();
            subjects = its;
        }
        items.store(batch);
        String subject = subjects.get(0);
        Instant newest = batch.get(39).item().publishedAt().toInstant();
        try (Connection c = dataSource.getConnection()) {
            for (ClassifiedItem i : batch) {
                assertThat(count(c, "SELECT count(*) FROM story_key WHERE item_id = ? AND key LIKE 's:%'",
                        i.item().id())).as("subject entries of %s", i.item().id()).isEqualTo(subjects.size());
            }
            List<String> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(StoryStore.SUBJECT_ROWS)) {
                bindLookUp(c, ps, subject, newest);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        assertThat(rs.getString(4)).as("the member's story").isNotNull();
                        found.add(rs.getString(2));
                    }
                }
            }
            // 40 items over 78 hours, all within the 4 days: the newest 12, newest first
            List<String> newestTwelve = new ArrayList<>(batch.subList(28, 40).stream()
                    .map(i -> i.item().id()).toList());
            Collections.reverse(newestTwelve);
            assertThat(found).containsExactlyElementsOf(newestTwelve);
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF) " + StoryStore.SUBJECT_ROWS)) {
                bindLookUp(c, ps, subject, newest);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            assertThat(plan.toString()).as("the look-up's plan").containsPattern(
                    "Index (Only )?Scan Backward using story_key_pkey on story_key sk \\(actual[^)]* rows=12(\\.00)? loops");
        }
    }

    private static void bindLookUp(Connection c, PreparedStatement ps, String subject, Instant at) throws SQLException {
        ps.setArray(1, c.createArrayOf("text", new Object[]{subject}));
        ps.setTimestamp(2, Timestamp.from(at.minus(StoryIndex.SUBJECT_WINDOW)));
        ps.setTimestamp(3, Timestamp.from(at));
        ps.setInt(4, StoryIndex.PER_SUBJECT);
    }

    private String storeOne(String what) {
        ClassifiedItem c = item(TestItems.uniqueSource(what), "1", "Decree No. 212 on " + what + " signed in Minsk");
        items.store(List.of(c));
        return c.item().id();
    }

    private static ClassifiedItem item(String source, String guid, String title) {
        FeedItem f = FeedItem.of(source, "S", "https://a.by/" + source + "/" + guid, guid, title, title, null, "en",
                List.of(), null, AHEAD, null, Instant.now());
        return TestItems.untagged(f);
    }

    private static void update(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
