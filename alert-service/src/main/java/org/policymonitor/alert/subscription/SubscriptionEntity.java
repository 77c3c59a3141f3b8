package org.policymonitor.alert.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Who is told about what, how and when. The webhook secret is kept to sign payloads and never shown again. */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    public Long id;
    public String name;
    public String channel;
    public String email;
    public String url;
    public String secret;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] themes = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] sources = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] languages = new String[0];
    public String mode;
    @Column(name = "digest_period")
    public String digestPeriod;
    @Column(name = "digest_time")
    public String digestTime;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "source_health")
    public boolean sourceHealth;
    public boolean enabled = true;
    /** One alert per story (its first matching version) instead of one per item. */
    @Column(name = "once_per_story")
    public boolean oncePerStory;
    /** Also alert when a matching item's article is edited, removed or restored. */
    public boolean changes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<SubscriptionEntity> enabledOnes() {
        return list("enabled = true");
    }

    public Channel channelType() {
        return Channel.fromWire(channel).orElseThrow();
    }

    public boolean isDigest() {
        return Mode.DIGEST.wire().equals(mode);
    }

    public SubscriptionFilter filter() {
        return new SubscriptionFilter(List.of(themes), List.of(sources), List.of(languages));
    }

    /** The digest schedule, or null for immediate delivery. */
    public DigestSchedule digestSchedule() {
        if (!isDigest()) {
            return null;
        }
        DigestSchedule.Period period = DigestSchedule.Period.fromWire(digestPeriod).orElse(DigestSchedule.Period.HOURLY);
        ZoneId zone = timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        LocalTime at = digestTime == null ? LocalTime.MIDNIGHT : LocalTime.parse(digestTime);
        return new DigestSchedule(period, at, zone);
    }

    /** When a delivery created now becomes due: now, or the next digest time. */
    public Instant dueAt(Instant now) {
        DigestSchedule schedule = digestSchedule();
        return schedule == null ? now : schedule.nextAfter(now);
    }
}
