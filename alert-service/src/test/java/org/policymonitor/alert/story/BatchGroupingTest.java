package org.policymonitor.alert.story;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch is grouped as if its items were stored one by one: each labelled set stored one item per transaction and
 * then as one batch (its items meeting each other within the batch: versions, look-alikes, bridges) gives the same
 * stories — the same founders, members, counts, sightings and headlines — and the same index keys and acts. The two
 * runs lie years apart (and apart from every other test's items), so that neither meets the other.
 */
@QuarkusTest
class BatchGroupingTest {

    @Inject
    ItemStore items;
    @Inject
    DataSource dataSource;

    /** What the grouping left of one run, by the item's position in the set (ids and times differ between runs). */
    record Grouping(List<Integer> founderOf, List<String> stories, List<Integer> keys, List<Integer> acts) {
    }

    /** Days in 400 Gregorian years: the calendar, leap days and weekdays included, repeats after them. */
    private static final long GREGORIAN_CYCLE_DAYS = 146_097;

    private static final List<String> SETS = List.of("/labelled/stories.jsonl", "/labelled/stories-fresh.jsonl",
            "/labelled/stories-fresh2.jsonl", "/labelled/stories-fresh3.jsonl", "/labelled/stories-fresh4.jsonl",
            "/labelled/stories-fresh5.jsonl");

    static List<String> sets() {
        return SETS;
    }

    @ParameterizedTest
    @MethodSource("sets")
    void aBatchGetsTheStoriesItsItemsGotOneByOne(String resource) throws Exception {
        List<StoryGroupingQualityTest.Item> set = StoryGroupingQualityTest.items(resource).stream()
                .sorted(Comparator.comparing(StoryGroupingQualityTest.Item::publishedAt)).toList();
        // Each run moved ahead by whole Gregorian cycles (400 years, 146,097 days): every item keeps its calendar date
        // and weekday, so a date told in the text ("on 12 March") means the same in both runs. Moving by 365-day
        // "years" shifted the calendar date by the leap days in between — an item's date key then existed in one run
        // and not the other, and the comparison failed for 10 of the 400 years drawn at random. Each set and run gets
        // its own cycle: no other test's items share its days.
        int cycle = 2 * SETS.indexOf(resource) + 1;
        Duration oneByOneAhead = Duration.ofDays(GREGORIAN_CYCLE_DAYS * cycle);
        Duration batchAhead = Duration.ofDays(GREGORIAN_CYCLE_DAYS * (cycle + 1));
        List<ClassifiedItem> oneByOne = classified(set, TestItems.uniqueSource("one"), oneByOneAhead);
        List<ClassifiedItem> batch = classified(set, TestItems.uniqueSource("batch"), batchAhead);

        oneByOne.forEach(c -> items.store(List.of(c)));
        items.store(batch);

        Grouping expected = grouping(oneByOne, oneByOneAhead);
        Grouping actual = grouping(batch, batchAhead);
        assertThat(expected.founderOf().stream().distinct().count()).as("stories of the set")
                .isLessThan(set.size()); // the set's versions do meet: the comparison is not of singletons
        assertThat(actual.founderOf()).as("each item's story (by its founding item)").isEqualTo(expected.founderOf());
        assertThat(actual.stories()).as("story rows: founder, count, first and last sighting, headline")
                .isEqualTo(expected.stories());
        assertThat(actual.keys()).as("index keys per item").isEqualTo(expected.keys());
        assertThat(actual.acts()).as("acts per item").isEqualTo(expected.acts());
    }

    private static List<ClassifiedItem> classified(List<StoryGroupingQualityTest.Item> set, String source, Duration ahead) {
        List<ClassifiedItem> out = new ArrayList<>();
        for (int k = 0; k < set.size(); k++) {
            StoryGroupingQualityTest.Item i = set.get(k);
            // k milliseconds later: items published at the same minute (stories-fresh5 has two at 10:00) are grouped in
            // the set's order in both runs — a batch orders ties by item id, which differs between the runs (their
            // sources differ), so a tie's founder was either item, half of the time the other one
            FeedItem f = FeedItem.of(source, "Source " + source, i.link(), "i" + k, i.title(), i.summary(), null,
                    i.language(), List.of(), null, i.publishedAt().plus(ahead).plusNanos(k * 1_000_000L), null, Instant.now());
            out.add(TestItems.untagged(f));
        }
        return out;
    }

    private Grouping grouping(List<ClassifiedItem> run, Duration ahead) throws SQLException {
        Map<String, Integer> position = new HashMap<>();
        for (int k = 0; k < run.size(); k++) {
            position.put(StoryGrouper.newStoryId(run.get(k).item().id()), k);
        }
        List<Integer> founderOf = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        List<Integer> acts = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (ClassifiedItem ci : run) {
                String id = ci.item().id();
                String story = one(c, "SELECT story_id FROM story_member WHERE item_id = ?", id);
                assertThat(story).as("member of %s", id).isNotNull();
                founderOf.add(position.get(story));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT item_count, first_seen, last_seen, headline FROM story WHERE id = ?")) {
                    ps.setString(1, story);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("story row of %s", id).isTrue();
                        stories.add(position.get(story) + " " + rs.getInt(1) + " "
                                + rs.getTimestamp(2).toInstant().minus(ahead) + " "
                                + rs.getTimestamp(3).toInstant().minus(ahead) + " " + rs.getString(4));
                    }
                }
                keys.add(Integer.parseInt(one(c, "SELECT count(*) FROM story_key WHERE item_id = ?", id)));
                acts.add(Integer.parseInt(one(c, "SELECT count(*) FROM item_act WHERE item_id = ?", id)));
            }
        }
        return new Grouping(founderOf, stories, keys, acts);
    }

    private static String one(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
