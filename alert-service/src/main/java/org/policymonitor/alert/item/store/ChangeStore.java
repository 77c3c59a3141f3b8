package org.policymonitor.alert.item.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.policymonitor.alert.delivery.Outbox;
import org.policymonitor.alert.item.ItemChangeEntity;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.PublicationStatus;
import org.policymonitor.alert.jdbc.PlannedPerCall;
import org.policymonitor.alert.story.StoryStore;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.alert.subscription.SubscriptionFilter;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.ItemChange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores changes of archived articles once each (unique item, version, change) and applies them to their item: its
 * status and version count, and a change alert owed — in the same transaction, through the outbox — to each enabled
 * subscription that opted in to changes and matches the item as it is stored. A change whose item is not stored yet
 * is kept unapplied and applied by {@link ItemStore} when the item arrives, so nothing is lost to the order in which
 * the two topics are consumed.
 */
@ApplicationScoped
public class ChangeStore {

    /** What storing one change did. */
    public record Result(boolean isNew, boolean applied, int deliveries) {
    }

    private static final String INSERT = """
            INSERT INTO item_change (item_id, source_id, link, title, change, version, diff, text_hash, http_status,
                                     at, received_at, applied)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, FALSE)
            ON CONFLICT DO NOTHING
            RETURNING id""";

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    StoryStore stories;

    @Transactional
    public Result store(ItemChange change) {
        Instant now = Instant.now();
        // the lock ItemStore takes before creating items: an item and a change of it stored at the same moment by the
        // two consumers would otherwise each miss the other, and the change would never be applied
        stories.lock();
        Long id = insert(change, now);
        if (id == null) {
            return new Result(false, false, 0); // seen before: redelivery
        }
        ItemEntity item = ItemEntity.findById(change.itemId());
        if (item == null) {
            return new Result(true, false, 0);
        }
        ItemChangeEntity stored = ItemChangeEntity.findById(id);
        List<Outbox.Owed> owed = apply(item, List.of(stored), SubscriptionEntity.enabledOnes(), now);
        return new Result(true, true, outbox.write(owed, now));
    }

    /**
     * Applies the changes that arrived before these newly created items (already inserted, in the caller's
     * transaction, which this runs in).
     */
    public List<Outbox.Owed> applyPending(Collection<String> created, List<SubscriptionEntity> subscriptions,
                                          Instant now) {
        if (created.isEmpty() || !anyPending(created)) {
            return List.of(); // the usual case, found by an index lookup rather than a query of entities
        }
        List<ItemChangeEntity> pending = ItemChangeEntity.list("applied = false and itemId in ?1", created);
        // managed here (the rare case): applying a change updates its item's status and version count
        Map<String, ItemEntity> byId = ItemEntity.<ItemEntity>list("id in ?1",
                        pending.stream().map(c -> c.itemId).distinct().toList())
                .stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<String, List<ItemChangeEntity>> byItem = new LinkedHashMap<>();
        pending.forEach(c -> byItem.computeIfAbsent(c.itemId, k -> new ArrayList<>()).add(c));
        List<Outbox.Owed> owed = new ArrayList<>();
        byItem.forEach((itemId, changes) -> owed.addAll(apply(byId.get(itemId), changes, subscriptions, now)));
        return owed;
    }

    private List<Outbox.Owed> apply(ItemEntity item, List<ItemChangeEntity> changes,
                                    List<SubscriptionEntity> subscriptions, Instant now) {
        changes.forEach(c -> c.applied = true);
        // the status follows every applied change in the order they happened, not the order they arrived in
        List<ItemChangeEntity> all = ItemChangeEntity.list("itemId = ?1 and applied = true order by at, version, id",
                item.id);
        item.status = PublicationStatus.after(all.stream().map(ItemChangeEntity::kind).toList()).wire();
        item.versionCount = Math.max(item.versionCount,
                all.stream().mapToInt(c -> c.version).max().orElse(1));
        item.updatedAt = now;
        SubscriptionFilter.Item matched = SubscriptionFilter.Item.of(item.sourceId, item.language, item.themeList());
        List<SubscriptionEntity> wanting = subscriptions.stream()
                .filter(s -> s.changes && s.filter().matches(matched)).toList();
        List<Outbox.Owed> owed = new ArrayList<>();
        for (ItemChangeEntity c : changes) {
            for (SubscriptionEntity s : wanting) {
                owed.add(Outbox.Owed.change(s, item.id, c.id));
            }
        }
        return owed;
    }

    /** Whether a change of one of these items waits to be applied (cheap: the partial index of pending changes). */
    private boolean anyPending(Collection<String> itemIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = PlannedPerCall.prepare(connection,
                    "SELECT 1 FROM item_change WHERE NOT applied AND item_id = ANY (?) LIMIT 1")) {
                ps.setArray(1, connection.createArrayOf("text", itemIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private Long insert(ItemChange change, Instant now) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                ps.setString(1, change.itemId());
                ps.setString(2, change.sourceId());
                ps.setString(3, change.link());
                ps.setString(4, change.title());
                ps.setString(5, change.change().wire());
                ps.setInt(6, change.version());
                ps.setString(7, EventJson.toJson(change.diff()));
                ps.setString(8, change.textHash());
                if (change.httpStatus() > 0) {
                    ps.setInt(9, change.httpStatus());
                } else {
                    ps.setNull(9, Types.INTEGER);
                }
                ps.setTimestamp(10, Timestamp.from(change.at() != null ? change.at() : now));
                ps.setTimestamp(11, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
    }
}
