package org.policymonitor.alert.rest;

import org.policymonitor.alert.delivery.DeliveryEntity;
import org.policymonitor.alert.delivery.DeliveryStatus;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.SourceStatusEventEntity;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.alert.subscription.SubscriptionFilter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The alerts a subscription still owes but has not sent, once an admin changed what it asks for (fewer themes,
 * sources or languages; changes or source health turned off): those about what it no longer asks for are withdrawn.
 * They stayed owed, and the next digest told the desk about a theme it had just unsubscribed from. An alert being
 * sent at this moment (leased) and a digest already sent once (retried whole, as it was) are left as they are; the
 * outbox row of an alert that is withdrawn is deleted, as it was never sent — the item stays in the archive, and a
 * later version of a story the subscription asks for once may then alert.
 */
final class UnwantedWaitingAlerts {

    private UnwantedWaitingAlerts() {
    }

    /** What decides whether a subscription wants an alert: changed, its waiting alerts are matched again. */
    record Wants(SubscriptionFilter filter, boolean changes, boolean sourceHealth) {

        static Wants of(SubscriptionEntity s) {
            return new Wants(s.filter(), s.changes, s.sourceHealth);
        }
    }

    /** @return how many waiting alerts were withdrawn */
    static int withdraw(SubscriptionEntity s, Instant now) {
        List<DeliveryEntity> waiting = DeliveryEntity.list("subscriptionId = ?1 and status = ?2 and digestId is null "
                + "and (leasedUntil is null or leasedUntil <= ?3)", s.id, DeliveryStatus.PENDING.wire(), now);
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<String, SubscriptionFilter.Item> items = itemsOf(waiting);
        Map<String, String> eventSources = eventSourcesOf(waiting);
        Wants wants = Wants.of(s);
        List<UUID> unwanted = waiting.stream().filter(d -> !wanted(d, wants, items, eventSources)).map(d -> d.id)
                .toList();
        if (unwanted.isEmpty()) {
            return 0;
        }
        // a worker may have claimed one since it was read: the claim's lease is checked again as the row is deleted
        return (int) DeliveryEntity.delete("id in ?1 and (leasedUntil is null or leasedUntil <= ?2)", unwanted, now);
    }

    private static boolean wanted(DeliveryEntity d, Wants wants, Map<String, SubscriptionFilter.Item> items,
                                  Map<String, String> eventSources) {
        if (DeliveryEntity.KIND_SOURCE_STATUS.equals(d.kind)) {
            String source = eventSources.get(d.statusEventId);
            return wants.sourceHealth() && (source == null || wants.filter().matchesSource(source));
        }
        if (DeliveryEntity.KIND_ITEM_CHANGED.equals(d.kind) && !wants.changes()) {
            return false;
        }
        SubscriptionFilter.Item item = items.get(d.itemId);
        return item == null || wants.filter().matches(item); // a row deleted meanwhile: nothing to decide here
    }

    /** The waiting alerts' items as the filters read them: four columns, not the items' texts. */
    private static Map<String, SubscriptionFilter.Item> itemsOf(List<DeliveryEntity> waiting) {
        Set<String> ids = waiting.stream().map(d -> d.itemId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, SubscriptionFilter.Item> items = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Object[]> rows = ItemEntity.getEntityManager().createQuery(
                            "select i.id, i.sourceId, i.language, i.themes from ItemEntity i where i.id in ?1",
                            Object[].class)
                    .setParameter(1, ids).getResultList();
            for (Object[] row : rows) {
                items.put((String) row[0], SubscriptionFilter.Item.of((String) row[1], (String) row[2],
                        List.of((String[]) row[3])));
            }
        }
        return items;
    }

    private static Map<String, String> eventSourcesOf(List<DeliveryEntity> waiting) {
        Set<String> ids = waiting.stream().map(d -> d.statusEventId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SourceStatusEventEntity.<SourceStatusEventEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e.sourceId));
    }
}
