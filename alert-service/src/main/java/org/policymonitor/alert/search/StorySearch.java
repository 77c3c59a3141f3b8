package org.policymonitor.alert.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stories and acts for the API, in plain JDBC. The item filters apply as for items: a story (an act) is listed when
 * at least one of its items (items mentioning it) matches.
 */
@ApplicationScoped
public class StorySearch {

    /** A story as listed: newest first by its last item. */
    public record Story(String id, String headline, Instant firstSeen, Instant lastSeen, int itemCount,
                        List<String> sources, List<String> languages, List<String> themes) {
    }

    /** A story with its items, oldest first. */
    public record StoryDetail(String id, String headline, Instant firstSeen, Instant lastSeen, int itemCount,
                              List<String> sources, List<String> languages, List<String> themes, List<ItemRow> items) {
    }

    /**
     * A legal act as listed: newest mention first. {@code sameAs}: the act's other names, which items that tell both
     * gave (a numbered law and its title: {@code law:87} and {@code law:artificial-intelligence}).
     */
    public record Act(String id, String kind, String number, LocalDate date, long itemCount, Instant firstSeen,
                      Instant lastSeen, List<String> sameAs) {
    }

    /**
     * An act and the timeline of the items that mention it under any of its names ({@code sameAs}), oldest first; the
     * count and the first and last sighting are the timeline's.
     */
    public record ActDetail(String id, String kind, String number, LocalDate date, long itemCount, Instant firstSeen,
                            Instant lastSeen, List<String> sameAs, List<ItemRow> timeline) {
    }

    public record Page<T>(long total, int page, int size, List<T> items) {
    }

    private static final String STORY_COLUMNS = """
            s.id, s.headline, s.first_seen, s.last_seen, s.item_count,
            ARRAY(SELECT DISTINCT x.source_id FROM story_member m JOIN item x ON x.id = m.item_id
                  WHERE m.story_id = s.id ORDER BY 1) AS sources,
            ARRAY(SELECT DISTINCT split_part(replace(lower(coalesce(x.language, '')), '_', '-'), '-', 1)
                  FROM story_member m JOIN item x ON x.id = m.item_id WHERE m.story_id = s.id ORDER BY 1) AS languages,
            ARRAY(SELECT DISTINCT t FROM story_member m JOIN item x ON x.id = m.item_id
                  CROSS JOIN LATERAL unnest(x.themes) t WHERE m.story_id = s.id ORDER BY 1) AS themes""";
    /** An item's story is its member row's: an item without one has no story yet. */
    private static final String ITEMS_WITH_STORY = " FROM item i JOIN story_member m ON m.item_id = i.id";
    private static final String ACT_COLUMNS = """
            a.act_id, min(a.kind) AS kind, max(a.number) AS number, max(a.act_date) AS act_date, count(*) AS n,
            min(a.at) AS first_seen, max(a.at) AS last_seen,
            array_remove(array_agg(DISTINCT a.same_as ORDER BY a.same_as), NULL) AS same_as""";
    /** An act's items under any of its names, each once, by when the item was seen. */
    private static final String ACT_ITEMS = " FROM item i JOIN (SELECT item_id, min(at) AS at FROM item_act"
            + " WHERE act_id = ANY(?) GROUP BY item_id) a ON a.item_id = i.id";

    @Inject
    AgroalDataSource dataSource;

