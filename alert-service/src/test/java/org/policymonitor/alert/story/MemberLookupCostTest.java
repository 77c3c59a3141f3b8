package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.PlanCost;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the stories of a batch's candidates costs what the candidates need, however {@code story_member} grew since
 * the connection's first batches: a plan the server made and kept while the table was empty reads all of it (see
 * {@code StoredIdsLookupCostTest}, the same for the item table). Ten batches' look-ups on the empty table, the table
 * grown to 20,000 members without statistics, then one more.
 */
class MemberLookupCostTest {

    private static final int GROWN = 20_000;

    @Test
    void theCandidatesStoriesAreReadWithoutReadingEveryMember() throws SQLException {
        try (Connection c = PlanCost.freshSchema();
             Statement st = c.createStatement()) {
            List<String> candidates = IntStream.range(0, 300).mapToObj(n -> "cand-" + n).toList();
            for (int n = 0; n < 10; n++) {
                StoryStore.storiesOf(c, candidates);
            }
            st.executeUpdate("INSERT INTO item (id, source_id, stored_at, updated_at) SELECT 'i-' || n, 's', now(), now()"
                    + " FROM generate_series(1, " + GROWN + ") n");
            st.executeUpdate("INSERT INTO story_member (item_id, at, language, simhash, keys, story_id)"
                    + " SELECT 'i-' || n, now(), 'en', n, '{}', 's-' || n FROM generate_series(1, " + GROWN + ") n");

            c.setAutoCommit(false);
            long before = PlanCost.rowsScanned(st, "story_member");
            assertThat(StoryStore.storiesOf(c, List.of("i-7", "cand-1"))).containsOnlyKeys("i-7");
            long scanned = PlanCost.rowsScanned(st, "story_member") - before;
            c.rollback();

            assertThat(scanned).as("story_member rows read sequentially to look up 2 candidates (of %d members)", GROWN)
                    .isLessThan(1_000);
        }
    }
}
