package org.policymonitor.alert.item.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves the full-text index's pending entries into the index on a connection of its own, off the storing
 * transaction's path. The GIN index on {@code item.search} takes a new row's ~80 lexemes into its pending list (cheap:
 * {@code fastupdate}, three times cheaper per row than inserting into the tree) and merges that list into the tree when
 * it outgrows {@code gin_pending_list_limit} (4 MB, ~1,600 benchmark items) — inside whichever {@code INSERT} crossed
 * the limit: 50–100 ms of the storing transaction's statement, ~30 µs of backend CPU per item, on the serial chain
 * that paces storing (issue 14). Merging here, once {@link #THRESHOLD} items have been stored since the last merge,
 * does the same work on another backend (another core while the storing line writes the next batch), so the storing
 * statements seldom reach the limit. Search reads the pending list and the tree alike: results do not change; a
 * shorter pending list makes each search's scan of it shorter.
 */
@ApplicationScoped
public class SearchIndexUpkeep {

    private static final Logger LOG = Logger.getLogger(SearchIndexUpkeep.class);
    /** Failed merges, the refusal included (Prometheus: {@code policy_alert_search_upkeep_failures_total}). */
    static final String FAILURES = "policy.alert.search.upkeep.failures";

    /**
     * Items stored since the last merge before one is worth it: about a third of the 4 MB limit (~2.5 KB of pending
     * entries per item), so that the merge happens here first; fewer would merge small lists (each merge updates every
     * lexeme's posting list once, so a merge per few items costs nearly what {@code fastupdate=off} does).
     */
    static final long THRESHOLD = 500;

    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;

    private final AtomicLong sinceMerge = new AtomicLong();
    private volatile boolean refused;
    /** The failure last warned about, until a merge works again: one WARN per distinct failure, not one per tick. */
    private volatile String failing;

    /** The failure count is there at 0 from the start, so an alert rule on its increase has a series to watch. */
    @PostConstruct
    void registerMeters() {
        registry.counter(FAILURES);
    }

    /** New item rows were written (counted when written: a rolled-back batch only brings a merge forward). */
    void added(int rows) {
        sinceMerge.addAndGet(rows);
    }

    @Scheduled(every = "${policy.alert.search.upkeep-interval:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (sinceMerge.get() >= THRESHOLD && !refused) {
            merge();
        }
    }

    /**
     * Merges the pending list now, whatever its size.
     *
     * @return the pending-list pages merged, or -1 if the database refused
     */
    long merge() {
        long counted = sinceMerge.get();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT gin_clean_pending_list('item_search_idx'::regclass)")) {
            rs.next();
            sinceMerge.addAndGet(-counted);
            if (failing != null) {
                LOG.infof("search index upkeep works again (it failed with: %s)", failing);
                failing = null;
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            registry.counter(FAILURES).increment();
            if ("42501".equals(e.getSQLState())) { // not the index's owner: the storing statements go on merging
                refused = true;
                LOG.warnf("search index upkeep off (the database user does not own item_search_idx): %s", e.getMessage());
            } else {
                // until it works again, the storing statements merge the pending list themselves (slower storing)
                String failure = "SQLSTATE " + e.getSQLState() + ": " + e.getMessage();
                if (failure.equals(failing)) {
                    LOG.debugf("search index upkeep failed again, tried again later: %s", failure);
                } else {
                    failing = failure;
                    LOG.warnf("search index upkeep failed, tried again later (the storing statements merge the "
                            + "pending list meanwhile): %s", failure);
                }
            }
            return -1;
        }
    }
}
