package org.policymonitor.alert.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other versions of a story as pages list them next to an item: for a whole page of items in one query (no
 * query per row), and the versions of one story, bounded (a story can grow large; a page shows a few dozen).
 */
@ApplicationScoped
public class StoryVersionSearch {

    /**
     * How many items of a story came in one language from one source, and whether the story's headline is one of
     * them (so that a page can give the headline its {@code lang}).
     */
    public record Group(String language, String sourceId, String sourceName, int count, boolean headline) {
    }

    /** One version of a story: where and when, no text. */
    public record Version(String itemId, String sourceId, String sourceName, String language, String title,
                          Instant time, String link) {
    }

    /** The same primary-language form as the stories API ("be-BY" and "be_by" are "be", none is ""). */
    private static final String LANGUAGE = "split_part(replace(lower(coalesce(x.language, '')), '_', '-'), '-', 1)";

    @Inject
    AgroalDataSource dataSource;

    /** The items of each story per language and source: bounded by sources × languages, not by the story's size. */
    public Map<String, List<Group>> groups(Collection<String> storyIds) {
        Map<String, List<Group>> groups = new LinkedHashMap<>();
        List<String> ids = storyIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return groups;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT m.story_id, " + LANGUAGE + " AS lang, x.source_id,"
                     + " max(x.source_name) AS source_name, count(*) AS n,"
                     + " bool_or(x.title IS NOT DISTINCT FROM s.headline) AS headline"
                     + " FROM story_member m JOIN item x ON x.id = m.item_id JOIN story s ON s.id = m.story_id"
                     + " WHERE m.story_id = ANY(?)"
                     + " GROUP BY m.story_id, 2, x.source_id ORDER BY m.story_id, 2, x.source_id")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString("story_id"), k -> new ArrayList<>())
                            .add(new Group(rs.getString("lang"), rs.getString("source_id"), rs.getString("source_name"),
                                    rs.getInt("n"), rs.getBoolean("headline")));
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("story versions lookup failed: " + e.getMessage(), e);
        }
    }

    /** The story's items other than {@code exceptItemId}, oldest first, at most {@code limit}. */
    public List<Version> versions(String storyId, String exceptItemId, int limit) {
        List<Version> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT x.id, x.source_id, x.source_name, x.language, x.title,"
                     + " coalesce(x.published_at, x.fetched_at, x.stored_at) AS at, x.link"
                     + " FROM story_member m JOIN item x ON x.id = m.item_id"
                     + " WHERE m.story_id = ? AND m.item_id IS DISTINCT FROM ? ORDER BY m.at, m.item_id LIMIT ?")) {
            ps.setString(1, storyId);
            ps.setString(2, exceptItemId);
            ps.setInt(3, limit);
            ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp("at");
                    versions.add(new Version(rs.getString("id"), rs.getString("source_id"), rs.getString("source_name"),
                            rs.getString("language"), rs.getString("title"), at == null ? null : at.toInstant(),
                            rs.getString("link")));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("story versions lookup failed: " + e.getMessage(), e);
        }
    }
}
