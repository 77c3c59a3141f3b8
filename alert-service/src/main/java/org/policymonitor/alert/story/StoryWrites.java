package org.policymonitor.alert.story;

import org.policymonitor.alert.act.ActRow;
import org.policymonitor.alert.jdbc.ArrayLiterals;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The grouping's writes of a batch, gathered and written as one statement: each story's row once (its count raised by
 * the batch's items, its first and last sighting widened), the members, their index keys and their acts as rows of
 * arrays. Writing them item by item cost a statement per item and, for a story met by many items of one batch, as many
 * updates of its row — each of which must walk the row versions this transaction already made. The rows equal those
 * the item-by-item writes left; {@link StoryStore} writes what is gathered before anything reads those tables again
 * (a merge, a story's first sighting) and at the end of the batch.
 */
final class StoryWrites {

    /**
     * Stories, members, index keys and acts: one statement. Every array travels as its literal text (cast here), each
     * member's keys as one literal of their own, and the index keys as (member ordinal, key): their time and item are
     * the member's. The keys are written for the members this statement inserted, without {@code ON CONFLICT}: a key
     * row exists only with its member (V13), and a member only with its item, so a member inserted now has no keys
     * yet — the speculative insertion per key row that {@code ON CONFLICT DO NOTHING} cost was a quarter of the
     * statement's CPU (measured apart on PostgreSQL 17, batches of 444 items). The key rows go in in the primary key's
     * order: the ~11 rows per member are most of the statement's work, nearly all of it their B-tree insertions, and
     * in key order consecutive insertions land on the same leaf pages where the hash of {@code DISTINCT} scattered
     * them over the whole index (the statement's backend CPU per member −10 % median, −15 % mean, measured apart:
     * BENCHMARK.md, perf11). Which rows are written does not change.
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
            m AS MATERIALIZED (
                SELECT * FROM unnest(?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                    WITH ORDINALITY AS m(item_id, at, language, link, simhash, story_id, keys, member)),
            mem AS (
                INSERT INTO story_member (item_id, at, language, link, simhash, keys, story_id)
                SELECT m.item_id, m.at, m.language, m.link, m.simhash, m.keys::text[], m.story_id FROM m
                ON CONFLICT (item_id) DO NOTHING
                RETURNING item_id),
            ks AS (
                INSERT INTO story_key (key, at, item_id)
                SELECT DISTINCT k.key, m.at, m.item_id FROM unnest(?::int[], ?::text[]) AS k(member, key)
                JOIN m ON m.member = k.member
                JOIN mem ON mem.item_id = m.item_id
                ORDER BY 1, 2, 3)
            INSERT INTO item_act (act_id, item_id, kind, number, act_date, at, same_as)
            SELECT a.id, a.item_id, a.kind, a.number, a.day::date, a.at, a.same_as
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])
                AS a(id, item_id, kind, number, day, at, same_as)
            ON CONFLICT DO NOTHING""";

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

    /** Writes what was gathered, in one statement (two when stored items are among them). */
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
        StringBuilder indexMember = new StringBuilder(members * 40).append('{');
        List<String> indexKey = new ArrayList<>(members * 12);
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
            for (String key : p.indexKeys()) {
                indexMember.append(indexKey.isEmpty() ? "" : ",").append(n + 1); // WITH ORDINALITY counts from 1
                indexKey.add(key);
            }
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
        try (PreparedStatement ps = c.prepareStatement(RECORD)) {
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
            ps.setString(i++, indexMember.append('}').toString());
            ps.setString(i++, ArrayLiterals.of(indexKey));
            ps.setString(i++, ArrayLiterals.of(actId));
            ps.setString(i++, ArrayLiterals.of(actItem));
            ps.setString(i++, ArrayLiterals.of(actKind));
            ps.setString(i++, ArrayLiterals.of(actNumber));
            ps.setString(i++, ArrayLiterals.of(actDay));
            ps.setString(i++, ArrayLiterals.of(actAt));
            ps.setString(i, ArrayLiterals.of(actSameAs));
            ps.executeUpdate();
        }
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
