package org.policymonitor.alert.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.alert.item.store.PreparedItem;
import org.policymonitor.alert.item.store.StoringOverlap;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.testing.Deadlines;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two batches' storing transactions overlapping on real PostgreSQL, as the classified consumer's two-lane line runs
 * them ({@link StoringTurn}): batch N+1's transaction begins while N's holds the grouping lock and inserts its new
 * item rows then; an item in both batches is stored once, with one alert and one member row; if N rolls back, N+1
 * rolls back too and both are stored again in the order consumed — nothing lost, nothing twice.
 */
@QuarkusTest
class OverlappingBatchesTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;

    @Inject
    ItemStore store;
    @Inject
    DataSource dataSource;

    private final ExecutorService lanes = Executors.newFixedThreadPool(2);
    /** How the transactions ended, in the order they did. */
    private final List<String> ended = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch nHoldsTheLock = new CountDownLatch(1);
    private final CountDownLatch nMayGoOn = new CountDownLatch(1);
    private String source;
    private ClassifiedItem a;
    private ClassifiedItem b;
    private ClassifiedItem c;

    @BeforeEach
    void subscribe() {
        source = TestItems.uniqueSource("overlap");
        Api.subscribe("""
                {"name":"overlap","channel":"email","email":"overlap@example.org","sources":["%s"]}""".formatted(source));
        a = TestItems.modelLawItem(source, "Модельный закон об ИИ: первое чтение");
        b = TestItems.modelLawItem(source, "Модельный закон о данных: второе чтение");
        c = TestItems.modelLawItem(source, "Модельный закон о платформах: третье чтение");
    }

    @AfterEach
    void stop() {
        lanes.shutdownNow();
    }

    @Test
    void anItemInBothBatchesIsInsertedByTheFirstAndFoundStoredByTheNextWhoseRowsWentInWhileTheFirstHeldTheLock()
            throws Exception {
        StoringTurn n = StoringTurn.first();
        StoringTurn n1 = n.next();
        Future<ItemStore.Result> first = lanes.submit(() -> storing(n, List.of(a, b), o -> holdingTheLock(o, "N", false)));
        waitFor(nHoldsTheLock);
        Future<ItemStore.Result> next = lanes.submit(() -> storing(n1, List.of(b, c), o -> recording(o, "N+1")));

        // N+1 has begun while N holds the lock: its insert of b waits for N's transaction (which inserted b), not for
        // the lock — its rows go in before it takes the lock
        await().atMost(DEADLINE).until(this::anItemInsertWaitsForATransaction);
        assertThat(next).isNotDone();

        nMayGoOn.countDown();
        assertCreatedAndUnchanged(first, 2, 0);
        // b was stored by N when N+1's insert found it: a stored item, unchanged, owing nothing
        assertCreatedAndUnchanged(next, 1, 1);
        assertThat(ended).containsExactly("N committed", "N+1 committed");
        assertStoredOnceWithOneAlertEach(a, b, c);
    }

    @Test
    void whenTheFirstRollsBackAfterTheNextInsertedItsRowsTheNextRollsBackTooAndBothAreStoredAgainInOrder()
            throws Exception {
        StoringTurn n = StoringTurn.first();
        StoringTurn n1 = n.next();
        Future<ItemStore.Result> first = lanes.submit(() -> {
            try {
                return n.store(o -> store.storePrepared(bare(a, b), holdingTheLock(o, "N", true)));
            } catch (IllegalStateException refused) {
                // what the retry of a refused batch does: the batch stored again, here whole
                return n.store(o -> store.storePrepared(bare(a, b), recording(o, "N again")));
            } finally {
                n.finish();
            }
        });
        waitFor(nHoldsTheLock);
        Future<ItemStore.Result> next = lanes.submit(() -> storing(n1, List.of(b, c), o -> recording(o, "N+1")));
        await().atMost(DEADLINE).until(this::anItemInsertWaitsForATransaction);

        nMayGoOn.countDown(); // N rolls back: N+1's insert of b now goes in, and N+1 must not commit before N

        assertCreatedAndUnchanged(first, 2, 0);
        assertCreatedAndUnchanged(next, 1, 1);
        assertThat(ended).containsExactlyInAnyOrder("N rolled back", "N+1 rolled back", "N again committed",
                "N+1 committed");
        assertThat(ended.get(0)).isEqualTo("N rolled back");
        assertThat(ended.indexOf("N again committed")).as("commit order in %s", ended)
                .isLessThan(ended.indexOf("N+1 committed"));
        assertStoredOnceWithOneAlertEach(a, b, c);
    }

    private static void assertCreatedAndUnchanged(Future<ItemStore.Result> stored, int created, int unchanged)
            throws Exception {
        ItemStore.Result result = stored.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(List.of(result.created(), result.reclassified(), result.unchanged())).as("created, reclassified, "
                + "unchanged").containsExactly(created, 0, unchanged);
    }

    private ItemStore.Result storing(StoringTurn turn, List<ClassifiedItem> items,
                                     Function<StoringOverlap, StoringOverlap> overlap) {
        try {
            return turn.store(o -> store.storePrepared(bare(items.toArray(ClassifiedItem[]::new)), overlap.apply(o)));
        } finally {
            turn.finish();
        }
    }

    private static List<PreparedItem> bare(ClassifiedItem... items) {
        return Stream.of(items).map(PreparedItem::bare).toList();
    }

    /** N: once it holds the lock it says so and waits for the test; then it commits, or fails and rolls back. */
    private StoringOverlap holdingTheLock(StoringOverlap overlap, String name, boolean fail) {
        StoringOverlap recorded = recording(overlap, name);
        return new StoringOverlap() {
            @Override
            public void lockTaken() {
                recorded.lockTaken();
                nHoldsTheLock.countDown();
                waitFor(nMayGoOn);
                if (fail) {
                    throw new IllegalStateException(name + " refused after taking the lock");
                }
            }

            @Override
            public void ended(boolean committed) {
                recorded.ended(committed);
            }
        };
    }

    private StoringOverlap recording(StoringOverlap overlap, String name) {
        return new StoringOverlap() {
            @Override
            public void lockTaken() {
                overlap.lockTaken();
            }

            @Override
            public void ended(boolean committed) {
                ended.add(name + (committed ? " committed" : " rolled back"));
                overlap.ended(committed);
            }
        };
    }

    private boolean anItemInsertWaitsForATransaction() throws SQLException {
        try (Connection cn = dataSource.getConnection();
             PreparedStatement ps = cn.prepareStatement("""
                     SELECT count(*) FROM pg_stat_activity
                     WHERE wait_event = 'transactionid' AND query LIKE 'INSERT INTO item %'""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    private void assertStoredOnceWithOneAlertEach(ClassifiedItem... items) throws SQLException {
        List<String> ids = Stream.of(items).map(i -> i.item().id()).toList();
        try (Connection cn = dataSource.getConnection()) {
            assertThat(countPerItem(cn, "SELECT count(*) FROM item WHERE id = ?", ids)).as("item rows")
                    .containsOnly(1);
            assertThat(countPerItem(cn, "SELECT count(*) FROM story_member WHERE item_id = ?", ids)).as("member rows")
                    .containsOnly(1);
            // the test's subscription owes one alert per item (a subscription of every source, another test's, one more)
            List<Integer> alerts = countPerItem(cn, "SELECT count(*) FROM delivery WHERE item_id = ?", ids);
            assertThat(alerts).as("alerts owed per item").allMatch(n -> n >= 1).containsOnly(alerts.get(0));
        }
    }

    private static List<Integer> countPerItem(Connection cn, String sql, List<String> ids) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        for (String id : ids) {
            try (PreparedStatement ps = cn.prepareStatement(sql)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.add(rs.getInt(1));
                }
            }
        }
        return counts;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("never happened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
