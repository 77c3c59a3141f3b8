package org.policymonitor.alert.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery row as the claim returned it: everything the send and the recording of its outcome need, so that the
 * row is read once per send (by the claim) and never again.
 *
 * @param attempts the row's attempts including this one (the claim counted it)
 */
public record ClaimedDelivery(UUID id, long subscriptionId, String itemId, String statusEventId, Long changeId,
                              UUID digestId, Instant createdAt, Instant dueAt, int attempts) {
}
