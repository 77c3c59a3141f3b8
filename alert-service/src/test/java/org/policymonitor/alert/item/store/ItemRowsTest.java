package org.policymonitor.alert.item.store;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import jakarta.persistence.EntityManager;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.jdbc.CsvCopy;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.alert.story.StoryStore;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new item rows written with plain JDBC, many to a statement ({@link ItemRows}), equal those Hibernate's entity
 * insert wrote before: every column (the tags' JSON, arrays, times, the generated full-text vector), for items with
 * and without the optional parts, and batches larger than one statement.
 */
@QuarkusTest
class ItemRowsTest {

    private static final String STORY = "st-rows-test";
    private static final String ACTS = "[{\"id\": \"decree:135\", \"kind\": \"decree\", \"number\": \"135\"}]";

    @Inject
    EntityManager em;
    @Inject
    StatelessSession stateless;
    @Inject
    DataSource dataSource;

    static Stream<ClassifiedItem> items() {
        String source = TestItems.uniqueSource("rows");
        Instant fetched = Instant.parse("2026-11-30T10:15:30.123456789Z");
        FeedItem full = FeedItem.of(source, "BelTA \"news\"", "https://www.belta.by/a/1?x=1&y=2", "g-1",
                "СНГ разрабатывает модельный закон об ИИ", "Summary with a 'quote', a \\ and a \"double\" one",
                "Full text\nwith lines, {braces}, commas, and «ёлочки»", "ru",
                List.of("Политика", "a,b", "{curly}", "quote\"d", "back\\slash", ""), "Author Name",
                OffsetDateTime.parse("2026-11-30T13:15:30.5+03:00"), "Mon, 30 Nov 2026 13:15:30 +0300", fetched);
        FeedItem bare = FeedItem.of(source, null, "https://a.by/2", null, "Only a title", null, null, null, null,
                null, null, null, fetched);
        FeedItem edited = FeedItem.of(source, "S", "https://a.by/3", "g-3", "Edited", "s", "second text", "en",
                List.of(), null, OffsetDateTime.parse("2026-11-30T10:00:00Z"), null, fetched).withContent("third", 3);
        Tag tag = new Tag("ai-law", List.of("ai-law.model-law", "ai-law.other"),
                List.of(new Evidence("title", "модельный закон", 17, 32, "ai-law.model-law"),
                        new Evidence("content", "ёлочки", 40, 46, "ai-law.other")));
        return Stream.of(new ClassifiedItem(full, List.of(tag, new Tag("cybersecurity", List.of(), List.of())),
                        "rules-\"1\"", fetched.plusMillis(1)),
                new ClassifiedItem(bare, List.of(), null, null),
                new ClassifiedItem(edited, List.of(new Tag("ai-law", List.of("r"), List.of())), "rules-1", fetched));
    }

    @ParameterizedTest
    @MethodSource("items")
    void aRowWrittenWithPlainJdbcEqualsTheEntitysInsert(ClassifiedItem c) throws Exception {
        Instant now = Instant.parse("2026-11-30T10:16:00.654321Z");
        ItemRows.Row ours = new ItemRows.Row(c, now, ACTS);
        ItemEntity hibernates = entity(c, now, c.item().id() + "-h");
        write(ours, hibernates);

        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("""
                     SELECT (to_jsonb(a) - 'id') = (to_jsonb(b) - 'id'), to_jsonb(a) - 'id', to_jsonb(b) - 'id'
                     FROM item a, item b WHERE a.id = ? AND b.id = ?""")) {
            ps.setString(1, ours.id());
            ps.setString(2, hibernates.id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).as("every column but the id").isEqualTo(rs.getString(3));
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
        ItemEntity read = QuarkusTransaction.requiringNew().call(() -> ItemEntity.<ItemEntity>findById(ours.id()));
        assertThat(read.tags).isEqualTo(c.tags());
        assertThat(read.categories).containsExactlyElementsOf(c.item().categories());
    }

    @Test
    void noActsAreWrittenAsTheMapperWritesThem() throws Exception {
        assertThat(StoryStore.actsJson(List.of())).isEqualTo(EventJson.mapper().writeValueAsString(List.of()));
    }

    @Test
    void aBatchLargerThanOneChunkOfTheCopyStreamIsStoredWhole() throws Exception {
        String source = TestItems.uniqueSource("many");
        String summary = "A summary of some length, \"quoted\", with a comma\nand a line. ".repeat(4);
        int n = CsvCopy.CHUNK * 2 / summary.length() + 37; // more than two chunks of the stream in summaries alone
        List<ItemRows.Row> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            FeedItem f = FeedItem.of(source, "S", "https://a.by/many/" + k, "g" + k, "Title " + k, summary + k, null,
                    "en", List.of("c" + k), null, null, null, Instant.now());
            rows.add(new ItemRows.Row(TestItems.untagged(f), Instant.now(), "[]"));
        }
        insertAll(rows);
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(
                     "SELECT count(*), count(DISTINCT title), min(categories[1]),"
                             + " count(*) FILTER (WHERE summary = ? || right(title, length(title) - 6))"
                             + " FROM item WHERE source_id = ?")) {
            ps.setString(1, summary);
            ps.setString(2, source);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(n);
                assertThat(rs.getInt(2)).isEqualTo(n);
                assertThat(rs.getString(3)).isEqualTo("c0");
                assertThat(rs.getInt(4)).as("summaries as written").isEqualTo(n);
            }
        }
    }

    /** The row as the entity's insert wrote it before, under another id. */
    private static ItemEntity entity(ClassifiedItem c, Instant now, String id) {
        ItemEntity e = ItemEntity.from(c, now);
        e.id = id;
        e.storyId = STORY;
        e.acts = ACTS;
        return e;
    }

    private void write(ItemRows.Row ours, ItemEntity hibernates) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.unwrap(Session.class).doWork(c -> ItemRows.insert(c, List.of(ours)));
            stateless.insert(hibernates); // the way new rows were written before
        });
    }

    private void insertAll(List<ItemRows.Row> rows) {
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> ItemRows.insert(c, rows)));
    }
}
