package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.events.ClassifiedItem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Adds to an alerted item its story and the story's other versions known at sending time. */
@ApplicationScoped
public class StoryVersions {

    /** More versions than this are not listed in one alert (the API has them all). */
    static final int MAX_VERSIONS = 20;

    /**
     * The first {@link #MAX_VERSIONS} items of each story (by event time, then id), with only the columns a version
     * shows: one statement for all the alerts of a claim, not one load of whole item rows per alert. A member's
     * {@code at} is its item's event time, coalesce(published_at, fetched_at, stored_at): story_member_story_time_idx
     * (V21) yields a story's members in this order and stops after the first {@link #MAX_VERSIONS}.
     */
    private static final String FIRST_VERSIONS = """
            SELECT v.story_id, v.id, v.source_id, v.source_name, v.language, v.title, v.link, v.published_at,
                   v.published_offset
            FROM unnest(?::text[]) AS s(id)
            CROSS JOIN LATERAL (
                SELECT m.story_id, i.id, i.source_id, i.source_name, i.language, i.title, i.link, i.published_at,
                       i.published_offset
                FROM story_member m JOIN item i ON i.id = m.item_id WHERE m.story_id = s.id
                ORDER BY m.at, m.item_id
                LIMIT ?) v""";

    @Inject
    EntityManager em;

    /** The versions of these stories, to pass to {@link #entry}; read in the caller's transaction. */
    public Map<String, List<Alert.Version>> of(Collection<String> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<String, List<Alert.Version>> versions = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(FIRST_VERSIONS)) {
                ps.setArray(1, c.createArrayOf("text", storyIds.stream().distinct().toArray()));
                ps.setInt(2, MAX_VERSIONS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp published = rs.getTimestamp(8);
                        versions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Alert.Version(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), ItemEntity.publishedAtWithOffset(
                                        published == null ? null : published.toInstant(), rs.getString(9))));
                    }
                }
            }
            return versions;
        });
    }

    /** The item's entry: its story and up to {@link #MAX_VERSIONS} − 1 other versions, from {@link #of}. */
    public Alert.ItemEntry entry(UUID deliveryId, ItemEntity item, ClassifiedItem classified,
                                 Map<String, List<Alert.Version>> versionsOfStories) {
        if (item.storyId == null) {
            return new Alert.ItemEntry(deliveryId, classified);
        }
        List<Alert.Version> versions = versionsOfStories.getOrDefault(item.storyId, List.of()).stream()
                .filter(v -> !v.id().equals(item.id))
                .limit(MAX_VERSIONS - 1)
                .toList();
        return new Alert.ItemEntry(deliveryId, classified, item.storyId, versions);
    }
}
