package org.policymonitor.ingest.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code source_state}. */
@Entity
@Table(name = "source_state")
public class SourceStateEntity extends PanacheEntityBase {

    @Id
    @Column(name = "source_id")
    public String sourceId;
    public String health;
    @Column(name = "health_reason")
    public String healthReason;
    @Column(name = "health_since")
    public Instant healthSince;
    @Column(name = "health_published")
    public boolean healthPublished;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    @Column(name = "validator_url")
    public String validatorUrl;
    @Column(name = "layout_warning")
    public String layoutWarning;
    @Column(name = "last_polled_at")
    public Instant lastPolledAt;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;
    @Column(name = "last_new_item_at")
    public Instant lastNewItemAt;
    @Column(name = "last_error_reason")
    public String lastErrorReason;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_error_at")
    public Instant lastErrorAt;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    public long polls;
    public long failures;
    @Column(name = "items_published")
    public long itemsPublished;
    public long duplicates;
    @Column(name = "unparseable_dates")
    public long unparseableDates;
    @Column(name = "most_items_shown")
    public int mostItemsShown;
    @Column(name = "tracked_since")
    public Instant trackedSince;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public Instant leaseUntil;
}
