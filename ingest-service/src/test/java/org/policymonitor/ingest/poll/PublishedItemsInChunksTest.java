package org.policymonitor.ingest.poll;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.FeedsAndBroker.Feed;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.RecordingPublisher;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.messaging.KafkaItemPublisher;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.platform.web.Problem;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A poll records what it published in transactions of a bounded size, so no transaction's time grows with the poll:
 * stored in one transaction, the 2 500 items of one poll outlived the transaction timeout on a loaded machine
 * ({@code ARJUNA016102: The transaction is not active}), the poll failed after Kafka had taken its items, and the
 * next poll published them again — on a machine that slow, every poll of that source.
 */
@QuarkusTest
class PublishedItemsInChunksTest {

    private static final int ITEMS = 600;
    /** The catalogue file the service reads in the test profile. */
    private static final Path CATALOGUE = Path.of("target/test-sources.yaml");

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    Pollers pollers;
    @Inject
    KafkaItemPublisher publisher;
    @Inject
    StateStore store;
    @Inject
    DataSource dataSource;

    @Test
    void aPollsItemsAreRecordedInTransactionsOfBoundedSizeAndEachOnce() throws SQLException {
        Feed feed = infra.feed("chunks").serve(id -> TestFeeds.largeRss(id, ITEMS), "\"v1\"");
        SourcePoller poller = pollers.largeDocumentPoller("instance-chunks", publisher, ITEMS);

        PollReport first = poller.poll(feed.source(), true);
        assertThat(first.outcome()).as(first.toString()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(first.newItems()).isEqualTo(ITEMS);
        assertThat(store.publishedCount(feed.id())).isEqualTo(ITEMS);
        // rows written by one transaction share its id (xmin): no transaction wrote more than a chunk
        assertThat(rowsPerTransaction(feed.id())).as("items recorded per transaction")
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(StateStore.SAVE_CHUNK))
                .hasSizeGreaterThan(1);
        // the validators were saved with the last chunk: the next poll hears "not modified", publishes nothing again
        assertThat(poller.poll(feed.source(), true).outcome()).isEqualTo(PollReport.Outcome.NOT_MODIFIED);
        assertThat(store.publishedCount(feed.id())).isEqualTo(ITEMS);
    }

