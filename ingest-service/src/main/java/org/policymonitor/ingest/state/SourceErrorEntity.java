package org.policymonitor.ingest.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Row of {@code source_error}. */
@Entity
@Table(name = "source_error")
public class SourceErrorEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String reason;
    public String message;
    public String url;
}
