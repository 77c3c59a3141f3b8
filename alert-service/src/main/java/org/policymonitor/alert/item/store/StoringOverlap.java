package org.policymonitor.alert.item.store;

/**
 * How one storing transaction stands to the one before it on a storing line, which may still be open: a batch's new
 * item rows are inserted before the grouping lock is taken, so while batch N holds the lock (grouping, writing its
 * stories and outbox, committing) batch N+1's transaction already inserts its rows — the item {@code INSERT}, about
 * half of PostgreSQL's storing time, off the serial line. {@link ItemStore} tells the overlap when its transaction
 * holds the lock and how it ended; the line ({@code messaging.StoringTurn}) decides when the next batch may begin.
 */
public interface StoringOverlap {

    /** No transaction before this one is open: storing alone, as without a line. */
    StoringOverlap ALONE = new StoringOverlap() {
        @Override
        public void lockTaken() {
            // nothing overlaps
        }

        @Override
        public void ended(boolean committed) {
            // nobody waits for it
        }
    };

    /**
     * This transaction holds the grouping lock, so the transaction before it (which held the lock first) has ended.
     * Returns if that one committed — the grouping that follows sees its stories — and lets the next batch's
     * transaction begin.
     *
     * @throws PredecessorRolledBack the transaction before it rolled back: this one must roll back too and be stored
     *                               again once the batch before it is stored (or dead-lettered), so that batches
     *                               commit in the order consumed
     */
    void lockTaken();

    /** After this transaction's completion (its synchronisation): committed or rolled back. */
    void ended(boolean committed);

    /** The transaction before this one rolled back after this one had inserted its rows: see {@link #lockTaken}. */
    final class PredecessorRolledBack extends RuntimeException {
        public PredecessorRolledBack() {
            super("the batch before this one rolled back; stored again after it", null, false, false);
        }
    }
}
