package org.policymonitor.alert.messaging;

import org.policymonitor.alert.item.store.StoringOverlap;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One batch's place on a storing line with two lanes: its first transaction may overlap the transaction of the
 * batch before it — it begins once that one holds the grouping lock, inserts its new item rows, and takes the lock
 * once that one has ended ({@link StoringOverlap}; {@code ItemStore} says why that cannot deadlock). If the batch
 * before it rolled back meanwhile, this one rolls back too and is stored again once that batch is finished (stored,
 * stored one by one, dead-lettered, or stopped), alone: batches commit in the order consumed, and the grouping of
 * each sees the stories of every batch consumed before it.
 */
final class StoringTurn {

    /** A transaction of this batch that the next batch's first transaction may overlap: how it ended. */
    private static final class Held {
        final CompletableFuture<Boolean> committed = new CompletableFuture<>();
    }

    private final StoringTurn previous;
    /** Completed with the first transaction of this batch that holds the lock, or with null once the batch is done. */
    private final CompletableFuture<Held> overlappable = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    /** Guarded by this turn's lane (one thread): whether a transaction of it has begun. */
    private boolean begun;

    private StoringTurn(StoringTurn previous) {
        this.previous = previous;
    }

    /** The first batch's turn: nothing before it. */
    static StoringTurn first() {
        StoringTurn none = new StoringTurn(null);
        none.finish();
        return new StoringTurn(none);
    }

    /** The turn of the batch consumed after this one. */
    StoringTurn next() {
        return new StoringTurn(this);
    }

    /**
     * Runs one transaction of this batch ({@code transaction} is given its overlap), as often as retries call it:
     * the first overlaps the previous batch's open transaction if there is one; the others, and one whose
     * predecessor rolled back, run only once the previous batch is finished.
     *
     * @throws RetryingExecutor.Stopping interrupted while waiting for the previous batch
     */
    <R> R store(Function<StoringOverlap, R> transaction) {
        if (!begun) {
            begun = true;
            Held before = await(previous.overlappable);
            if (before != null) {
                try {
                    return transaction.apply(new Attempt(before));
                } catch (StoringOverlap.PredecessorRolledBack rolledBack) {
                    // rolled back as its predecessor did, nothing of it stored: again below, once that batch is done
                }
            }
        }
        await(previous.done);
        return transaction.apply(new Attempt(null));
    }

    /** This batch is finished (its records settled or stopping): the next batch waits for nothing of it any more. */
    void finish() {
        overlappable.complete(null);
        done.complete(null);
    }

    private final class Attempt implements StoringOverlap {
        private final Held before;
        private final Held own = new Held();

        Attempt(Held before) {
            this.before = before;
        }

        @Override
        public void lockTaken() {
            // the lock is ours, so the transaction before (which held it first) has ended: only its Java side's
            // afterCompletion may still be on its way
            if (before != null && !await(before.committed)) {
                throw new PredecessorRolledBack();
            }
            overlappable.complete(own); // the first of this batch's transactions to hold the lock; no-op for later ones
        }

        @Override
        public void ended(boolean committed) {
            own.committed.complete(committed);
        }
    }

    private static <V> V await(Future<V> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryingExecutor.Stopping(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
