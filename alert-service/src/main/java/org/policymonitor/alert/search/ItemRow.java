package org.policymonitor.alert.search;

import com.fasterxml.jackson.core.type.TypeReference;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.Tag;

import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** An item as searches, exports and the list endpoint show it; its story from its member row. */
public record ItemRow(String id, String sourceId, String sourceName, String title, String link, String summary,
                      String language, OffsetDateTime publishedAt, Instant fetchedAt, List<String> themes,
                      List<Tag> tags, String rulesetVersion, Instant classifiedAt, String reviewStatus,
                      String storyId, List<ActReference> acts, String status, int versionCount, Instant updatedAt) {

    public static final String COLUMNS = "i.id, i.source_id, i.source_name, i.title, i.link, i.summary, i.language, "
            + "i.published_at, i.published_offset, i.fetched_at, i.themes, i.tags::text, i.ruleset_version, "
            + "i.classified_at, i.review_status, "
            + "(SELECT m.story_id FROM story_member m WHERE m.item_id = i.id) AS story_id, "
            + "i.acts::text, i.status, i.version_count, i.updated_at";

    private static final TypeReference<List<ActReference>> ACTS = new TypeReference<>() {
    };

    private static final TypeReference<List<Tag>> TAGS = new TypeReference<>() {
    };

    public static ItemRow read(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        String offset = rs.getString("published_offset");
        OffsetDateTime publishedAt = published == null ? null
                : published.toInstant().atOffset(offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset));
        Array themes = rs.getArray("themes");
        List<Tag> tags;
        List<ActReference> acts;
        try {
            tags = EventJson.mapper().readValue(rs.getString("tags"), TAGS);
            acts = EventJson.mapper().readValue(rs.getString("acts"), ACTS);
        } catch (IOException e) {
            throw new SQLException("unreadable tags of item " + rs.getString("id"), e);
        }
        return new ItemRow(rs.getString("id"), rs.getString("source_id"), rs.getString("source_name"),
                rs.getString("title"), rs.getString("link"), rs.getString("summary"), rs.getString("language"),
                publishedAt, instant(rs.getTimestamp("fetched_at")),
                themes == null ? List.of() : List.of((String[]) themes.getArray()), tags,
                rs.getString("ruleset_version"), instant(rs.getTimestamp("classified_at")), rs.getString("review_status"),
                rs.getString("story_id"), acts, rs.getString("status"), rs.getInt("version_count"),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
