package org.policymonitor.alert.ingest;

import org.junit.jupiter.api.Test;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
    private final FeedItem feed = FeedItem.of("s", "S", "https://a.by/1", "g1", "t", null, null, "en", null, null,
            null, null, T0);

    private ClassifiedItem classified(String ruleset, Instant at, String... themes) {
        return new ClassifiedItem(feed, java.util.Arrays.stream(themes).map(t -> new Tag(t, List.of(), List.of())).toList(),
                ruleset, at);
    }

    @Test
    void theSameClassificationAgainChangesNothing() {
        assertThat(ItemStore.supersedes(classified("v1", T0, "ai-law"), "v1", T0, List.of("ai-law"))).isFalse();
    }

    @Test
    void aNewerClassificationWithOtherTagsOrRulesetReplaces() {
        assertThat(ItemStore.supersedes(classified("v1", T0.plusSeconds(1), "ai-law", "cybersecurity"), "v1", T0,
                List.of("ai-law"))).isTrue();
        assertThat(ItemStore.supersedes(classified("v2", T0.plusSeconds(1), "ai-law"), "v1", T0, List.of("ai-law"))).isTrue();
        assertThat(ItemStore.supersedes(classified("v1", T0.plusSeconds(1), "ai-law"), "v1", T0, List.of("ai-law"))).isFalse();
    }

    @Test
    void anOlderClassificationArrivingLateIsIgnored() {
        assertThat(ItemStore.supersedes(classified("v0", T0.minusSeconds(60)), "v1", T0, List.of("ai-law"))).isFalse();
    }

    @Test
    void recordsWithoutAnItemOrIdAreRejectedWithAReason() {
        assertThatThrownBy(() -> RecordParser.classifiedItem("{\"tags\":[]}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid ClassifiedItem");
        assertThatThrownBy(() -> RecordParser.classifiedItem("")).hasMessage("empty record value");
        assertThatThrownBy(() -> RecordParser.classifiedItem(
                "{\"item\":{\"id\":\"\",\"sourceId\":\"s\"},\"tags\":[]}")).hasMessageContaining("item.id");
    }

    @Test
    void databaseOutagesAreTransientAndBadDataIsNot() {
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("Acquisition timeout")))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("value too long", "22001")))).isFalse();
        assertThat(Failures.isTransient(new IllegalArgumentException("bad"))).isFalse();
    }
}
