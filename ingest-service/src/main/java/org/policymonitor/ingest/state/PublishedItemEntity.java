package org.policymonitor.ingest.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Row of {@code published_item}: an item the broker acknowledged. */
@Entity
@Table(name = "published_item")
public class PublishedItemEntity extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "source_id")
    public String sourceId;
    public String link;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
}
