package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.alert.item.ItemChangeEntity;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.SourceStatusEventEntity;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.events.ClassifiedItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    public record Job(List<UUID> deliveryIds, Alert alert, Target target) {
    }

    @Inject
    StoryVersions stories;

    @Transactional
    public List<Job> assemble(List<UUID> claimed) {
        List<DeliveryEntity> deliveries = DeliveryEntity.list("id in ?1", claimed);
        Map<Long, SubscriptionEntity> subscriptions = SubscriptionEntity.<SubscriptionEntity>list("id in ?1",
                        deliveries.stream().map(d -> d.subscriptionId).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<String, ItemEntity> items = ItemEntity.<ItemEntity>list("id in ?1",
                        deliveries.stream().map(d -> d.itemId).filter(java.util.Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<Long, ItemChangeEntity> changes = ItemChangeEntity.<ItemChangeEntity>list("id in ?1",
                        deliveries.stream().map(d -> d.changeId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(c -> c.id, Function.identity()));

        List<Job> jobs = new ArrayList<>();
        // a digest's rows, by subscription and by the digest they already went out in (null: never sent yet)
        Map<Long, Map<UUID, List<DeliveryEntity>>> digests = new LinkedHashMap<>();
        for (DeliveryEntity d : deliveries) {
            SubscriptionEntity s = subscriptions.get(d.subscriptionId);
            if (s == null) {
                continue; // deleted meanwhile: its rows went with it
            }
            Target target = new Target(s.channel, s.email, s.url, s.secret, s.enabled);
            if (d.statusEventId != null) {
                SourceStatusEventEntity event = SourceStatusEventEntity.findById(d.statusEventId);
                jobs.add(new Job(List.of(d.id), Alert.ofStatus(d.id, s.id, s.name, event.toEvent(), event.headline()), target));
            } else if (s.isDigest() || d.digestId != null) {
                digests.computeIfAbsent(s.id, k -> new LinkedHashMap<>())
                        .computeIfAbsent(d.digestId, k -> new ArrayList<>()).add(d);
            } else {
                Alert.ItemEntry entry = entry(d, items.get(d.itemId), changes);
                Alert single = Alert.ofItem(d.id, s.id, s.name, entry.item());
                jobs.add(new Job(List.of(d.id), new Alert(single.deliveryId(), single.subscriptionId(),
                        single.subscriptionName(), List.of(entry), null, null, false), target));
            }
        }
        digests.forEach((subscriptionId, byDigest) -> byDigest.forEach((digestId, rows) -> {
            SubscriptionEntity s = subscriptions.get(subscriptionId);
            rows.sort(Comparator.comparing((DeliveryEntity d) -> d.createdAt).thenComparing(d -> d.id));
            // a story once, with its versions: later rows of a story already listed only settle
            List<Alert.ItemEntry> entries = new ArrayList<>();
            java.util.Set<String> listed = new java.util.HashSet<>();
            for (DeliveryEntity d : rows) {
                ItemEntity item = items.get(d.itemId);
                if (d.changeId != null) {
                    entries.add(entry(d, item, changes)); // every change is news of its own: never folded into a story
                } else if (item.storyId == null || listed.add(item.storyId)) {
                    entries.add(stories.entry(d.id, item, classified(item)));
                }
            }
            List<UUID> settles = rows.stream().map(d -> d.id).toList();
            Alert digest = digestId == null ? Alert.digest(s.id, s.name, entries, settles)
                    : Alert.digest(digestId, s.id, s.name, entries);
            // from its first send on, these rows are this digest: retried whole, under this id (rows are managed:
            // the id is written when this transaction commits, before anything is sent)
            rows.forEach(d -> d.digestId = digest.deliveryId());
            jobs.add(new Job(settles, digest,
                    new Target(s.channel, s.email, s.url, s.secret, s.enabled)));
        }));
        return jobs;
    }

    /** An item alert, or a change alert with the change it is about. */
    private Alert.ItemEntry entry(DeliveryEntity d, ItemEntity item, Map<Long, ItemChangeEntity> changes) {
        Alert.ItemEntry entry = stories.entry(d.id, item, classified(item));
        return d.changeId == null ? entry : entry.withChange(changes.get(d.changeId).toEvent(item));
    }

    private static ClassifiedItem classified(ItemEntity item) {
        return new ClassifiedItem(item.toFeedItem(), item.tags, item.rulesetVersion, item.classifiedAt);
    }
}
