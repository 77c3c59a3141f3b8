package org.policymonitor.alert.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One review decision; the rows of an item are its audit trail. */
@Entity
@Table(name = "item_review")
public class ReviewEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_review_seq")
    @SequenceGenerator(name = "item_review_seq", sequenceName = "item_review_seq", allocationSize = 50)
    public Long id;
    @Column(name = "item_id")
    public String itemId;
    public String status;
    public String note;
    public String reviewer;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    public static List<ReviewEntity> ofItem(String itemId) {
        return list("itemId = ?1 order by reviewedAt, id", itemId);
    }
}
