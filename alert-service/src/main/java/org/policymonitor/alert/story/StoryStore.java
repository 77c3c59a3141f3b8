package org.policymonitor.alert.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.events.EventJson;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups newly stored items into stories inside the caller's transaction (the one storing the items and their
 * outbox rows), on PostgreSQL: the candidate search is one query over {@code story_key} bounded by key, time window
 * and {@link #PER_KEY}, so its cost does not grow with the archive. A transaction-scoped advisory lock serialises
 * grouping across instances: two versions of one story stored at once by two consumers would otherwise each found a
 * story of their own.
 */
@ApplicationScoped
public class StoryStore {

    /** Candidates taken per indexed key (the newest within the window). */
    public static final int PER_KEY = 50;
    private static final long LOCK = 0x5704_1e5L;

    /** An item to group: what the grouping reads of it. */
    public record Member(String itemId, String title, String summary, String content, String language, Instant at,
                         String link, List<ActReference> acts) {
    }

    private final FeatureExtractor features = new FeatureExtractor();
    private final StoryGrouper grouper = new StoryGrouper();

    @Inject
    EntityManager em;

    private final Timer timer;

    @Inject
    public StoryStore(MeterRegistry registry) {
        timer = Timer.builder("policy.alert.story.grouping")
                .description("time to group one stored item into its story (candidate search, scoring, writes)")
                .register(registry);
    }

    /**
     * Groups the items (in time order, as they happened) and records their stories, keys and acts.
     *
     * @return the story of each item
     */
    public Map<String, String> group(List<Member> members) {
        if (members.isEmpty()) {
            return Map.of();
        }
        em.flush(); // the items must be rows before the rows that point at them
        lock();
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<String, String> stories = new LinkedHashMap<>();
            List<Member> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparing(Member::at).thenComparing(Member::itemId));
            for (Member m : ordered) {
                long start = System.nanoTime();
                stories.put(m.itemId(), groupOne(c, m));
                timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
            return stories;
        });
    }

    /**
     * Takes the grouping lock for the rest of the caller's transaction (re-entrant). A storing transaction takes it
     * before changing any row: one that took it only at grouping time could hold an item row that a merge of the
     * lock's holder must update, and each would wait for the other.
     */
    public void lock() {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK);
                lock.execute();
            }
        });
    }

    private String groupOne(Connection c, Member m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.story_id FROM story_member sm JOIN item i ON i.id = sm.item_id WHERE sm.item_id = ?")) {
            ps.setString(1, m.itemId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1); // grouped meanwhile (another instance's backfill): once only
                }
            }
        }
        StoryFeatures f = features.extract(m.title(), m.summary(), m.content(), m.language(), m.at(), m.link(), m.acts());
        StoryGrouper.Assignment a = grouper.assign(m.itemId(), f, feat -> candidates(c, feat));
        if (a.newStory()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO story (id, headline, first_seen, last_seen, item_count, updated_at)
                    VALUES (?, ?, ?, ?, 0, now()) ON CONFLICT (id) DO NOTHING""")) {
                ps.setString(1, a.storyId());
                ps.setString(2, m.title());
                ps.setTimestamp(3, Timestamp.from(m.at()));
                ps.setTimestamp(4, Timestamp.from(m.at()));
                ps.executeUpdate();
            }
        }
        for (String merged : a.merged()) {
            merge(c, merged, a.storyId());
        }
        update(c, "UPDATE item SET story_id = ?, acts = ?::jsonb WHERE id = ?", a.storyId(), actsJson(m.acts()),
                m.itemId());
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE story SET item_count = item_count + 1, first_seen = least(first_seen, ?),
                                 last_seen = greatest(last_seen, ?), updated_at = now() WHERE id = ?""")) {
            ps.setTimestamp(1, Timestamp.from(m.at()));
            ps.setTimestamp(2, Timestamp.from(m.at()));
            ps.setString(3, a.storyId());
            ps.executeUpdate();
        }
        record(c, m, f);
        return a.storyId();
    }

    /** The later item bridged two stories: the younger one's items (and its once-per-story marks) move to the older. */
    private static void merge(Connection c, String from, String into) throws SQLException {
        update(c, "UPDATE item SET story_id = ? WHERE story_id = ?", into, from);
        // a subscription alerted for both stories keeps one mark (the survivor's); the other becomes a plain row
        update(c, """
                UPDATE delivery SET story_id = NULL WHERE story_id = ? AND subscription_id IN
                    (SELECT subscription_id FROM delivery WHERE story_id = ?)""", from, into);
        update(c, "UPDATE delivery SET story_id = ? WHERE story_id = ?", into, from);
        update(c, """
                UPDATE story s SET item_count = s.item_count + o.item_count, first_seen = least(s.first_seen, o.first_seen),
                                   last_seen = greatest(s.last_seen, o.last_seen), updated_at = now()
                FROM story o WHERE s.id = ? AND o.id = ?""", into, from);
        update(c, "DELETE FROM story WHERE id = ?", from);
    }

    private static void record(Connection c, Member m, StoryFeatures f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO story_member (item_id, at, language, link, simhash, keys) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (item_id) DO NOTHING""")) {
            ps.setString(1, m.itemId());
            ps.setTimestamp(2, Timestamp.from(f.at()));
            ps.setString(3, f.language());
            ps.setString(4, f.link());
            ps.setLong(5, f.simhash());
            ps.setArray(6, c.createArrayOf("text", f.keys().toArray()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO story_key (key, at, item_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (String key : Keys.indexed(f)) {
                ps.setString(1, key);
                ps.setTimestamp(2, Timestamp.from(f.at()));
                ps.setString(3, m.itemId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (!m.acts().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO item_act (act_id, item_id, kind, number, act_date, at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                for (ActReference act : m.acts()) {
                    ps.setString(1, act.id());
                    ps.setString(2, m.itemId());
                    ps.setString(3, act.kind());
                    ps.setString(4, act.number());
                    ps.setObject(5, act.date());
                    ps.setTimestamp(6, Timestamp.from(m.at()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** One query: for each indexed key, the newest {@link #PER_KEY} items within the window, with their stories. */
    private static List<StoryIndex.Candidate> candidates(Connection c, StoryFeatures f) {
        Instant from = f.at().minus(StoryMatcher.WINDOW.toSeconds(), ChronoUnit.SECONDS);
        Instant to = f.at().plus(StoryMatcher.WINDOW.toSeconds(), ChronoUnit.SECONDS);
        String sql = """
                WITH hit AS (
                    SELECT DISTINCT k.item_id FROM unnest(?::text[]) AS q(key)
                    CROSS JOIN LATERAL (SELECT sk.item_id FROM story_key sk WHERE sk.key = q.key
                                        AND sk.at BETWEEN ? AND ? ORDER BY sk.at DESC LIMIT ?) k)
                SELECT m.item_id, m.at, m.language, m.link, m.simhash, m.keys, i.story_id, s.first_seen
                FROM hit JOIN story_member m ON m.item_id = hit.item_id JOIN item i ON i.id = m.item_id
                JOIN story s ON s.id = i.story_id""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", Keys.indexed(f).toArray()));
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            ps.setInt(4, PER_KEY);
            List<StoryIndex.Candidate> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array keys = rs.getArray("keys");
                    StoryFeatures cf = new StoryFeatures(rs.getString("language"), rs.getTimestamp("at").toInstant(),
                            rs.getString("link"), rs.getLong("simhash"), java.util.Set.of((String[]) keys.getArray()));
                    out.add(new StoryIndex.Candidate(rs.getString("item_id"), rs.getString("story_id"),
                            rs.getTimestamp("first_seen").toInstant(), cf));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("story candidate search failed: " + e.getMessage(), e);
        }
    }

    private static void update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    /** The acts as the item column stores them. */
    public static String actsJson(List<ActReference> acts) {
        try {
            return EventJson.mapper().writeValueAsString(acts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
