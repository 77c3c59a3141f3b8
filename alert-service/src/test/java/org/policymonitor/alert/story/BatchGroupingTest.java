package org.policymonitor.alert.story;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.alert.act.ActExtractor;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /**
     * Forty-fifth round: the subject look-up on PostgreSQL ({@code s:} rows of {@code story_key}, {@code
     * StoryStore.SUBJECT_ROWS}, the batch's earlier items in memory) gives the story the in-memory index gives
     * (GenericGroupingErrorsTest's farm drones): the newspaper's piece two days after the agency's English and
     * Belarusian items, sharing with them only the subject and everyday words, joins their story — the border guards'
     * drones that week are no rival — and stays apart where the agency told a second farm-drone event that week (the
     * sprayers). Stored one item per transaction and as one batch, each run in a 400-year cycle of its own.
     */
    @Test
    void theSubjectLookUpOnPostgresGivesTheStoryTheInMemoryIndexGives() {
        // cycles 13–16: after the labelled sets' (1–12), and times still of four-digit years (an instant's text of a
        // year after 9999, "+10026-…", is no timestamp PostgreSQL reads)
        int base = 2 * SETS.size() + 1;
        for (boolean rival : List.of(false, true)) {
            Duration oneByOneAhead = Duration.ofDays(GREGORIAN_CYCLE_DAYS * (base + (rival ? 2 : 0)));
            Duration batchAhead = Duration.ofDays(GREGORIAN_CYCLE_DAYS * (base + (rival ? 3 : 1)));
            List<ClassifiedItem> oneByOne = farmDrones(rival, oneByOneAhead);
            List<ClassifiedItem> batch = farmDrones(rival, batchAhead);
            List<Integer> inMemory = inMemoryFounders(oneByOne);
            int piece = oneByOne.size() - 1;
            if (rival) {
                assertThat(inMemory.get(piece)).as("in memory: the piece where the farm drones have two stories")
                        .isEqualTo(piece);
            } else {
                assertThat(inMemory.get(piece)).as("in memory: the piece on the farm drones").isZero();
            }
            oneByOne.forEach(c -> items.store(List.of(c)));
            items.store(batch);
            try {
                assertThat(grouping(oneByOne, oneByOneAhead).founderOf()).as("one by one, rival %s", rival)
                        .isEqualTo(inMemory);
                assertThat(grouping(batch, batchAhead).founderOf()).as("one batch, rival %s", rival).isEqualTo(inMemory);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Each item's story by its founder's position, grouped by the quality test's in-memory index. */
    private static List<Integer> inMemoryFounders(List<ClassifiedItem> run) {
        FeatureExtractor extractor = new FeatureExtractor();
        ActExtractor acts = new ActExtractor();
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        Map<String, Integer> position = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            FeedItem i = run.get(k).item();
            position.put(StoryGrouper.newStoryId(i.id()), k);
            StoryFeatures f = extractor.extract(i.title(), i.summary(), i.content(), run.get(k).language(),
                    i.publishedAt().toInstant(), i.link(), acts.extract(i.title(), i.summary(), i.content()));
            out.add(position.get(index.add(i.id(), f)));
        }
        return out;
    }

    /** GenericGroupingErrorsTest's farm drones (its forty-fifth round), in time order, {@code ahead} of 2026. */
    private static List<ClassifiedItem> farmDrones(boolean rival, Duration ahead) {
        String source = TestItems.uniqueSource("drones");
        OffsetDateTime t0 = OffsetDateTime.of(2026, 9, 7, 8, 0, 0, 0, ZoneOffset.UTC).plus(ahead);
        List<String[]> items = new ArrayList<>();
        items.add(new String[]{"en", "0", "https://eng.belta.by/regions/view/grodno-farmers-drones-1.html",
                "Grodno Oblast farmers start applying fertilisers from drones",
                "Forty farms of Grodno Oblast are applying mineral fertilisers with drones on 12,500 hectares this"
                        + " spring, the regional executive committee said."});
        items.add(new String[]{"be", "40", "https://blr.belta.by/regions/view/grodna-fermery-bespilotniki-2.html",
                "На Гродзеншчыне фермеры пачалі ўносіць угнаенні з беспілотнікаў",
                "Сорак фермерскіх гаспадарак Гродзенскай вобласці гэтай вясной уносяць мінеральныя ўгнаенні з дапамогай"
                        + " беспілотнікаў на 12 500 гектарах, паведамілі ў аблвыканкаме."});
        items.add(new String[]{"ru", "600", "https://www.belta.by/society/view/pogranichniki-bespilotniki-3.html",
                "Пограничники показали новые беспилотники для охраны границы",
                "На учениях пограничной службы показали беспилотники, которые патрулируют участки границы ночью."});
        if (rival) {
            items.add(new String[]{"ru", "1200", "https://www.belta.by/regions/view/minsk-oblast-opryskivateli-4.html",
                    "В Минской области закупят беспилотники-опрыскиватели для фермеров",
                    "Фермерские хозяйства Минской области получат пятьдесят беспилотников-опрыскивателей по программе"
                            + " лизинга, сообщили в облисполкоме."});
        }
        items.add(new String[]{"ru", "2760", "https://www.sb.by/articles/nebo-nad-polem.html",
                "Небо над полем: как беспилотник помогает фермеру",
                "Фермеры рассказали, почему удобрения теперь вносят с воздуха и сколько времени беспилотник экономит в"
                        + " поле."});
        List<ClassifiedItem> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            String[] i = items.get(k);
            FeedItem f = FeedItem.of(source, "Source " + source, i[2], "d" + k, i[3], i[4], null, i[0], List.of(), null,
                    t0.plusMinutes(Long.parseLong(i[1])), null, Instant.now());
            out.add(TestItems.untagged(f));
        }
        return out;
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
