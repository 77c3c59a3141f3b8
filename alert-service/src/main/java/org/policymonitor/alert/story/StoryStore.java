package org.policymonitor.alert.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.events.EventJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Groups items into stories inside the caller's transaction (the one storing the items and their outbox rows), on
 * PostgreSQL. Per item it costs two statements, whatever the archive's size: the candidate search (one query over
 * {@code story_key}, bounded by key, time window, {@link StoryIndex#PER_KEY} and {@link StoryIndex#MAX_CANDIDATES},
 * reading only the compact {@code story_member} rows, and returning each candidate's story; the features of members
 * not met before — usually the item stored just before — in a primary-key read) and one write of the item's story,
 * keys and acts. New items get
 * their story before their row is inserted ({@link #assign}), so the wide item row — its full-text vector and GIN
 * indexes — is written once and never updated for the grouping. A transaction-scoped advisory lock serialises
 * grouping across instances: two versions of one story stored at once by two consumers would otherwise each found a
 * story of their own.
 */
@ApplicationScoped
public class StoryStore {

    private static final long LOCK = 0x5704_1e5L;

    /** An item to group: what the grouping reads of it. */
    public record Member(String itemId, String title, String summary, String content, String language, Instant at,
                         String link, List<ActReference> acts) {
    }

    /**
     * For each indexed key the newest {@link StoryIndex#PER_KEY} items within the window; of those the
     * {@link StoryIndex#MAX_CANDIDATES} sharing the most keys (then the newest), with their story: index-only scans of
     * {@code story_key} and primary-key lookups of {@code story_member}, never the item or story tables.
     */
    static final String CANDIDATES = """
            WITH hit AS (
                SELECT k.item_id, count(*) AS shared, max(k.at) AS newest
                FROM unnest(?::text[]) AS q(key)
                CROSS JOIN LATERAL (SELECT sk.item_id, sk.at FROM story_key sk WHERE sk.key = q.key
                                    AND sk.at BETWEEN ? AND ? ORDER BY sk.at DESC LIMIT ?) k
                GROUP BY k.item_id ORDER BY shared DESC, newest DESC LIMIT ?)
            SELECT m.item_id, m.story_id FROM hit JOIN story_member m ON m.item_id = hit.item_id""";

    /**
     * The features of the candidates not met before ({@link MemberFeatureCache}): sending every candidate's key array
     * again cost PostgreSQL about a quarter of the candidate query's CPU (~6 µs of array output per row measured apart,
     * ~30 rows per item in the system benchmark: 0.76 against 0.58 ms per query).
     */
    static final String FEATURES = """
            SELECT item_id, at, language, link, simhash, keys FROM story_member WHERE item_id = ANY (?)""";

    /** The item's story (founded or joined), its compact member row, its index keys and its acts: one statement. */
    private static final String RECORD = """
            WITH st AS (
                INSERT INTO story AS s (id, headline, first_seen, last_seen, item_count, updated_at)
                VALUES (?, ?, ?, ?, 1, now())
                ON CONFLICT (id) DO UPDATE SET item_count = s.item_count + 1,
                    first_seen = least(s.first_seen, excluded.first_seen),
                    last_seen = greatest(s.last_seen, excluded.last_seen), updated_at = now()),
            mem AS (
                INSERT INTO story_member (item_id, at, language, link, simhash, keys, story_id)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING),
            ks AS (
                INSERT INTO story_key (key, at, item_id) SELECT DISTINCT unnest(?::text[]), ?::timestamptz, ?
                ON CONFLICT DO NOTHING)
            INSERT INTO item_act (act_id, item_id, kind, number, act_date, at)
            SELECT a.id, ?, a.kind, a.number, a.day::date, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
                AS a(id, kind, number, day)
            ON CONFLICT DO NOTHING""";

    private final FeatureExtractor features = new FeatureExtractor();
    private final StoryGrouper grouper = new StoryGrouper();
    private final MemberFeatureCache memberFeatures = new MemberFeatureCache();

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Timer timer;
    private final Timer search;

    @Inject
    public StoryStore(MeterRegistry registry) {
        timer = Timer.builder("policy.alert.story.grouping")
                .description("time to group one stored item into its story (candidate search, scoring, writes)")
                .register(registry);
        search = Timer.builder("policy.alert.story.candidates")
                .description("time of the story candidate search for one item (the bounded index query)")
                .register(registry);
    }

    /**
     * Gives stories to items whose rows the caller inserts afterwards in this transaction (with the returned story id
     * and {@link #actsJson}): new items. The rows that point at an item defer their foreign key to the commit.
     *
     * @return the story of each item, after any merge within the batch
     */
    public Map<String, String> assign(List<Member> members) {
        return group(members, false);
    }

    /**
     * Gives stories to items already stored without one (items older than stories), writing their story and acts to
     * their rows; an item grouped meanwhile (by another instance) keeps its story.
     *
     * @return the story of each item, after any merge within the batch
     */
    public Map<String, String> regroupStored(List<Member> members) {
        return group(members, true);
    }

    private Map<String, String> group(List<Member> members, boolean stored) {
        if (members.isEmpty()) {
            return Map.of();
        }
        lock();
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<String, String> stories = new LinkedHashMap<>();
            Map<String, String> mergedInto = new HashMap<>();
            SqlIndex index = new SqlIndex(c);
            keepAfterCommit(index.seen);
            List<Member> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparing(Member::at).thenComparing(Member::itemId));
            for (Member m : ordered) {
                long start = System.nanoTime();
                String story = stored ? storedStory(c, m.itemId()) : null;
                if (story == null) {
                    story = groupOne(c, index, m, stored, mergedInto);
                }
                stories.put(m.itemId(), story);
                timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            // an item grouped early in the batch may have had its story merged into an older one by a later item
            stories.replaceAll((item, story) -> survivor(story, mergedInto));
            return stories;
        });
    }

    /**
     * The member features this batch read go to the cache shared by batches once its transaction commits: read in
     * the transaction, they may include members it wrote itself, which a rollback would take back.
     */
    private void keepAfterCommit(Map<String, StoryFeatures> read) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    memberFeatures.putAll(read);
                }
            }
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

    private static String storedStory(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM story_member WHERE item_id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null; // grouped meanwhile (another instance's backfill): once only
            }
        }
    }

    private String groupOne(Connection c, SqlIndex index, Member m, boolean stored, Map<String, String> mergedInto)
            throws SQLException {
        StoryFeatures f = features.extract(m.title(), m.summary(), m.content(), m.language(), m.at(), m.link(), m.acts());
        StoryGrouper.Assignment a = grouper.assign(m.itemId(), f, index);
        for (String merged : a.merged()) {
            merge(c, merged, a.storyId());
            mergedInto.put(merged, a.storyId());
        }
        record(c, m, f, a.storyId());
        if (stored) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE item SET story_id = ?, acts = ?::jsonb WHERE id = ?")) {
                ps.setString(1, a.storyId());
                ps.setString(2, actsJson(m.acts()));
                ps.setString(3, m.itemId());
                ps.executeUpdate();
            }
        }
        return a.storyId();
    }

    private static String survivor(String story, Map<String, String> mergedInto) {
        String s = story;
        for (int hops = 0; mergedInto.containsKey(s) && hops < mergedInto.size(); hops++) {
            s = mergedInto.get(s);
        }
        return s;
    }

    /** The later item bridged two stories: the younger one's items (and its once-per-story marks) move to the older. */
    private static void merge(Connection c, String from, String into) throws SQLException {
        update(c, "UPDATE item SET story_id = ? WHERE story_id = ?", into, from);
        update(c, "UPDATE story_member SET story_id = ? WHERE story_id = ?", into, from);
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

    private static void record(Connection c, Member m, StoryFeatures f, String story) throws SQLException {
        Timestamp at = Timestamp.from(f.at());
        List<ActReference> acts = m.acts();
        try (PreparedStatement ps = c.prepareStatement(RECORD)) {
            int i = 1;
            ps.setString(i++, story);
            ps.setString(i++, m.title());
            ps.setTimestamp(i++, Timestamp.from(m.at()));
            ps.setTimestamp(i++, Timestamp.from(m.at()));
            ps.setString(i++, m.itemId());
            ps.setTimestamp(i++, at);
            ps.setString(i++, f.language());
            ps.setString(i++, f.link());
            ps.setLong(i++, f.simhash());
            ps.setArray(i++, c.createArrayOf("text", f.keys().toArray()));
            ps.setString(i++, story);
            ps.setArray(i++, c.createArrayOf("text", Keys.indexed(f).toArray()));
            ps.setTimestamp(i++, at);
            ps.setString(i++, m.itemId());
            ps.setString(i++, m.itemId());
            ps.setTimestamp(i++, Timestamp.from(m.at()));
            ps.setArray(i++, c.createArrayOf("text", acts.stream().map(ActReference::id).toArray()));
            ps.setArray(i++, c.createArrayOf("text", acts.stream().map(ActReference::kind).toArray()));
            ps.setArray(i++, c.createArrayOf("text", acts.stream().map(ActReference::number).toArray()));
            ps.setArray(i, c.createArrayOf("text", acts.stream().map(a -> a.date() == null ? null : a.date().toString()).toArray()));
            ps.executeUpdate();
        }
    }

    /** The index on this transaction's connection, for one batch. */
    private final class SqlIndex implements StoryIndex {

        private final Connection c;
        /**
         * The features of the candidates met so far in this batch: a member row's features never change once
         * written (only its story does, which is read every time), and items of one batch mostly meet the same
         * candidates — so each member's keys are read once per batch at most (once per cache lifetime, mostly),
         * not once per item that meets it.
         */
        private final Map<String, StoryFeatures> seen = new HashMap<>();

        SqlIndex(Connection c) {
            this.c = c;
        }

        @Override
        public List<Candidate> candidates(StoryFeatures f) {
            long start = System.nanoTime();
            try {
                Map<String, String> storyOf = new LinkedHashMap<>();
                try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
                    bindCandidates(c, ps, f);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            storyOf.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                List<String> unknown = new ArrayList<>();
                for (String itemId : storyOf.keySet()) {
                    if (!seen.containsKey(itemId)) {
                        StoryFeatures cached = memberFeatures.get(itemId);
                        if (cached == null) {
                            unknown.add(itemId);
                        } else {
                            seen.put(itemId, cached);
                        }
                    }
                }
                if (!unknown.isEmpty()) {
                    readFeatures(unknown);
                }
                List<Candidate> out = new ArrayList<>(storyOf.size());
                storyOf.forEach((itemId, story) -> {
                    StoryFeatures cf = seen.get(itemId);
                    if (cf != null) { // a member is never deleted without its keys; should one be, it is no candidate
                        out.add(new Candidate(itemId, story, cf));
                    }
                });
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("story candidate search failed: " + e.getMessage(), e);
            } finally {
                search.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        }

        private void readFeatures(List<String> itemIds) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(FEATURES)) {
                ps.setArray(1, c.createArrayOf("text", itemIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // columns by position: item_id, at, language, link, simhash, keys
                        seen.put(rs.getString(1), new StoryFeatures(rs.getString(3), rs.getTimestamp(2).toInstant(),
                                rs.getString(4), rs.getLong(5), Set.of((String[]) rs.getArray(6).getArray())));
                    }
                }
            }
        }

        @Override
        public Map<String, Instant> firstSeen(Collection<String> storyIds) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, first_seen FROM story WHERE id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("text", storyIds.toArray()));
                Map<String, Instant> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("story lookup failed: " + e.getMessage(), e);
            }
        }
    }

    /** Binds {@link #CANDIDATES} for an item's features (also used to look at the query's plan). */
    static void bindCandidates(Connection c, PreparedStatement ps, StoryFeatures f) throws SQLException {
        ps.setArray(1, c.createArrayOf("text", Keys.indexed(f).toArray()));
        ps.setTimestamp(2, Timestamp.from(f.at().minus(StoryMatcher.WINDOW)));
        ps.setTimestamp(3, Timestamp.from(f.at().plus(StoryMatcher.WINDOW)));
        ps.setInt(4, StoryIndex.PER_KEY);
        ps.setInt(5, StoryIndex.MAX_CANDIDATES);
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
