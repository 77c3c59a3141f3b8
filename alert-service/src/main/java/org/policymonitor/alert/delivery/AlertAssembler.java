package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.alert.item.ItemChangeEntity;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.SourceStatusEventEntity;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.events.ClassifiedItem;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns claimed delivery rows into sends: one per immediate delivery, one per digest subscription. */
@ApplicationScoped
public class AlertAssembler {

    /** Where an alert goes, copied out of the entity so that sending runs outside any transaction. */
    public record Target(String channel, String email, String url, String secret, boolean enabled) {
    }

    /** One send and the delivery rows it settles. */
    public record Job(List<ClaimedDelivery> rows, Alert alert, Target target) {
        public List<UUID> deliveryIds() {
            return rows.stream().map(ClaimedDelivery::id).toList();
        }
    }

    /** A digest's rows get the digest's id on their first send (one statement per digest, rare). */
    private static final String MARK_DIGEST = "UPDATE delivery SET digest_id = ? WHERE id = ANY (?)";

    @Inject
    StoryVersions stories;
    @Inject
    EntityManager em;

    /**
     * Builds the sends from the rows as claimed (not read again), with the items, changes and status events they are
     * about read once each, read-only (nothing here is written back but a new digest's id).
     */
    @Transactional
    public List<Job> assemble(List<ClaimedDelivery> deliveries) {
        Map<Long, SubscriptionEntity> subscriptions = readOnly(SubscriptionEntity.class, "id",
                deliveries.stream().map(ClaimedDelivery::subscriptionId).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<String, ItemEntity> items = readOnly(ItemEntity.class, "id",
                deliveries.stream().map(ClaimedDelivery::itemId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<Long, ItemChangeEntity> changes = readOnly(ItemChangeEntity.class, "id",
                deliveries.stream().map(ClaimedDelivery::changeId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<String, SourceStatusEventEntity> statusEvents = readOnly(SourceStatusEventEntity.class, "id",
                deliveries.stream().map(ClaimedDelivery::statusEventId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<String, List<Alert.Version>> versions = stories.of(
                items.values().stream().map(i -> i.storyId).filter(Objects::nonNull).toList());

        List<Job> jobs = new ArrayList<>();
        // a digest's rows, by subscription and by the digest they already went out in (null: never sent yet)
        Map<Long, Map<UUID, List<ClaimedDelivery>>> digests = new LinkedHashMap<>();
        for (ClaimedDelivery d : deliveries) {
            SubscriptionEntity s = subscriptions.get(d.subscriptionId());
            if (s == null) {
                continue; // deleted meanwhile: its rows went with it
            }
            Target target = new Target(s.channel, s.email, s.url, s.secret, s.enabled);
            if (d.statusEventId() != null) {
                SourceStatusEventEntity event = statusEvents.get(d.statusEventId());
                jobs.add(new Job(List.of(d), Alert.ofStatus(d.id(), s.id, s.name, event.toEvent(), event.headline()), target));
            } else if (s.isDigest() || d.digestId() != null) {
                digests.computeIfAbsent(s.id, k -> new LinkedHashMap<>())
                        .computeIfAbsent(d.digestId(), k -> new ArrayList<>()).add(d);
            } else {
                Alert.ItemEntry entry = entry(d, items.get(d.itemId()), changes, versions);
                Alert single = Alert.ofItem(d.id(), s.id, s.name, entry.item());
                jobs.add(new Job(List.of(d), new Alert(single.deliveryId(), single.subscriptionId(),
                        single.subscriptionName(), List.of(entry), null, null, false), target));
            }
        }
        digests.forEach((subscriptionId, byDigest) -> byDigest.forEach((digestId, rows) -> {
            SubscriptionEntity s = subscriptions.get(subscriptionId);
            rows.sort(Comparator.comparing(ClaimedDelivery::createdAt).thenComparing(ClaimedDelivery::id));
            // a story once, with its versions: later rows of a story already listed only settle
            List<Alert.ItemEntry> entries = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (ClaimedDelivery d : rows) {
                ItemEntity item = items.get(d.itemId());
                if (d.changeId() != null) {
                    entries.add(entry(d, item, changes, versions)); // every change is news of its own: never folded into a story
                } else if (item.storyId == null || listed.add(item.storyId)) {
                    entries.add(stories.entry(d.id(), item, classified(item), versions));
                }
            }
            List<UUID> settles = rows.stream().map(ClaimedDelivery::id).toList();
            Alert digest = digestId == null ? Alert.digest(s.id, s.name, entries, settles)
                    : Alert.digest(digestId, s.id, s.name, entries);
            if (digestId == null) {
                // from its first send on, these rows are this digest: retried whole, under this id (written when this
                // transaction commits, before anything is sent)
                markDigest(digest.deliveryId(), settles);
            }
            jobs.add(new Job(List.copyOf(rows), digest,
                    new Target(s.channel, s.email, s.url, s.secret, s.enabled)));
        }));
        return jobs;
    }

    /** Entities by id, not managed for changes: no snapshot is kept and nothing is checked for changes at commit. */
    private <T> List<T> readOnly(Class<T> type, String idField, List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from " + type.getSimpleName() + " where " + idField + " in :ids", type)
                .setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    private void markDigest(UUID digestId, List<UUID> rows) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(MARK_DIGEST)) {
                ps.setObject(1, digestId);
                ps.setArray(2, c.createArrayOf("uuid", rows.toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** An item alert, or a change alert with the change it is about. */
    private Alert.ItemEntry entry(ClaimedDelivery d, ItemEntity item, Map<Long, ItemChangeEntity> changes,
                                  Map<String, List<Alert.Version>> versions) {
        Alert.ItemEntry entry = stories.entry(d.id(), item, classified(item), versions);
        return d.changeId() == null ? entry : entry.withChange(changes.get(d.changeId()).toEvent(item));
    }

    private static ClassifiedItem classified(ItemEntity item) {
        return new ClassifiedItem(item.toFeedItem(), item.tags, item.rulesetVersion, item.classifiedAt);
    }
}