    public Page<Story> stories(ItemFilter filter, int page, int size) {
        SqlFragment where = ItemQuery.where(filter);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = where.prepare(c, "SELECT count(DISTINCT m.story_id)" + ITEMS_WITH_STORY
                    + where.sql(), List.of())) {
                total = single(ps);
            }
            List<Story> stories = new ArrayList<>();
            try (PreparedStatement ps = where.prepare(c, "SELECT " + STORY_COLUMNS + " FROM story s WHERE s.id IN "
                    + "(SELECT m.story_id" + ITEMS_WITH_STORY + where.sql() + ") ORDER BY s.last_seen DESC, s.id LIMIT ? OFFSET ?",
                    List.of(size, (long) page * size))) {
                ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stories.add(story(rs));
                    }
                }
            }
            return new Page<>(total, page, size, stories);
        } catch (SQLException e) {
            throw new IllegalStateException("story search failed: " + e.getMessage(), e);
        }
    }

    public Optional<StoryDetail> story(String id) {
        try (Connection c = dataSource.getConnection()) {
            Story s;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM story s WHERE s.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    s = story(rs);
                }
            }
            List<ItemRow> items = rows(c, "SELECT " + ItemRow.COLUMNS + ITEMS_WITH_STORY + " WHERE m.story_id = ?"
                    + " ORDER BY coalesce(i.published_at, i.fetched_at, i.stored_at), i.id", id);
            return Optional.of(new StoryDetail(s.id(), s.headline(), s.firstSeen(), s.lastSeen(), s.itemCount(),
                    s.sources(), s.languages(), s.themes(), items));
        } catch (SQLException e) {
            throw new IllegalStateException("story lookup failed: " + e.getMessage(), e);
        }
    }

    public Page<Act> acts(ItemFilter filter, String kind, int page, int size) {
        SqlFragment where = ItemQuery.where(filter);
        String kindClause = kind == null ? "" : " AND a.kind = ?";
        List<Object> kindParam = kind == null ? List.of() : List.of(kind);
        String from = " FROM item_act a WHERE a.item_id IN (SELECT i.id FROM item i" + where.sql() + ")" + kindClause;
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = where.prepare(c, "SELECT count(DISTINCT a.act_id)" + from, kindParam)) {
                total = single(ps);
            }
            List<Object> extra = new ArrayList<>(kindParam);
            extra.add(size);
            extra.add((long) page * size);
            List<Act> acts = new ArrayList<>();
            try (PreparedStatement ps = where.prepare(c, "SELECT " + ACT_COLUMNS + from
                    + " GROUP BY a.act_id ORDER BY max(a.at) DESC, a.act_id LIMIT ? OFFSET ?", extra)) {
                ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        acts.add(act(rs));
                    }
                }
            }
            return new Page<>(total, page, size, acts);
        } catch (SQLException e) {
            throw new IllegalStateException("act search failed: " + e.getMessage(), e);
        }
    }

    public Optional<ActDetail> act(String id) {
        try (Connection c = dataSource.getConnection()) {
            Act act;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ACT_COLUMNS
                    + " FROM item_act a WHERE a.act_id = ? GROUP BY a.act_id")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    act = act(rs);
                }
            }
            List<String> names = new ArrayList<>(act.sameAs());
            names.add(0, act.id());
            List<ItemRow> timeline = new ArrayList<>();
            Instant first = null;
            Instant last = null;
            // One pass: the timeline is ordered by sighting, so its first and last rows are the act's first and last.
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ItemRow.COLUMNS + ", a.at AS sighted_at"
                    + ACT_ITEMS + " ORDER BY a.at, i.id")) {
                ps.setArray(1, c.createArrayOf("text", names.toArray()));
                ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        timeline.add(ItemRow.read(rs));
                        last = rs.getTimestamp("sighted_at").toInstant();
                        first = first == null ? last : first;
                    }
                }
            }
            return Optional.of(new ActDetail(act.id(), act.kind(), act.number(), act.date(), timeline.size(),
                    first == null ? act.firstSeen() : first, last == null ? act.lastSeen() : last, act.sameAs(),
                    timeline));
        } catch (SQLException e) {
            throw new IllegalStateException("act lookup failed: " + e.getMessage(), e);
        }
    }

    private static List<ItemRow> rows(Connection c, String sql, Object param) throws SQLException {
        List<ItemRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(ItemRow.read(rs));
                }
            }
        }
        return rows;
    }

    private static Story story(ResultSet rs) throws SQLException {
        return new Story(rs.getString("id"), rs.getString("headline"), rs.getTimestamp("first_seen").toInstant(),
                rs.getTimestamp("last_seen").toInstant(), rs.getInt("item_count"), list(rs.getArray("sources")),
                list(rs.getArray("languages")), list(rs.getArray("themes")));
    }

    private static Act act(ResultSet rs) throws SQLException {
        Date date = rs.getDate("act_date");
        return new Act(rs.getString("act_id"), rs.getString("kind"), rs.getString("number"),
                date == null ? null : date.toLocalDate(), rs.getLong("n"), rs.getTimestamp("first_seen").toInstant(),
                rs.getTimestamp("last_seen").toInstant(), list(rs.getArray("same_as")));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static long single(PreparedStatement ps) throws SQLException {
        ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
