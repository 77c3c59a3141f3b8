package org.policymonitor.alert.story;

import org.policymonitor.alert.act.ActReference;

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
     * Stories, members, index keys and acts: one statement. The members' key arrays travel flattened (member ordinal,
     * key) and are put together again in their order.
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
            mk AS (
                SELECT k.member, array_agg(k.key ORDER BY k.i) AS keys
                FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS k(member, key, i) GROUP BY k.member),
            mem AS (
                INSERT INTO story_member (item_id, at, language, link, simhash, keys, story_id)
                SELECT m.item_id, m.at, m.language, m.link, m.simhash, coalesce(mk.keys, '{}'), m.story_id
                FROM unnest(?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::bigint[], ?::text[])
                    WITH ORDINALITY AS m(item_id, at, language, link, simhash, story_id, member)
                LEFT JOIN mk ON mk.member = m.member
                ON CONFLICT (item_id) DO NOTHING),
            ks AS (
                INSERT INTO story_key (key, at, item_id)
                SELECT DISTINCT k.key, k.at, k.item_id FROM unnest(?::text[], ?::timestamptz[], ?::text[]) AS k(key, at, item_id)
                ON CONFLICT DO NOTHING)
            INSERT INTO item_act (act_id, item_id, kind, number, act_date, at)
            SELECT a.id, a.item_id, a.kind, a.number, a.day::date, a.at
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                AS a(id, item_id, kind, number, day, at)
            ON CONFLICT DO NOTHING""";

    /** Items stored before stories existed get their story and acts on their row too. */
    private static final String STORED_ITEMS = """
            UPDATE item SET story_id = u.story_id, acts = u.acts::jsonb
            FROM unnest(?::text[], ?::text[], ?::text[]) AS u(id, story_id, acts) WHERE item.id = u.id""";

    private record Pending(StoryStore.Member member, StoryFeatures features, String story, boolean stored) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** The item joins (or founds) {@code story}; {@code stored}: its item row exists and gets its story and acts. */
    void add(StoryStore.Member member, StoryFeatures features, String story, boolean stored) {
        pending.add(new Pending(member, features, story, stored));
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
        List<Integer> keyMember = new ArrayList<>();
        List<String> memberKeys = new ArrayList<>();
        List<String> indexKey = new ArrayList<>();
        List<Instant> indexAt = new ArrayList<>();
        List<String> indexItem = new ArrayList<>();
        List<String> actId = new ArrayList<>();
        List<String> actItem = new ArrayList<>();
        List<String> actKind = new ArrayList<>();
        List<String> actNumber = new ArrayList<>();
        List<String> actDay = new ArrayList<>();
        List<Instant> actAt = new ArrayList<>();
        for (int n = 0; n < pending.size(); n++) {
            Pending p = pending.get(n);
            Instant at = p.features().at();
            for (String key : p.features().keys()) {
                keyMember.add(n + 1); // WITH ORDINALITY counts from 1
                memberKeys.add(key);
            }
            for (String key : Keys.indexed(p.features())) {
                indexKey.add(key);
                indexAt.add(at);
                indexItem.add(p.member().itemId());
            }
            for (ActReference a : p.member().acts()) {
                actId.add(a.id());
                actItem.add(p.member().itemId());
                actKind.add(a.kind());
                actNumber.add(a.number());
                actDay.add(a.date() == null ? null : a.date().toString());
                actAt.add(p.member().at());
            }
        }
        try (PreparedStatement ps = c.prepareStatement(RECORD)) {
            int i = 1;
            ps.setArray(i++, text(c, stories.keySet()));
            ps.setArray(i++, text(c, stories.values().stream().map(s -> s.headline).toList()));
            ps.setArray(i++, times(c, stories.values().stream().map(s -> s.first).toList()));
            ps.setArray(i++, times(c, stories.values().stream().map(s -> s.last).toList()));
            ps.setArray(i++, c.createArrayOf("int4", stories.values().stream().map(s -> s.count).toArray()));
            ps.setArray(i++, c.createArrayOf("int4", keyMember.toArray()));
            ps.setArray(i++, text(c, memberKeys));
            ps.setArray(i++, text(c, pending.stream().map(p -> p.member().itemId()).toList()));
            ps.setArray(i++, times(c, pending.stream().map(p -> p.features().at()).toList()));
            ps.setArray(i++, text(c, pending.stream().map(p -> p.features().language()).toList()));
            ps.setArray(i++, text(c, pending.stream().map(p -> p.features().link()).toList()));
            ps.setArray(i++, c.createArrayOf("int8", pending.stream().map(p -> p.features().simhash()).toArray()));
            ps.setArray(i++, text(c, pending.stream().map(Pending::story).toList()));
            ps.setArray(i++, text(c, indexKey));
            ps.setArray(i++, times(c, indexAt));
            ps.setArray(i++, text(c, indexItem));
            ps.setArray(i++, text(c, actId));
            ps.setArray(i++, text(c, actItem));
            ps.setArray(i++, text(c, actKind));
            ps.setArray(i++, text(c, actNumber));
            ps.setArray(i++, text(c, actDay));
            ps.setArray(i, times(c, actAt));
            ps.executeUpdate();
        }
        List<Pending> stored = pending.stream().filter(Pending::stored).toList();
        if (!stored.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(STORED_ITEMS)) {
                ps.setArray(1, text(c, stored.stream().map(p -> p.member().itemId()).toList()));
                ps.setArray(2, text(c, stored.stream().map(Pending::story).toList()));
                ps.setArray(3, text(c, stored.stream().map(p -> StoryStore.actsJson(p.member().acts())).toList()));
                ps.executeUpdate();
            }
        }
        pending.clear();
    }

    private static Array text(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    /** As ISO-8601 instants (UTC): the array's text form, never the JVM's local time. */
    private static Array times(Connection c, List<Instant> values) throws SQLException {
        return c.createArrayOf("timestamptz", values.stream().map(Instant::toString).toArray());
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
