package org.policymonitor.alert.item.store;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch's item rows are copied while the grouping matches (speed9: {@code ItemRows.Overlapped}, the copy left open
 * on the connection from the candidate search to the grouping's writes). A row the database refuses still fails the
 * whole batch — no item, member, story key or story of it is left — and the connection serves the next batch.
 */
@QuarkusTest
class OverlappedItemRowsTest {

    /** Centuries ahead of the other tests' items (and of StoryKeyIntegrityTest's 2726–2925): nothing meets them. */
    private static final Instant AHEAD = OffsetDateTime.parse("2026-03-01T10:00:00Z")
            .plusYears(1000 + ThreadLocalRandom.current().nextInt(200)).toInstant();

    @Inject
    ItemStore items;
    @Inject
    DataSource dataSource;

    @Test
    void aBatchWithARowTheDatabaseRefusesLeavesNothingAndTheNextBatchIsStored() throws Exception {
        String source = TestItems.uniqueSource("overlap");
        List<ClassifiedItem> good = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // the benchmark's items: they meet each other, found stories and join them
            good.add(TestItems.untagged(TestItems.benchmarkNews(source, source, i, AHEAD.plusSeconds(60L * i))));
        }
        // a NUL character: the grouping takes it, PostgreSQL's text input refuses it (in the item row's copy)
        FeedItem n = TestItems.benchmarkNews(source, source, 60, AHEAD.plusSeconds(3600));
        FeedItem refused = FeedItem.of(source, n.sourceName(), n.link(), n.guid(), n.title(),
                n.summary() + " \u0000 end", null, "en", n.categories(), null, n.publishedAt(), null, n.fetchedAt());
        List<ClassifiedItem> batch = new ArrayList<>(good);
        batch.add(30, TestItems.untagged(refused));

        assertThatThrownBy(() -> items.store(batch)).hasStackTraceContaining("0x00");

        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "SELECT count(*) FROM item WHERE source_id = ?", source)).as("items").isZero();
            assertThat(count(c, "SELECT count(*) FROM story_member WHERE item_id = ANY (?)", ids(c, batch)))
                    .as("members").isZero();
            assertThat(count(c, "SELECT count(*) FROM story_key WHERE item_id = ANY (?)", ids(c, batch)))
                    .as("story keys").isZero();
        }

        ItemStore.Result stored = items.store(good);

        assertThat(stored.created()).isEqualTo(good.size());
        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "SELECT count(*) FROM item WHERE source_id = ?", source)).isEqualTo(good.size());
            assertThat(count(c, "SELECT count(*) FROM story_member WHERE item_id = ANY (?)", ids(c, good)))
                    .as("a member per item").isEqualTo(good.size());
            assertThat(count(c, "SELECT count(DISTINCT item_id) FROM story_key WHERE item_id = ANY (?)", ids(c, good)))
                    .as("keys for every item").isEqualTo(good.size());
            assertThat(count(c, """
                    SELECT count(*) FROM story s WHERE s.id IN (SELECT story_id FROM story_member WHERE item_id = ANY (?))
                    AND s.item_count <> (SELECT count(*) FROM story_member m WHERE m.story_id = s.id)""", ids(c, good)))
                    .as("stories whose count is not their members'").isZero();
        }
    }

    private static Array ids(Connection c, List<ClassifiedItem> batch) throws SQLException {
        return c.createArrayOf("text", batch.stream().map(b -> b.item().id()).toArray());
    }

    private static long count(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
