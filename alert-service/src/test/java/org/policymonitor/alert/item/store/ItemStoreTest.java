package org.policymonitor.alert.item.store;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.messaging.RecordParser;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
    private final FeedItem feed = FeedItem.of("s", "S", "https://a.by/1", "g1", "t", null, null, "en", null, null,
            null, null, T0);

    private ClassifiedItem classified(String ruleset, Instant at, String... themes) {
        return new ClassifiedItem(feed, Arrays.stream(themes).map(t -> new Tag(t, List.of(), List.of())).toList(),
                ruleset, at);
    }

    @Test
    void theSameClassificationAgainChangesNothing() {
        assertThat(ItemStore.supersedes(classified("v1", T0, "ai-law"), 1, "v1", T0, List.of("ai-law"))).isFalse();
    }

    @Test
    void aNewerClassificationWithOtherTagsOrRulesetReplaces() {
        assertThat(ItemStore.supersedes(classified("v1", T0.plusSeconds(1), "ai-law", "cybersecurity"), 1, "v1", T0,
                List.of("ai-law"))).isTrue();
        assertThat(ItemStore.supersedes(classified("v2", T0.plusSeconds(1), "ai-law"), 1, "v1", T0, List.of("ai-law"))).isTrue();
        assertThat(ItemStore.supersedes(classified("v1", T0.plusSeconds(1), "ai-law"), 1, "v1", T0, List.of("ai-law"))).isFalse();
    }

    @Test
    void anOlderClassificationArrivingLateIsIgnored() {
        assertThat(ItemStore.supersedes(classified("v0", T0.minusSeconds(60)), 1, "v1", T0, List.of("ai-law"))).isFalse();
    }

    @Test
    void aNewerVersionOfTheTextAlwaysReplacesAndAnOlderOneNever() {
        FeedItem v2 = feed.withContent("the edited text", 2);
        ClassifiedItem sameTags = new ClassifiedItem(v2, List.of(new Tag("ai-law", List.of(), List.of())), "v1", T0);
        // same ruleset, same themes, even the same classification time: the text (and evidence offsets) changed
        assertThat(ItemStore.supersedes(sameTags, 1, "v1", T0, List.of("ai-law"))).isTrue();
        // version 1 classified again later, after version 2 is stored: an older text, ignored
        assertThat(ItemStore.supersedes(classified("v2", T0.plusSeconds(60), "cybersecurity"), 2, "v1", T0,
                List.of("ai-law"))).isFalse();
    }

    @Test
    void changeRecordsAreCheckedWithAReason() {
        assertThat(RecordParser.itemChange("""
                {"itemId":"abc","change":"edited","version":2,"at":"2026-11-30T10:00:00Z",
                 "diff":[{"op":"delete","text":"5"},{"op":"insert","text":"7"}]}""").diff()).hasSize(2);
        assertThatThrownBy(() -> RecordParser.itemChange("{\"itemId\":\"abc\",\"change\":\"moved\",\"version\":2}"))
                .hasMessageStartingWith("not a valid ItemChange");
        assertThatThrownBy(() -> RecordParser.itemChange(
                "{\"itemId\":\"abc\",\"change\":\"edited\",\"version\":0,\"at\":\"2026-11-30T10:00:00Z\"}"))
                .hasMessageContaining("version");
        assertThatThrownBy(() -> RecordParser.itemChange("{\"itemId\":\"abc\",\"change\":\"removed\",\"version\":3}"))
                .hasMessageContaining("at is required");
        assertThatThrownBy(() -> RecordParser.itemChange("")).hasMessage("empty record value");
    }

    @Test
    void recordsWithoutAnItemOrIdAreRejectedWithAReason() {
        assertThatThrownBy(() -> RecordParser.classifiedItem("{\"tags\":[]}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid ClassifiedItem");
        assertThatThrownBy(() -> RecordParser.classifiedItem("")).hasMessage("empty record value");
        assertThatThrownBy(() -> RecordParser.classifiedItem(
                "{\"item\":{\"id\":\"\",\"sourceId\":\"s\"},\"tags\":[]}")).hasMessageContaining("item.id");
    }
}