    /**
     * Another instance takes the source between two of a poll's transactions (the poll's renewals kept from the
     * database longer than a lease): the poll's report says what it sent and recorded — until 7 December 2026 it said
     * "nothing published or saved by this poll" after 600 items had gone to Kafka and 250 been recorded — and the next
     * poll publishes only the items that were not recorded.
     */
    @Test
    void aLeaseLostBetweenTwoTransactionsIsReportedWithWhatWasRecordedAndTheNextPollPublishesOnlyTheRest()
            throws SQLException {
        Feed feed = infra.feed("lost-midway").serve(id -> TestFeeds.largeRss(id, ITEMS), "\"v1\"");
        RecordingPublisher recording = new RecordingPublisher(publisher);
        SourcePoller poller = pollers.largeDocumentPoller("instance-losing", recording, ITEMS);
        String taker = LeaseHolder.forPoll("instance-taking");

        PollReport lost;
        try (Trigger ignored = leaseTakenAfterFirstChunk(feed.id(), taker)) {
            lost = poller.poll(feed.source(), true);
        }
        Set<String> recorded = publishedIds(feed.id());
        assertThat(recorded).as("the first transaction's items").hasSize(StateStore.SAVE_CHUNK);
        assertThat(lost.outcome()).as(lost.toString()).isEqualTo(PollReport.Outcome.SKIPPED);
        assertThat(lost.error()).as("what the poll says it did")
                .contains(ITEMS + " new items", StateStore.SAVE_CHUNK + " of them recorded",
                        "the other " + (ITEMS - StateStore.SAVE_CHUNK) + " are published again by the next poll")
                .doesNotContain("nothing published");
        assertThat(lost.newItems()).as("items this poll sent to Kafka").isEqualTo(ITEMS);

        store.release(feed.id(), taker); // the instance that took the source is done with it
        recording.clear();
        PollReport next = poller.poll(feed.source(), true);
        assertThat(next.outcome()).as(next.toString()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(next.newItems()).isEqualTo(ITEMS - StateStore.SAVE_CHUNK);
        assertThat(next.duplicates()).isEqualTo(StateStore.SAVE_CHUNK);
        Set<String> republished = new HashSet<>(recording.ids());
        assertThat(republished).as("published by the next poll: only the items not recorded")
                .hasSize(ITEMS - StateStore.SAVE_CHUNK)
                .doesNotContainAnyElementsOf(recorded);
        assertThat(store.publishedCount(feed.id())).isEqualTo(ITEMS);
    }

    /**
     * The same loss in a poll an operator asked for ({@code POST /api/sources/{id}/poll}): the 409 says what the poll
     * sent and recorded, in its detail and as members of the problem — until 7 December 2026 it said only that
     * another instance was polling the source, after 600 items had gone to Kafka and 250 been recorded.
     */
    @Test
    void aManualPollThatLosesItsLeaseMidwayAnswers409WithWhatItSentAndRecorded() throws Exception {
        Feed feed = infra.feed("manual-lost").serve(id -> TestFeeds.largeRss(id, ITEMS), "\"v1\"");
        Files.writeString(CATALOGUE, """
                version: 1
                sources:
                  - {id: %s, name: Manual poll, type: rss, url: '%s', language: en}
                """.formatted(feed.id(), infra.server().url(feed.path())));
        admin().post("/api/admin/sources/reload").then().statusCode(200);
        String taker = LeaseHolder.forPoll("instance-taking");

        try (Trigger ignored = leaseTakenAfterFirstChunk(feed.id(), taker)) {
            admin().post("/api/sources/" + feed.id() + "/poll").then().statusCode(409)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString(ITEMS + " new items"))
                    .body("detail", containsString(StateStore.SAVE_CHUNK + " of them recorded"))
                    .body("detail", containsString("the other " + (ITEMS - StateStore.SAVE_CHUNK)
                            + " are published again by the next poll"))
                    .body("newItems", equalTo(ITEMS))
                    .body("recorded", equalTo(StateStore.SAVE_CHUNK))
                    .body("publishedAgainByNextPoll", equalTo(ITEMS - StateStore.SAVE_CHUNK));
        }
        assertThat(store.publishedCount(feed.id())).as("what the 409 says was recorded").isEqualTo(StateStore.SAVE_CHUNK);
        store.release(feed.id(), taker);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    /**
     * Stands in for another instance that claims the source while the poll's renewals do not get through: a trigger
     * hands the lease to {@code taker} in the transaction that records the poll's {@link StateStore#SAVE_CHUNK}th
     * item, so the poll's next transaction finds the lease gone. Dropped on close.
     */
    private Trigger leaseTakenAfterFirstChunk(String sourceId, String taker) throws SQLException {
        String name = "take_lease_" + sourceId.replaceAll("[^a-z0-9]", "_");
        execute("create function " + name + "() returns trigger language plpgsql as $$ begin "
                + "if (select count(*) from published_item where source_id = new.source_id) = " + StateStore.SAVE_CHUNK
                + " then update source_state set lease_owner = '" + taker + "', "
                + "lease_until = now() + interval '10 minutes' where source_id = new.source_id; end if; "
                + "return new; end $$");
        execute("create trigger " + name + " after insert on published_item for each row when (new.source_id = '"
                + sourceId + "') execute function " + name + "()");
        return () -> {
            execute("drop trigger " + name + " on published_item");
            execute("drop function " + name + "()");
        };
    }

    /** A trigger of the test's, dropped on close. */
    private interface Trigger extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Set<String> publishedIds(String sourceId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select item_id from published_item where source_id = ?")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private List<Integer> rowsPerTransaction(String sourceId) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from published_item where source_id = ? group by xmin::text")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.add(rs.getInt(1));
                }
            }
        }
        return counts;
    }
}
