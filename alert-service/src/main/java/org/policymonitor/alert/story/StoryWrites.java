package org.policymonitor.alert.story;

import org.policymonitor.alert.act.ActRow;
import org.policymonitor.alert.jdbc.ArrayLiterals;
import org.policymonitor.alert.jdbc.CsvCopy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grouping's writes of a batch, gathered and written as one statement and one copy: each story's row once (its
 * count raised by the batch's items, its first and last sighting widened), the members and their acts as rows of
 * arrays, then the members' index keys. Writing them item by item cost a statement per item and, for a story met by many items of one batch, as many
 * updates of its row — each of which must walk the row versions this transaction already made. The rows equal those
 * the item-by-item writes left; {@link StoryStore} writes what is gathered before anything reads those tables again
 * (a merge, a story's first sighting) and at the end of the batch.
 */
final class StoryWrites {

    /**
     * Stories, members and acts: one statement, which answers the members it inserted. Every array travels as its
     * literal text (cast here), each member's keys as one literal of their own. The members' insert with or without
     * {@code ON CONFLICT} (the placeholder): see {@link #NEW_MEMBERS} and {@link #ANY_MEMBERS}.
     */
    private static final String RECORD = """
            WITH st AS (
                INSERT INTO story AS s (id, headline, first_seen, last_seen, item_count, updated_at)
                SELECT n.id, n.headline, n.first_seen, n.last_seen, n.item_count, now()
                FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::int[])
                    AS n(id, headline, first_seen, last_seen, item_count)
                ON CONFLICT (id) DO UPDATE SET item_count = s.item_count + excluded.item_count,
                    first_seen = least(s.first_seen, excluded.first_seen),
                    last_seen = greatest(s.last_seen, excluded.last_seen), updated_at = now()),
            mem AS (
                INSERT INTO story_member (item_id, at, language, link, simhash, keys, story_id)
                SELECT m.item_id, m.at, m.language, m.link, m.simhash, m.keys::text[], m.story_id
                FROM unnest(?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                    AS m(item_id, at, language, link, simhash, story_id, keys)
                %s
                RETURNING item_id),
            act AS (
                INSERT INTO item_act (act_id, item_id, kind, number, act_date, at, same_as)
                SELECT a.id, a.item_id, a.kind, a.number, a.day::date, a.at, a.same_as
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])
                    AS a(id, item_id, kind, number, day, at, same_as)
                ON CONFLICT DO NOTHING)
            SELECT item_id FROM mem""";

    /**
     * New items' members ({@link StoryStore#assign}): a plain insert. Their item rows are inserted by this same
     * transaction, under the grouping lock, after the store found no row of theirs — and a member exists only with its
     * item (its deferred foreign key) — so no member of theirs can exist; should one appear all the same (an item stored
     * by a writer that bypassed the lock), the insert fails on the primary key as the item row's insert would fail
     * after it, and the batch's transaction is rolled back either way. {@code ON CONFLICT} made each row a speculative
     * insertion: an index probe before it and a confirm record in the WAL after it (speed4's breakdown of the system
     * benchmark: story_member Heap/HEAP_CONFIRM 1.00 record per stored item).
     */
    private static final String NEW_MEMBERS = RECORD.formatted("");

    /** Items already stored ({@link StoryStore#regroupStored}): one grouped meanwhile by another instance keeps its member. */
    private static final String ANY_MEMBERS = RECORD.formatted("ON CONFLICT (item_id) DO NOTHING");

    /**
     * The index keys of the members {@link #RECORD} inserted, copied: each at its member's time, in the primary key's
     * order, without duplicates — the rows the one statement's {@code INSERT … SELECT DISTINCT … ORDER BY 1, 2, 3}
     * wrote until speed4. The ~11 key rows per member were the storing path's largest write: inserted by a statement,
     * each was a heap insertion with a WAL record of its own (~11 of the ~37 WAL records per stored item in the system
     * benchmark); copied, PostgreSQL writes them as multi-inserts, a WAL record per page of rows. Their B-tree entries
     * are made as before, and the statement trigger (V13) checks the copied keys against their members as it checked
     * the inserted ones. Written only for members inserted now, without {@code ON CONFLICT}: a key row exists only
     * with its member (V13), and a member only with its item, so a member inserted now has no keys yet. In key order,
     * consecutive insertions land on the same leaf pages (perf11: −10–15 % of the statement's CPU against the hash
     * order of {@code DISTINCT}); Java orders the keys by UTF-16 unit, a {@code C.UTF-8} database by code point — the
     * same but for characters beyond the Basic Multilingual Plane, where only the locality differs, never the rows.
     */
    private static final String KEYS = "COPY story_key (key, at, item_id) FROM STDIN WITH (FORMAT csv)";

    /** One {@code story_key} row; {@code at} as the member's time, written as the member's is. */
    private record KeyRow(String key, Instant at, String itemId) {
    }

    private static final Comparator<KeyRow> INDEX_ORDER = Comparator.comparing(KeyRow::key)
            .thenComparing(KeyRow::at).thenComparing(KeyRow::itemId);

    /** Items stored before stories existed get their acts on their row too (their story is their member row's). */
    private static final String STORED_ITEMS = """
            UPDATE item SET acts = u.acts::jsonb
            FROM unnest(?::text[], ?::text[]) AS u(id, acts) WHERE item.id = u.id""";

    private record Pending(StoryStore.Member member, StoryFeatures features, List<String> indexKeys, String story,
                           boolean stored) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /**
     * The item joins (or founds) {@code story}; {@code stored}: its item row exists and gets its acts.
     * {@code indexKeys}: {@code Keys.indexed(features)}, which the batch's candidate search computed already.
     */
    void add(StoryStore.Member member, StoryFeatures features, List<String> indexKeys, String story, boolean stored) {
        pending.add(new Pending(member, features, indexKeys, story, stored));
    }

    /** Writes what was gathered: one statement and one copy of the index keys (one more when stored items are among them). */
    void flush(Connection c) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Story> stories = new LinkedHashMap<>();
        for (Pending p : pending) {
            stories.computeIfAbsent(p.story(), id -> new Story(p.member().title(), p.member().at())).add(p.member().at());
        }
        int members = pending.size();
        List<String> memberKeys = new ArrayList<>(members);
        List<String> actId = new ArrayList<>();
        List<String> actItem = new ArrayList<>();
        List<String> actKind = new ArrayList<>();
        List<String> actNumber = new ArrayList<>();
        List<String> actDay = new ArrayList<>();
        List<String> actAt = new ArrayList<>();
        List<String> actSameAs = new ArrayList<>();
        for (int n = 0; n < members; n++) {
            Pending p = pending.get(n);
            memberKeys.add(ArrayLiterals.of(p.features().keys()));
            for (ActRow a : ActRow.of(p.member().acts())) {
                actId.add(a.id());
                actItem.add(p.member().itemId());
                actKind.add(a.kind());
                actNumber.add(a.number());
                actDay.add(a.date() == null ? null : a.date().toString());
                actAt.add(p.member().at().toString());
                actSameAs.add(a.sameAs());
            }
        }
        Set<String> inserted = new HashSet<>(members * 2);
        boolean storedAmong = pending.stream().anyMatch(Pending::stored);
        try (PreparedStatement ps = c.prepareStatement(storedAmong ? ANY_MEMBERS : NEW_MEMBERS)) {
            int i = 1;
            ps.setString(i++, ArrayLiterals.of(stories.keySet()));
            ps.setString(i++, ArrayLiterals.of(stories.values().stream().map(s -> s.headline).toList()));
            ps.setString(i++, times(stories.values().stream().map(s -> s.first).toList()));
            ps.setString(i++, times(stories.values().stream().map(s -> s.last).toList()));
            ps.setString(i++, stories.values().stream().map(s -> String.valueOf(s.count))
                    .collect(Collectors.joining(",", "{", "}")));
            ps.setString(i++, ArrayLiterals.of(pending.stream().map(p -> p.member().itemId()).toList()));
            ps.setString(i++, times(pending.stream().map(p -> p.features().at()).toList()));
            ps.setString(i++, ArrayLiterals.of(pending.stream().map(p -> p.features().language()).toList()));
            ps.setString(i++, ArrayLiterals.of(pending.stream().map(p -> p.features().link()).toList()));
            ps.setString(i++, pending.stream().map(p -> String.valueOf(p.features().simhash()))
                    .collect(Collectors.joining(",", "{", "}")));
            ps.setString(i++, ArrayLiterals.of(pending.stream().map(Pending::story).toList()));
            ps.setString(i++, ArrayLiterals.of(memberKeys));
            ps.setString(i++, ArrayLiterals.of(actId));
            ps.setString(i++, ArrayLiterals.of(actItem));
            ps.setString(i++, ArrayLiterals.of(actKind));
            ps.setString(i++, ArrayLiterals.of(actNumber));
            ps.setString(i++, ArrayLiterals.of(actDay));
            ps.setString(i++, ArrayLiterals.of(actAt));
            ps.setString(i, ArrayLiterals.of(actSameAs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
        }
        copyKeys(c, inserted);
        List<Pending> stored = pending.stream().filter(Pending::stored).toList();
        if (!stored.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(STORED_ITEMS)) {
                ps.setArray(1, text(c, stored.stream().map(p -> p.member().itemId()).toList()));
                ps.setArray(2, text(c, stored.stream().map(p -> StoryStore.actsJson(p.member().acts())).toList()));
                ps.executeUpdate();
            }
        }
        pending.clear();
    }

    /** The index keys of the members inserted now: one {@link #KEYS}. */
    private void copyKeys(Connection c, Set<String> inserted) throws SQLException {
        List<KeyRow> rows = new ArrayList<>(pending.size() * 12);
        for (Pending p : pending) {
            if (inserted.contains(p.member().itemId())) {
                for (String key : p.indexKeys()) {
                    rows.add(new KeyRow(key, p.features().at(), p.member().itemId()));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(INDEX_ORDER);
        List<KeyRow> distinct = new ArrayList<>(rows.size());
        for (KeyRow row : rows) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(row)) {
                distinct.add(row);
            }
        }
        CsvCopy.copy(c, KEYS, distinct, StoryWrites::keyLine);
    }

    private static void keyLine(StringBuilder out, KeyRow row) {
        CsvCopy.field(out, row.key()).append(',');
        CsvCopy.field(out, row.at().toString()).append(','); // the text the member's time is bound as (times)
        CsvCopy.field(out, row.itemId()).append('\n');
    }

    private static Array text(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    /** As ISO-8601 instants (UTC): the array's text form, never the JVM's local time. */
    private static String times(List<Instant> values) {
        return ArrayLiterals.of(values.stream().map(Instant::toString).toList());
    }

    /** A story's row as the batch's items change it: headline of the first (a new story's), sightings, count. */
    private static final class Story {
        final String headline;
        Instant first;
        Instant last;
        int count;

        Story(String headline, Instant at) {
            this.headline = headline;
            this.first = at;
            this.last = at;
        }

        void add(Instant at) {
            first = at.isBefore(first) ? at : first;
            last = at.isAfter(last) ? at : last;
            count++;
        }
    }
}
