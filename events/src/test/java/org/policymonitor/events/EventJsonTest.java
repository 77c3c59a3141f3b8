package org.policymonitor.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    static FeedItem sampleItem() {
        return FeedItem.of("belta-ru", "BelTA (RU)", "https://www.belta.by/tech/view/ii-123-2026/?utm_source=rss",
                null, "Модельный закон об ИИ", "Парламентская ассамблея СНГ…", null, "ru",
                List.of("Технологии"), null, OffsetDateTime.of(2026, 11, 3, 11, 34, 41, 0, ZoneOffset.ofHours(3)),
                null, Instant.parse("2026-11-03T08:40:00Z"));
    }

    /** {@code null} is valid JSON but no event: refused with a reason, as every other wrong shape is. */
    @Test
    void theJsonNullIsNoEvent() {
        assertThatThrownBy(() -> EventJson.fromJson("null", FeedItem.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a valid FeedItem: the record is JSON null, not an object");
        assertThatThrownBy(() -> EventJson.fromBytes(" null ".getBytes(StandardCharsets.UTF_8),
                ClassifiedItem.class)).hasMessage("not a valid ClassifiedItem: the record is JSON null, not an object");
    }

    /**
     * A record with something after its JSON value (two events run together, a truncated write followed by another, a
     * stray byte) is refused with a reason: read up to the first value's end, it was taken whole, and what followed
     * was lost without a word. Whitespace and a line break after the value are no content.
     */
    @Test
    void contentAfterTheEventIsRefused() {
        String json = EventJson.toJson(sampleItem());
        assertThatThrownBy(() -> EventJson.fromJson(json + " garbage", FeedItem.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a valid FeedItem: ")
                .hasMessageContaining("'garbage'");
        assertThatThrownBy(() -> EventJson.fromBytes((json + json).getBytes(StandardCharsets.UTF_8), FeedItem.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Trailing token");
        assertThat(EventJson.fromJson(json + " \n", FeedItem.class)).isEqualTo(sampleItem());
    }

    @Test
    void feedItemRoundTripsAndKeepsTheOffset() {
        FeedItem item = sampleItem();
        String json = EventJson.toJson(item);
        assertThat(json).contains("\"publishedAt\":\"2026-11-03T11:34:41+03:00\"");
        FeedItem back = EventJson.fromJson(json, FeedItem.class);
        assertThat(back).isEqualTo(item);
        assertThat(back.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(back.link()).isEqualTo("https://www.belta.by/tech/view/ii-123-2026/");
    }

    @Test
    void classifiedItemRoundTripsWithEvidence() {
        ClassifiedItem classified = new ClassifiedItem(sampleItem(),
                List.of(new Tag("ai-law", List.of("ai-law.ru.model-law"),
                        List.of(new Evidence("title", "Модельный закон", 0, 15, "ai-law.ru.model-law")))),
                "sha256:abc", Instant.parse("2026-11-03T08:40:01Z"));
        ClassifiedItem back = EventJson.fromJson(EventJson.toJson(classified), ClassifiedItem.class);
        assertThat(back).isEqualTo(classified);
        assertThat(back.themes()).containsExactly("ai-law");
        assertThat(back.schemaVersion()).isEqualTo(ClassifiedItem.SCHEMA_VERSION);
    }

    /**
     * The language the classifier read the text in travels with the item; a record without it (an older classifier,
     * or an item read as labelled) means "as labelled", and the label stays the item's own.
     */
    @Test
    void theAnalysedLanguageTravelsAndItsAbsenceMeansAsLabelled() {
        FeedItem labelledRu = sampleItem().withContent("Мадэльны закон аб штучным інтэлекце", 1);
        ClassifiedItem relabelled = new ClassifiedItem(labelledRu, List.of(), "v1", Instant.parse("2026-11-03T08:40:01Z"),
                "be");
        String json = EventJson.toJson(relabelled);
        assertThat(json).contains("\"analysedLanguage\":\"be\"");
        ClassifiedItem back = EventJson.fromJson(json, ClassifiedItem.class);
        assertThat(back).isEqualTo(relabelled);
        assertThat(back.language()).isEqualTo("be");
        assertThat(back.item().language()).isEqualTo("ru");

        ClassifiedItem older = EventJson.fromJson(json.replace(",\"analysedLanguage\":\"be\"", ""), ClassifiedItem.class);
        assertThat(older.analysedLanguage()).isNull();
        assertThat(older.language()).isEqualTo("ru");
        // the label's own language (another region of it) is not a relabelling: "ru-RU" stays as the source wrote it
        FeedItem ruRu = FeedItem.of("s", "S", "https://example.org/1", null, "Закон", null, null, "ru-RU", List.of(),
                null, null, null, Instant.parse("2026-11-03T08:40:00Z"));
        ClassifiedItem same = new ClassifiedItem(ruRu, List.of(), "v1", null, "ru");
        assertThat(same.analysedLanguage()).isNull();
        assertThat(same.language()).isEqualTo("ru-RU");
        assertThat(EventJson.toJson(same)).doesNotContain("analysedLanguage");
    }

    @Test
    void anItemFromAnOlderProducerIsVersionOneAndAnEditedOneKeepsItsIdAndVersion() {
        FeedItem first = EventJson.fromJson("{\"id\": \"abc\", \"sourceId\": \"s\"}", FeedItem.class);
        assertThat(first.version()).isEqualTo(1);
        FeedItem edited = sampleItem().withContent("Новы тэкст", 3);
        FeedItem back = EventJson.fromJson(EventJson.toJson(edited), FeedItem.class);
        assertThat(back).isEqualTo(edited);
        assertThat(back.id()).isEqualTo(sampleItem().id());
        assertThat(back.version()).isEqualTo(3);
    }

    @Test
    void itemChangeRoundTripsWithItsWordDiff() {
        ItemChange change = new ItemChange(ItemChange.SCHEMA_VERSION, "abc", "belta-en",
                "https://eng.belta.by/x", "Decree signed", ChangeKind.EDITED, 2,
                List.of(new DiffChunk(DiffChunk.Op.EQUAL, "allocated"), new DiffChunk(DiffChunk.Op.DELETE, "5"),
                        new DiffChunk(DiffChunk.Op.INSERT, "7"), new DiffChunk(DiffChunk.Op.EQUAL, "million")),
                "ab12", 200, Instant.parse("2026-11-30T10:00:00Z"));
        String json = EventJson.toJson(change);
        assertThat(json).contains("\"change\":\"edited\"").contains("{\"op\":\"delete\",\"text\":\"5\"}");
        assertThat(EventJson.fromJson(json, ItemChange.class)).isEqualTo(change);
    }

    @Test
    void sourceStatusRoundTrips() {
        SourceStatus status = new SourceStatus("belta-en", "BelTA (EN)", SourceHealth.FAILING, SourceHealth.OK,
                "HTTP 404", Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-01T00:05:00Z"), 3, null);
        String json = EventJson.toJson(status);
        assertThat(json).contains("\"health\":\"failing\"");
        assertThat(EventJson.fromJson(json, SourceStatus.class)).isEqualTo(status);
    }

    @Test
    void unknownFieldsAndStatesFromANewerProducerAreTolerated() {
        String json = """
                {"schemaVersion": 7, "id": "abc", "sourceId": "s", "title": "t",
                 "sentiment": {"score": 0.4}, "newList": [1, 2], "categories": null}
                """;
        FeedItem item = EventJson.fromJson(json, FeedItem.class);
        assertThat(item.id()).isEqualTo("abc");
        assertThat(item.schemaVersion()).isEqualTo(7);
        assertThat(item.categories()).isEmpty();

        SourceStatus status = EventJson.fromJson(
                "{\"sourceId\":\"s\",\"health\":\"quarantined\",\"extra\":true}", SourceStatus.class);
        assertThat(status.health()).isEqualTo(SourceHealth.UNKNOWN);
    }

    @Test
    void malformedJsonIsAClearError() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"id\": ", FeedItem.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid FeedItem");
        assertThatThrownBy(() -> EventJson.fromJson("{\"title\": \"no id\"}", FeedItem.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
