package org.policymonitor.alert.story;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;

import java.net.URL;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policymonitor.testing.http.ManagementPort.management;

/**
 * What a Prometheus user reads of the story grouping after one known batch: one batch timed (its whole time, also
 * its maximum), its items counted apart, one candidate search — and no per-item timer fed a batch's shared-out time.
 */
@QuarkusTest
class StoryGroupingMetricsTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;
    @Inject
    ItemStore items;

    @Test
    void aBatchOfFiveItemsIsOneTimedBatchAndFiveGroupedItems() {
        String source = TestItems.uniqueSource("metrics");
        List<ClassifiedItem> batch = IntStream.range(0, 5).mapToObj(i -> TestItems.untagged(TestItems.feedItem(source,
                "Grouping metrics item " + i + " " + source, "Summary " + i + " of a batch timed as one.", "en"))).toList();
        String before = metrics();

        items.store(batch);

        String after = metrics();
        assertThat(value(after, "policy_alert_story_grouping_batch_seconds_count")
                - value(before, "policy_alert_story_grouping_batch_seconds_count")).as("batches timed").isEqualTo(1);
        assertThat(value(after, "policy_alert_story_grouped_items_total")
                - value(before, "policy_alert_story_grouped_items_total")).as("items grouped").isEqualTo(5);
        assertThat(value(after, "policy_alert_story_candidates_batch_seconds_count")
                - value(before, "policy_alert_story_candidates_batch_seconds_count")).as("candidate searches").isEqualTo(1);
        double batchSeconds = value(after, "policy_alert_story_grouping_batch_seconds_sum")
                - value(before, "policy_alert_story_grouping_batch_seconds_sum");
        assertThat(batchSeconds).as("the batch's time").isPositive();
        assertThat(value(after, "policy_alert_story_grouping_batch_seconds_max")).as("the slowest batch, at least this one")
                .isGreaterThanOrEqualTo(batchSeconds * 0.999);
        assertThat(after).as("the per-item timers fed a batch's time shared out are gone")
                .doesNotContain("policy_alert_story_grouping_seconds").doesNotContain("policy_alert_story_candidates_seconds");
    }

    private String metrics() {
        return management(managementUrl).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of an unlabelled series; 0 when not exported yet (a meter registered but never recorded is 0 too). */
    private static double value(String body, String series) {
        return body.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim())).orElse(0.0);
    }
}
