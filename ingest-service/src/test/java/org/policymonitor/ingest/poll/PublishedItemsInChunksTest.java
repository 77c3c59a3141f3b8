package org.policymonitor.ingest.poll;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.messaging.KafkaItemPublisher;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll records what it published in transactions of a bounded size, so no transaction's time grows with the poll:
 * stored in one transaction, the 2 500 items of one poll outlived the transaction timeout on a loaded machine
 * ({@code ARJUNA016102: The transaction is not active}), the poll failed after Kafka had taken its items, and the
 * next poll published them again — on a machine that slow, every poll of that source.
 */
@QuarkusTest
class PublishedItemsInChunksTest {

    private static final int ITEMS = 600;

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
        String id = TestFeeds.uniqueId("chunks");
        String path = "/" + id + "/rss";
        infra.server().serveFeed(path, TestFeeds.largeRss(id, ITEMS), "application/rss+xml; charset=utf-8", "\"v1\"");
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));
        SourcePoller poller = pollers.largeDocumentPoller("instance-chunks", publisher, ITEMS);

        PollReport first = poller.poll(source, true);
        assertThat(first.outcome()).as(first.toString()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(first.newItems()).isEqualTo(ITEMS);
        assertThat(store.publishedCount(id)).isEqualTo(ITEMS);
        // rows written by one transaction share its id (xmin): no transaction wrote more than a chunk
        assertThat(rowsPerTransaction(id)).as("items recorded per transaction")
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(StateStore.SAVE_CHUNK))
                .hasSizeGreaterThan(1);
        // the validators were saved with the last chunk: the next poll hears "not modified", publishes nothing again
        assertThat(poller.poll(source, true).outcome()).isEqualTo(PollReport.Outcome.NOT_MODIFIED);
        assertThat(store.publishedCount(id)).isEqualTo(ITEMS);
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
