package org.policymonitor.alert.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.ItemChange;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A change of an archived article from {@code policy.items.changed}, one row per (item, version, change). Written
 * with SQL by the change store (insert-if-absent); read here.
 */
@Entity
@Table(name = "item_change")
public class ItemChangeEntity extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "source_id")
    public String sourceId;
    public String link;
    public String title;
    public String change;
    public int version;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DiffChunk> diff = List.of();
    @Column(name = "text_hash")
    public String textHash;
    @Column(name = "http_status")
    public Integer httpStatus;
    public Instant at;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** False while the item is not stored yet: its status and alerts wait for it. */
    public boolean applied;

    public ChangeKind kind() {
        return Arrays.stream(ChangeKind.values()).filter(k -> k.wire().equals(change)).findFirst().orElseThrow();
    }

    /** Every change of an item, in the order they happened. */
    public static List<ItemChangeEntity> ofItem(String itemId) {
        return list("itemId = ?1 order by at, version, id", itemId);
    }

    /** The change as an event again (what webhooks carry), with the item's link and title when it had none. */
    public ItemChange toEvent(ItemEntity item) {
        return new ItemChange(ItemChange.SCHEMA_VERSION, itemId, sourceId != null ? sourceId : item.sourceId,
                link != null ? link : item.link, title != null ? title : item.title, kind(), version, diff, textHash,
                httpStatus == null ? 0 : httpStatus, at);
    }
}
