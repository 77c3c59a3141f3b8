package org.policymonitor.alert.console;

import org.policymonitor.alert.rest.ItemViews;

import java.util.UUID;

/** A delivery (outbox row) with its times in the analyst's zone. */
public record DeliveryRow(UUID id, Long subscriptionId, String kind, String itemId, String status, int attempts,
                          String created, String nextAttempt, String delivered, String lastError) {

    public static DeliveryRow of(ItemViews.Delivery d, Dates dates) {
        return new DeliveryRow(d.id(), d.subscriptionId(), d.kind(), d.itemId(), d.status(), d.attempts(),
                dates.format(d.createdAt()), "pending".equals(d.status()) ? dates.format(d.nextAttemptAt()) : "",
                dates.format(d.deliveredAt()), d.lastError() == null ? "" : d.lastError());
    }

    public boolean retryable() {
        return !"delivered".equals(status);
    }
}
