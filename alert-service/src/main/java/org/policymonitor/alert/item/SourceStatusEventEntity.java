package org.policymonitor.alert.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A source health change received from {@code policy.sources.status}. */
@Entity
@Table(name = "source_status_event")
public class SourceStatusEventEntity extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "source_name")
    public String sourceName;
    public String health;
    @Column(name = "previous_health")
    public String previousHealth;
    public String reason;
    public Instant since;
    @Column(name = "changed_at")
    public Instant changedAt;
    public int failures;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;
    @Column(name = "received_at")
    public Instant receivedAt;

    /** Same event → same id, so a redelivered status record creates nothing new. */
    public static String idOf(SourceStatus s) {
        String key = s.sourceId() + "|" + s.health().wire() + "|" + s.since() + "|" + s.changedAt();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SourceStatusEventEntity from(SourceStatus s, Instant now) {
        SourceStatusEventEntity e = new SourceStatusEventEntity();
        e.id = idOf(s);
        e.sourceId = s.sourceId();
        e.sourceName = s.sourceName();
        e.health = s.health().wire();
        e.previousHealth = s.previousHealth() == null ? null : s.previousHealth().wire();
        e.reason = s.reason();
        e.since = s.since();
        e.changedAt = s.changedAt();
        e.failures = s.failures();
        e.lastSuccessAt = s.lastSuccessAt();
        e.receivedAt = now;
        return e;
    }

    public SourceStatus toEvent() {
        return new SourceStatus(sourceId, sourceName, SourceHealth.fromWire(health),
                previousHealth == null ? null : SourceHealth.fromWire(previousHealth), reason, since, changedAt,
                failures, lastSuccessAt);
    }

    /** "BelTA EN feed failing: HTTP 404 since 2026-01-05T10:00:00Z" */
    public String headline() {
        String name = sourceName == null || sourceName.isBlank() ? sourceId : sourceName;
        StringBuilder sb = new StringBuilder(name).append(" feed ").append(health);
        if (reason != null && !reason.isBlank()) {
            sb.append(": ").append(reason);
        }
        if (since != null) {
            sb.append(" since ").append(since);
        }
        return sb.toString();
    }
}
