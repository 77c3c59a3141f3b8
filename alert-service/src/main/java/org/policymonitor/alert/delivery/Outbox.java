package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.policymonitor.alert.subscription.SubscriptionEntity;

import java.sql.PreparedStatement;
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
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (Owed o : owed) {
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
                    ps.addBatch();
                }
                int created = 0;
                for (int n : ps.executeBatch()) {
                    created += Math.max(n, 0);
                }
                return created;
            }
        });
    }
}
