package org.policymonitor.alert.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An outbox row: one alert owed to one subscription, about one item or one source status change. */
@Entity
@Table(name = "delivery")
public class DeliveryEntity extends PanacheEntityBase {

    public static final String KIND_ITEM = "item";
    public static final String KIND_SOURCE_STATUS = "source-status";
    /** An edit, removal or restoration of an item's article; {@link #changeId} names it. */
    public static final String KIND_ITEM_CHANGED = "item-changed";

    @Id
    public UUID id;
    @Column(name = "subscription_id")
    public Long subscriptionId;
    public String kind;
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "status_event_id")
    public String statusEventId;
    public String status;
    public int attempts;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_http_status")
    public Integer lastHttpStatus;
    /** Set while a worker is sending this delivery (claimed); null once the outcome is recorded. */
    @Column(name = "leased_until")
    public Instant leasedUntil;
    /** The id of the digest this delivery went out in first: its retries go in the same digest, under that id. */
    @Column(name = "digest_id")
    public UUID digestId;
    /** For kind item-changed: the change ({@code item_change.id}) this alert is about. */
    @Column(name = "change_id")
    public Long changeId;

    /** A worker is sending it right now: making it due again would send it twice. */
    public boolean leasedAt(Instant now) {
        return leasedUntil != null && leasedUntil.isAfter(now);
    }

    public DeliveryStatus statusType() {
        return DeliveryStatus.fromWire(status).orElseThrow();
    }

    /**
     * An item's deliveries, oldest first. The rows one message owes share their creation time (the outbox writes them
     * with one clock reading), so they are then listed by subscription, and by id for a subscription's two rows of one
     * moment: ordered by the time alone they came in whatever order the database read them (DeliveryOrderTest).
     */
    public static List<DeliveryEntity> ofItem(String itemId) {
        return list("itemId = ?1 order by createdAt, subscriptionId, id", itemId);
    }
}
