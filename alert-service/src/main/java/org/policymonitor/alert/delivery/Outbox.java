package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.policymonitor.alert.subscription.SubscriptionEntity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes delivery rows in the caller's transaction (the one storing the item or status event). The unique
 * (subscription, item) and (subscription, status event) constraints plus ON CONFLICT DO NOTHING make a
 * redelivered record or a reclassification never owe the same alert twice; the unique (subscription, story) index
 * does the same for the later versions of a story when the subscription asks for one alert per story.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO delivery (id, subscription_id, kind, item_id, status_event_id, status, attempts, due_at,
                                  next_attempt_at, created_at, story_id, change_id)
            VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    /**
     * A change alert to a subscription that wants one alert per story: owed unless the subscription's alert for the
     * item's story was about another version of it (the row holding the story's slot, V4's unique (subscription,
     * story) index, names another item). The sibling versions' edits and removals are the same news from other
     * sources, which such a subscription asked not to be told again: each of them was one more alert about the story.
     */
    private static final String INSERT_CHANGE_OF_ALERTED_VERSION = """
            INSERT INTO delivery (id, subscription_id, kind, item_id, status_event_id, status, attempts, due_at,
                                  next_attempt_at, created_at, story_id, change_id)
            SELECT ?, ?, ?, ?, NULL, 'pending', 0, ?, ?, ?, NULL, ?
            WHERE NOT EXISTS (SELECT 1 FROM story_member m JOIN delivery d ON d.story_id = m.story_id
                              WHERE m.item_id = ? AND d.subscription_id = ? AND d.item_id <> ?)
            ON CONFLICT DO NOTHING""";

    /**
     * One alert owed: to a subscription, about an item, a change of an item ({@code changeId} set as well) or a status
     * event. {@code storyId} is set only for a subscription that wants one alert per story: the unique
     * (subscription, story) index then refuses the second.
     */
    public record Owed(SubscriptionEntity subscription, String itemId, String statusEventId, String storyId,
                       Long changeId) {
        public Owed(SubscriptionEntity subscription, String itemId, String statusEventId) {
            this(subscription, itemId, statusEventId, null);
        }

        public Owed(SubscriptionEntity subscription, String itemId, String statusEventId, String storyId) {
            this(subscription, itemId, statusEventId, storyId, null);
        }

        /** A change alert: once per (subscription, change), by the unique index on them. */
        public static Owed change(SubscriptionEntity subscription, String itemId, long changeId) {
            return new Owed(subscription, itemId, null, null, changeId);
        }

        String kind() {
            return changeId != null ? DeliveryEntity.KIND_ITEM_CHANGED
                    : itemId != null ? DeliveryEntity.KIND_ITEM : DeliveryEntity.KIND_SOURCE_STATUS;
        }
    }

    @Inject
    EntityManager em;

    /** @return how many deliveries were new */
    public int write(List<Owed> owed, Instant now) {
        if (owed.isEmpty()) {
            return 0;
        }
        em.flush(); // the items/events referenced must be in the database before the rows that point at them
        List<Owed> plain = owed.stream().filter(o -> !changeOfOneAlertPerStory(o)).toList();
        List<Owed> ofAlertedVersion = owed.stream().filter(Outbox::changeOfOneAlertPerStory).toList();
        // the item alerts first: a new item's change alert (a change that came before its item) asks whose the
        // story's slot is, which the item's own row may be taking in this same call
        return insert(plain, now) + insertIfAlertedVersion(ofAlertedVersion, now);
    }

    private static boolean changeOfOneAlertPerStory(Owed o) {
        return o.changeId() != null && o.subscription().oncePerStory;
    }

    private int insert(List<Owed> owed, Instant now) {
        return executeBatch(INSERT, owed, (ps, o) -> {
            // source-health alerts never wait for a digest: a broken source is news now
            Instant due = o.itemId() != null ? o.subscription().dueAt(now) : now;
            ps.setObject(1, UUID.randomUUID());
            ps.setLong(2, o.subscription().id);
            ps.setString(3, o.kind());
            ps.setString(4, o.itemId());
            ps.setString(5, o.statusEventId());
            ps.setTimestamp(6, Timestamp.from(due));
            ps.setTimestamp(7, Timestamp.from(due));
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setString(9, o.storyId());
            ps.setObject(10, o.changeId(), Types.BIGINT);
        });
    }

    private int insertIfAlertedVersion(List<Owed> owed, Instant now) {
        return executeBatch(INSERT_CHANGE_OF_ALERTED_VERSION, owed, (ps, o) -> {
            Instant due = o.subscription().dueAt(now);
            ps.setObject(1, UUID.randomUUID());
            ps.setLong(2, o.subscription().id);
            ps.setString(3, o.kind());
            ps.setString(4, o.itemId());
            ps.setTimestamp(5, Timestamp.from(due));
            ps.setTimestamp(6, Timestamp.from(due));
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setLong(8, o.changeId());
            ps.setString(9, o.itemId());
            ps.setLong(10, o.subscription().id);
            ps.setString(11, o.itemId());
        });
    }

    /** Sets one row's parameters of a batched statement. */
    private interface RowParameters {
        void set(PreparedStatement ps, Owed owed) throws SQLException;
    }

    /** One JDBC batch of {@code sql}, a row per owed alert; how many rows were new ({@code ON CONFLICT DO NOTHING}). */
    private int executeBatch(String sql, List<Owed> owed, RowParameters parameters) {
        if (owed.isEmpty()) {
            return 0;
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (Owed o : owed) {
                    parameters.set(ps, o);
                    ps.addBatch();
                }
                return created(ps.executeBatch());
            }
        });
    }

    private static int created(int[] counts) {
        int created = 0;
        for (int n : counts) {
            created += Math.max(n, 0);
        }
        return created;
    }
}
