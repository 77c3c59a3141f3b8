package org.policymonitor.alert.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.alert.jdbc.PlannedPerCall;
import org.policymonitor.events.EventJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Groups items into stories inside the caller's transaction (the one storing the items and their outbox rows), on
 * PostgreSQL. Per batch, whatever its size and the archive's: one candidate search for all its items (one query over
 * {@code story_key}, bounded by key, time window, {@link StoryIndex#PER_KEY} and {@link StoryIndex#MAX_CANDIDATES};
 * the batch's earlier items are candidates of its later ones in memory, {@link BatchCandidates}), one read of the
 * candidates' stories from the compact {@code story_member} rows, one of the features of members not met before, and
 * one write of the stories, members, keys and acts ({@link StoryWrites}) — a merge, rare, writes what was gathered
 * first and moves the rows as before. Items are grouped one after another in time order, and each gets the story it
 * got when every item was searched and written on its own. New items get their story before their row is inserted
 * ({@link #assign}), so the wide item row — its full-text vector and GIN indexes — is written once and never updated
 * for the grouping. A transaction-scoped advisory lock serialises grouping across instances: two versions of one
 * story stored at once by two consumers would otherwise each found a story of their own.
 */
@ApplicationScoped
public class StoryStore {

    private static final long LOCK = 0x5704_1e5L;

    /**
     * A statement the storing transaction lets the server run while the grouping matches in memory
     * ({@link #assign(List, Map, Overlap)}): {@link #start}ed on the transaction's connection once the batch's
     * candidates are read, {@link #end}ed before the grouping's next statement on it (a merge, a story's first
     * sighting, a subject look-up, the writes), {@link #abandon}ed if the grouping fails meanwhile. pgJDBC is
     * synchronous, so the grouping's matching — the storing thread's CPU — and the server's work on the batch's item
     * rows — its backend's: the full-text vector, the indexes, the TOAST rows — ran one after the other on the storing
     * line, the one serial chain that bounds raw → stored (BENCHMARK.md, speed8 and speed9).
     */
    public interface Overlap {
        /** Nothing to overlap. */
        Overlap NONE = new Overlap() {
            @Override
            public void start(Connection c) {
                // nothing sent
            }

            @Override
            public void end() {
                // nothing to wait for
            }

            @Override
            public void abandon(Exception failure) {
                // nothing open
            }
        };

        /** Sends the statement; the server works on it while the caller does not use the connection. */
        void start(Connection c) throws SQLException;

        /** Waits for the statement's end (a no-op when none is open): the connection is the caller's again. */
        void end() throws SQLException;

        /** The grouping failed with the statement open: abandons it (the transaction is rolled back anyway). */
        void abandon(Exception failure);
    }

    /** An item to group: what the grouping reads of it. */
    public record Member(String itemId, String title, String summary, String content, String language, Instant at,
                         String link, List<ActReference> acts) {
    }

    /**
     * The stored {@code story_key} rows the batch's candidate search needs ({@link BatchCandidates.Probe}): per probe,
     * every row after its {@code mid} up to its end and the newest {@link StoryIndex#PER_KEY} from its start up to
     * {@code mid} — index-only scans of the primary key {@code (key, at, item_id)}, never the item or story tables.
     */
    static final String PROBES = """
            SELECT q.probe, k.item_id, k.at
            FROM unnest(?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
                WITH ORDINALITY AS q(key, lo, mid, hi, probe)
            CROSS JOIN LATERAL (
                (SELECT sk.item_id, sk.at FROM story_key sk WHERE sk.key = q.key AND sk.at > q.mid AND sk.at <= q.hi)
                UNION ALL
                (SELECT sk.item_id, sk.at FROM story_key sk WHERE sk.key = q.key AND sk.at BETWEEN q.lo AND q.mid
                 ORDER BY sk.at DESC, sk.item_id DESC LIMIT ?)) k""";

    /**
     * Forty-fifth round: the subject look-up of one item ({@link StoryIndex#subjectCandidates}), asked only by an item
     * that met no story otherwise and names a subject and an everyday word ({@link SoleStoryOfItsSubject}): per subject
     * entry ({@code s:}-prefixed rows of {@code story_key}, {@link Keys#subjectIndexed}; the candidate search never
     * probes them), the newest {@link StoryIndex#PER_SUBJECT} rows within the window — a backward index-only scan of
     * the primary key {@code (key, at, item_id)} stopping after that many — with their member rows (story and features)
     * by primary key: at most {@code SUBJECTS_LOOKED_UP × PER_SUBJECT} (36) rows, whatever the archive's size.
     */
    static final String SUBJECT_ROWS = """
            SELECT q.key, k.item_id, k.at, m.story_id, m.language, m.link, m.simhash, m.keys
            FROM unnest(?::text[]) AS q(key)
            CROSS JOIN LATERAL (
                SELECT sk.item_id, sk.at FROM story_key sk WHERE sk.key = q.key AND sk.at BETWEEN ? AND ?
                ORDER BY sk.at DESC, sk.item_id DESC LIMIT ?) k
            JOIN story_member m ON m.item_id = k.item_id""";

    /**
     * The stories of the candidates the batch's items met: primary-key lookups of the compact member rows. With their
     * language, which tells a cached member's features made again since ({@link #relanguage}) from current ones.
     */
    static final String STORIES = "SELECT item_id, story_id, language FROM story_member WHERE item_id = ANY (?)";

    /**
     * The features of the candidates not met before ({@link MemberFeatureCache}): sending every candidate's key array
     * again cost PostgreSQL about a quarter of the candidate query's CPU (~6 µs of array output per row measured apart,
     * ~30 rows per item in the system benchmark: 0.76 against 0.58 ms per query).
     */
    static final String FEATURES = """
            SELECT item_id, at, language, link, simhash, keys FROM story_member WHERE item_id = ANY (?)""";

    private final FeatureExtractor features = new FeatureExtractor();
    private final StoryGrouper grouper = new StoryGrouper();
    private final MemberFeatureCache memberFeatures = new MemberFeatureCache();

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final GroupingMeters meters;

    @Inject
    public StoryStore(MeterRegistry registry) {
        meters = new GroupingMeters(registry);
    }

    /**
     * Gives stories to items whose rows the caller inserts afterwards in this transaction (with the returned story id
     * and {@link #actsJson}): new items. The rows that point at an item defer their foreign key to the commit.
     *
     * @return the story of each item, after any merge within the batch
     */
    public Map<String, String> assign(List<Member> members) {
        return group(members, false, Map.of(), Overlap.NONE);
    }

    /**
     * As {@link #assign(List)}, with features computed before the transaction from the same fields (the consumer
     * prepares a batch while the one before it is stored); a member's features are used only if made for its time.
     */
    public Map<String, String> assign(List<Member> members, Map<String, StoryFeatures> prepared) {
        return group(members, false, prepared, Overlap.NONE);
    }

    /**
     * As {@link #assign(List, Map)}, with {@code overlap} started on the connection once the candidates are read and
     * ended before the grouping's next statement: what the caller wants the server to do meanwhile (the batch's item
     * rows, which nothing in the grouping reads). Started only when the grouping has members; the caller runs it
     * itself otherwise.
     */
    public Map<String, String> assign(List<Member> members, Map<String, StoryFeatures> prepared, Overlap overlap) {
        return group(members, false, prepared, overlap);
    }

    /**
     * Gives stories to items already stored without one (items older than stories), writing their story and acts to
     * their rows; an item grouped meanwhile (by another instance) keeps its story.
     *
     * @return the story of each item, after any merge within the batch
     */
    public Map<String, String> regroupStored(List<Member> members) {
        return group(members, true, Map.of(), Overlap.NONE);
    }

    /**
     * Items reclassified in another language than their member row's (the classifier now reads a {@code ru}-labelled
     * item as Belarusian): their member rows' features — language, SimHash, keys — and their index keys are made
     * again in the new language, from the item's text as it now is, at the row's time; their story stays (a
     * reclassification does not regroup). Before, the member row kept the first classification's language, so later
     * items were compared with the item in a language it no longer had. An item without a member row is left alone.
     */
    public void relanguage(List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        lock();
        em.unwrap(Session.class).doWork(c -> {
            for (Member m : members) {
                relanguage(c, m);
            }
        });
        Set<String> ids = members.stream().map(Member::itemId).collect(Collectors.toSet());
        memberFeatures.forget(ids); // this transaction's batch reads the new rows
        forgetAfterCommit(ids);     // and no batch keeps what it read before them
    }

    private void relanguage(Connection c, Member m) throws SQLException {
        Timestamp at;
        StoryFeatures old;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT at, language, link, simhash, keys FROM story_member WHERE item_id = ? FOR UPDATE")) {
            ps.setString(1, m.itemId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                at = rs.getTimestamp(1);
                old = new StoryFeatures(rs.getString(2), at.toInstant(), rs.getString(3), rs.getLong(4),
                        Set.of((String[]) rs.getArray(5).getArray()));
            }
        }
        StoryFeatures f = features.extract(m.title(), m.summary(), m.content(), m.language(), at.toInstant(), m.link(),
                m.acts());
        // the old index keys (some, the SimHash bands, are not among the row's keys) by primary key (key, at, item_id)
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM story_key WHERE key = ANY (?) AND at = ? AND item_id = ?")) {
            ps.setArray(1, c.createArrayOf("text", indexEntries(old, Keys.indexed(old)).toArray()));
            ps.setTimestamp(2, at);
            ps.setString(3, m.itemId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE story_member SET language = ?, simhash = ?, keys = ? WHERE item_id = ?")) {
            ps.setString(1, f.language());
            ps.setLong(2, f.simhash());
            ps.setArray(3, c.createArrayOf("text", f.keys().toArray()));
            ps.setString(4, m.itemId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO story_key (key, at, item_id) SELECT k, ?, ? FROM unnest(?::text[]) AS k ON CONFLICT DO NOTHING")) {
            ps.setTimestamp(1, at);
            ps.setString(2, m.itemId());
            ps.setArray(3, c.createArrayOf("text", indexEntries(f, Keys.indexed(f)).toArray()));
            ps.executeUpdate();
        }
    }

    /**
     * The {@code story_key} rows of an item: its indexed keys (the candidate search's) and its subject entries (the
     * subject look-up's, {@code s:}-prefixed, which no probe of the candidate search asks for) — one row path, so that
     * every entry comes and goes with its member (V13) and is written in the batch's one statement.
     */
    static List<String> indexEntries(StoryFeatures f, List<String> indexed) {
        List<String> subjects = Keys.subjectIndexed(f);
        if (subjects.isEmpty()) {
            return indexed;
        }
        List<String> out = new ArrayList<>(indexed.size() + subjects.size());
        out.addAll(indexed);
        out.addAll(subjects);
        return out;
    }

    /** Drops members from the shared cache once this transaction is over, whatever any batch of it put there. */
    private void forgetAfterCommit(Set<String> itemIds) {
        afterTransaction(status -> memberFeatures.forget(itemIds));
    }

    private Map<String, String> group(List<Member> members, boolean stored, Map<String, StoryFeatures> prepared,
                                      Overlap overlap) {
        if (members.isEmpty()) {
            return Map.of();
        }
        lock();
        return em.unwrap(Session.class).doReturningWork(c -> {
            long start = System.nanoTime();
            List<Member> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparing(Member::at).thenComparing(Member::itemId));
            Map<String, String> stories = new LinkedHashMap<>();
            if (stored) {
                // grouped meanwhile (another instance's backfill): once only
                stories.putAll(storiesOf(c, ordered.stream().map(Member::itemId).toList()));
                ordered.removeIf(m -> stories.containsKey(m.itemId()));
            }
            List<StoryFeatures> found = new ArrayList<>(ordered.size());
            for (Member m : ordered) {
                StoryFeatures ready = prepared.get(m.itemId());
                found.add(ready != null && ready.at().equals(m.at()) ? ready
                        : features.extract(m.title(), m.summary(), m.content(), m.language(), m.at(), m.link(), m.acts()));
            }
            Map<String, String> mergedInto = new HashMap<>();
            StoryWrites writes = new StoryWrites();
            BatchIndex index = new BatchIndex(c, ordered, found, mergedInto, writes, overlap);
            keepAfterCommit(index.seen);
            // from here on every statement goes through index.connection(), which ends the overlap first
            overlap.start(c);
            try {
                for (int n = 0; n < ordered.size(); n++) {
                    Member m = ordered.get(n);
                    index.current = n;
                    StoryGrouper.Assignment a = grouper.assign(m.itemId(), found.get(n), index);
                    if (!a.merged().isEmpty()) {
                        writes.flush(index.connection()); // a merge moves rows: those of this batch must be there
                        for (String merged : a.merged()) {
                            merge(index.connection(), merged, a.storyId());
                            mergedInto.put(merged, a.storyId());
                        }
                    }
                    writes.add(m, found.get(n), indexEntries(found.get(n), index.indexedKeys(n)), a.storyId(), stored);
                    index.grouped(m.itemId(), found.get(n), a.storyId());
                    stories.put(m.itemId(), a.storyId());
                }
                writes.flush(index.connection());
            } catch (SQLException | RuntimeException e) {
                overlap.abandon(e);
                throw e;
            }
            // an item grouped early in the batch may have had its story merged into an older one by a later item
            stories.replaceAll((item, story) -> survivor(story, mergedInto));
            meters.grouped(ordered.size(), Duration.ofNanos(System.nanoTime() - start));
            return stories;
        });
    }

    /**
     * The member features this batch read go to the cache shared by batches once its transaction commits: read in
     * the transaction, they may include members it wrote itself, which a rollback would take back.
     */
    private void keepAfterCommit(Map<String, StoryFeatures> read) {
        afterTransaction(status -> {
            if (status == Status.STATUS_COMMITTED) {
                memberFeatures.putAll(read);
            }
        });
    }

    /** Runs {@code then} with the outcome once the caller's transaction is over (nothing outside one). */
    private void afterTransaction(IntConsumer then) {
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
                then.accept(status);
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

    static Map<String, String> storiesOf(Connection c, List<String> itemIds) throws SQLException {
        return storiesOf(c, itemIds, new HashMap<>());
    }

    /** The stories of these items that have one, and (into {@code languageOf}) their member rows' language. */
    static Map<String, String> storiesOf(Connection c, List<String> itemIds, Map<String, String> languageOf)
            throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = PlannedPerCall.prepare(c, STORIES)) {
            ps.setArray(1, c.createArrayOf("text", itemIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                    languageOf.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        return out;
    }

    private static String survivor(String story, Map<String, String> mergedInto) {
        String s = story;
        for (int hops = 0; mergedInto.containsKey(s) && hops < mergedInto.size(); hops++) {
            s = mergedInto.get(s);
        }
        return s;
    }

    /**
     * The later item bridged two stories: the younger one's items (and its once-per-story marks) move to the older.
     * An item's story is its narrow member row's (V21), so the move rewrites those, never the wide item rows: one
     * merge of an ~11,900-item story rewrote that many item rows, full-text vectors and all indexes in the storing
     * transaction, 2.8 s (issue 14 item 9).
     */
    private static void merge(Connection c, String from, String into) throws SQLException {
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

    /**
     * The index on this transaction's connection, for one batch: the candidates of all its items found with one query
     * ({@link BatchCandidates}), their stories and the features not met before with one more each, then handed to the
     * grouper item by item. A stored candidate's story is the one read, followed through the merges this batch made
     * since (as a query per item would have read it); a candidate from the batch has the story it was given.
     */
    private final class BatchIndex implements StoryIndex {

        private final Connection c;
        /** What the server may be doing on {@link #c} meanwhile: ended by {@link #connection}. */
        private final Overlap overlap;
        /**
         * The features of the candidates met in this batch: a member row's features change only with its language
         * ({@link #relanguage}; its story changes with merges), and items of one batch mostly meet the same candidates — so each member's keys are read
         * once per batch at most (once per cache lifetime, mostly). The batch's own items are here too, as stored.
         */
        private final Map<String, StoryFeatures> seen = new HashMap<>();
        private final Map<String, String> storyOf = new HashMap<>();
        private final List<List<String>> candidates = new ArrayList<>();
        private final Map<String, String> mergedInto;
        private final StoryWrites writes;
        /** Per item of the batch (grouping order), its indexed keys, as the candidate search computed them. */
        private final List<List<String>> indexedKeys = new ArrayList<>();
        /** The batch's grouped items by subject, for the subject look-up of the later ones. */
        private final SubjectLookUp subjects = new SubjectLookUp();
        private int current;

        BatchIndex(Connection c, List<Member> ordered, List<StoryFeatures> found, Map<String, String> mergedInto,
                   StoryWrites writes, Overlap overlap) throws SQLException {
            this.c = c;
            this.overlap = overlap;
            this.mergedInto = mergedInto;
            this.writes = writes;
            long start = System.nanoTime();
            List<String> ids = ordered.stream().map(Member::itemId).toList();
            BatchCandidates batch = new BatchCandidates(ids, found);
            for (int n = 0; n < ordered.size(); n++) {
                indexedKeys.add(batch.indexedKeys(n));
            }
            readProbes(batch);
            Set<String> inBatch = Set.copyOf(ids);
            Set<String> fromDb = new LinkedHashSet<>();
            for (int n = 0; n < ordered.size(); n++) {
                List<String> next = batch.nextCandidates();
                candidates.add(next);
                next.stream().filter(id -> !inBatch.contains(id)).forEach(fromDb::add);
            }
            if (!fromDb.isEmpty()) {
                Map<String, String> languageOf = new HashMap<>();
                storyOf.putAll(storiesOf(c, List.copyOf(fromDb), languageOf));
                List<String> unknown = new ArrayList<>();
                for (String itemId : storyOf.keySet()) {
                    StoryFeatures cached = memberFeatures.get(itemId);
                    // another language: made again since (a reclassification, maybe on another instance)
                    if (cached == null || !cached.language().equals(languageOf.get(itemId))) {
                        unknown.add(itemId);
                    } else {
                        seen.put(itemId, cached);
                    }
                }
                if (!unknown.isEmpty()) {
                    readFeatures(unknown);
                }
            }
            meters.searched(Duration.ofNanos(System.nanoTime() - start));
        }

        private void readProbes(BatchCandidates batch) throws SQLException {
            List<BatchCandidates.Probe> probes = batch.probes();
            if (probes.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(PROBES)) {
                bindProbes(c, ps, probes);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        batch.found(rs.getInt(1) - 1, rs.getString(2), rs.getTimestamp(3).toInstant());
                    }
                }
            }
        }

        List<String> indexedKeys(int n) {
            return indexedKeys.get(n);
        }

        /** The connection, for a statement of the grouping once its candidates are read: the overlap ended first. */
        Connection connection() throws SQLException {
            overlap.end();
            return c;
        }

        /** Item {@code n} of the batch was given {@code story}: it is a candidate of the later ones with it. */
        void grouped(String itemId, StoryFeatures f, String story) {
            storyOf.put(itemId, story);
            // as a read of its member row would give them: the time to the microsecond
            Instant at = BatchCandidates.asStored(f.at());
            seen.put(itemId, f.withTime(at));
            subjects.grouped(itemId, at, Keys.subjectIndexed(f));
        }

        @Override
        public List<Candidate> subjectCandidates(StoryFeatures f) {
            List<String> asked = SubjectLookUp.asked(f);
            if (asked.isEmpty()) {
                return List.of();
            }
            Instant at = BatchCandidates.asStored(f.at());
            Map<String, List<BatchCandidates.Row>> stored = new HashMap<>();
            try (PreparedStatement ps = PlannedPerCall.prepare(connection(), SUBJECT_ROWS)) {
                ps.setArray(1, c.createArrayOf("text", asked.toArray())); // ended by connection() above
                ps.setTimestamp(2, Timestamp.from(SubjectLookUp.from(at)));
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setInt(4, StoryIndex.PER_SUBJECT);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String itemId = rs.getString(2);
                        Instant rowAt = rs.getTimestamp(3).toInstant();
                        stored.computeIfAbsent(rs.getString(1), x -> new ArrayList<>())
                                .add(new BatchCandidates.Row(itemId, rowAt));
                        storyOf.putIfAbsent(itemId, rs.getString(4)); // a batch item keeps the story it was given
                        // the member row as read now (a cached one may predate a reclassification)
                        seen.putIfAbsent(itemId, new StoryFeatures(rs.getString(5), rowAt, rs.getString(6),
                                rs.getLong(7), Set.of((String[]) rs.getArray(8).getArray())));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("subject look-up failed: " + e.getMessage(), e);
            }
            Map<String, Candidate> out = new LinkedHashMap<>();
            for (String subject : asked) {
                for (String itemId : subjects.newest(subject, stored.getOrDefault(subject, List.of()), at)) {
                    String story = storyOf.get(itemId);
                    StoryFeatures cf = seen.get(itemId);
                    if (story != null && cf != null) {
                        out.putIfAbsent(itemId, new Candidate(itemId, survivor(story, mergedInto), cf));
                    }
                }
            }
            return List.copyOf(out.values());
        }

        @Override
        public List<Candidate> candidates(StoryFeatures f) {
            List<Candidate> out = new ArrayList<>();
            for (String itemId : candidates.get(current)) {
                String story = storyOf.get(itemId);
                StoryFeatures cf = seen.get(itemId);
                if (story != null && cf != null) { // a member is never deleted without its keys; should one be, it is no candidate
                    out.add(new Candidate(itemId, survivor(story, mergedInto), cf));
                }
            }
            return out;
        }

        private void readFeatures(List<String> itemIds) throws SQLException {
            try (PreparedStatement ps = PlannedPerCall.prepare(c, FEATURES)) {
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
            try {
                Connection c = connection();
                writes.flush(c); // the stories this batch founded or widened so far
                try (PreparedStatement ps = PlannedPerCall.prepare(c, "SELECT id, first_seen FROM story WHERE id = ANY (?)")) {
                    ps.setArray(1, c.createArrayOf("text", storyIds.toArray()));
                    Map<String, Instant> out = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                        }
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("story lookup failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Binds {@link #PROBES} (also used to look at the query's plan). The probes of one item's keys share its times, so
     * each distinct time is written out once: {@code Instant.toString} (a {@code DateTimeFormatter}) three times a
     * probe was the storing transaction's dearest allocation.
     */
    static void bindProbes(Connection c, PreparedStatement ps, List<BatchCandidates.Probe> probes) throws SQLException {
        Map<Instant, String> written = new HashMap<>();
        Object[] keys = new Object[probes.size()];
        Object[] from = new Object[probes.size()];
        Object[] mid = new Object[probes.size()];
        Object[] to = new Object[probes.size()];
        for (int i = 0; i < probes.size(); i++) {
            BatchCandidates.Probe p = probes.get(i);
            keys[i] = p.key();
            from[i] = written.computeIfAbsent(p.from(), Instant::toString);
            mid[i] = written.computeIfAbsent(p.mid(), Instant::toString);
            to[i] = written.computeIfAbsent(p.to(), Instant::toString);
        }
        ps.setArray(1, c.createArrayOf("text", keys));
        ps.setArray(2, c.createArrayOf("timestamptz", from));
        ps.setArray(3, c.createArrayOf("timestamptz", mid));
        ps.setArray(4, c.createArrayOf("timestamptz", to));
        ps.setInt(5, StoryIndex.PER_KEY);
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
        if (acts.isEmpty()) {
            return "[]"; // what the mapper writes, without its writer and buffers (most items name no act)
        }
        try {
            return EventJson.mapper().writeValueAsString(acts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
