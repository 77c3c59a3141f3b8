package org.policymonitor.alert.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.DecreeNumbers;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The item filters are one set, accepted and applied alike by every list: items, their export, statistics, stories and
 * acts. Three items of their own sources, each its own story mentioning its own decree, so that whatever a list
 * returns (items, stories, acts, a count) can be read back as the items it selected.
 */
@QuarkusTest
class ItemFiltersOnEveryListTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;

    /** The lists that take the item filters, and how to read what they return as the items it stands for. */
    enum Endpoint {
        ITEMS("/api/items", Map.of()),
        EXPORT("/api/items/export", Map.of("format", "json")),
        STATS("/api/stats", Map.of()),
        STORIES("/api/stories", Map.of()),
        ACTS("/api/acts", Map.of());

        final String path;
        final Map<String, String> fixed;

        Endpoint(String path, Map<String, String> fixed) {
            this.path = path;
            this.fixed = fixed;
        }

        /** The fixture's items this endpoint's answer stands for; statistics tell only how many. */
        Set<String> selected(JsonPath answer, Fixture fixture) {
            return switch (this) {
                case ITEMS -> Set.copyOf(answer.getList("items.id", String.class));
                case EXPORT -> Set.copyOf(answer.getList("id", String.class));
                case STATS -> throw new UnsupportedOperationException("statistics count, they name no items");
                case STORIES -> answer.getList("items.id", String.class).stream().map(fixture.byStory::get)
                        .collect(Collectors.toSet());
                case ACTS -> answer.getList("items.id", String.class).stream().map(fixture.byAct::get)
                        .collect(Collectors.toSet());
            };
        }
    }

    /** The three items: what each is, and the story and act that lead back to it. */
    static final class Fixture {
        final String sourceA = TestItems.uniqueSource("filters-a");
        final String sourceB = TestItems.uniqueSource("filters-b");
        final Map<String, String> ids = new LinkedHashMap<>();
        final Map<String, String> byStory = new LinkedHashMap<>();
        final Map<String, String> byAct = new LinkedHashMap<>();

        String scope() {
            return sourceA + "," + sourceB;
        }
    }

    private static KafkaTestClient kafka;
    private static Fixture fixture;

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    /** One filter and the fixture items (a, b, c) it selects. */
    record Case(String parameter, String value, String expected) {
        @Override
        public String toString() {
            return parameter + "=" + value;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("theme", "ai-law", "a"),
            new Case("theme", "cybersecurity,ai-law", "ab"),
            new Case("source", "{b}", "bc"),
            new Case("language", "en", "b"),
            new Case("language", "ru-RU", "a"),
            new Case("publishedFrom", "2026-02-01", "bc"),
            new Case("publishedTo", "2026-02-10", "ab"),
            new Case("fetchedFrom", "2026-03-11T00:00:00Z", "c"),
            new Case("fetchedTo", "2026-01-31", "a"),
            new Case("q", "cybercrimes", "b"),
            new Case("review", "relevant", "a"),
            new Case("tagged", "true", "ab"),
            new Case("tagged", "FALSE", "abc"));

    static Stream<Arguments> everyFilterOnEveryEndpoint() {
        return Arrays.stream(Endpoint.values()).flatMap(e -> CASES.stream().map(c -> Arguments.of(e, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFilterOnEveryEndpoint")
    void everyListAppliesEveryFilter(Endpoint endpoint, Case filter) {
        Fixture f = fixture();
        String value = filter.value().replace("{b}", f.sourceB);
        var request = Api.asAnalyst().queryParams(endpoint.fixed).queryParam(filter.parameter(), value);
        if (!filter.parameter().equals("source")) {
            request.queryParam("source", f.scope());
        }
        Response response = request.get(endpoint.path);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);

        Set<String> expected = filter.expected().chars().mapToObj(c -> f.ids.get(String.valueOf((char) c)))
                .collect(Collectors.toSet());
        if (endpoint == Endpoint.STATS) {
            assertThat(response.jsonPath().getInt("total")).as("%s with %s", endpoint.path, filter)
                    .isEqualTo(expected.size());
        } else {
            assertThat(endpoint.selected(response.jsonPath(), f)).as("%s with %s", endpoint.path, filter)
                    .isEqualTo(expected);
        }
    }

    static Stream<Arguments> everyInvalidFilterOnEveryEndpoint() {
        List<List<String>> invalid = List.of(
                List.of("publishedFrom", "yesterday"), List.of("publishedTo", "2026-13-01"),
                List.of("fetchedFrom", "soon"), List.of("fetchedTo", "31.01.2026"),
                List.of("language", "<b>"), List.of("language", "-"), List.of("language", "_"), List.of("language", "--en"),
                List.of("review", "maybe"), List.of("q", "x".repeat(501)),
                List.of("tagged", "maybe"), List.of("tagged", "yes"),
                // a theme no rule defines and no stored item carries, a source no catalogue could name (trial23)
                List.of("theme", "no-such-theme"), List.of("theme", "ai-law,AI-law"), List.of("source", "Belta-RU"),
                List.of("source", "belta-ru,belta ru"),
                // dates Java reads but PostgreSQL keeps no timestamp for (4713 BC to 294276 AD): a 500 until trial16
                List.of("publishedFrom", "-4714-01-01T00:00:00Z"), List.of("fetchedTo", "+294277-01-01T00:00:00Z"));
        return Arrays.stream(Endpoint.values()).flatMap(e -> invalid.stream().map(p -> Arguments.of(e, p.get(0), p.get(1))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyInvalidFilterOnEveryEndpoint")
    void everyListRefusesAnInvalidFilterNamingIt(Endpoint endpoint, String parameter, String value) {
        Api.asAnalyst().queryParams(endpoint.fixed).queryParam(parameter, value).get(endpoint.path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(parameter))
                .body("detail", containsString(parameter));
    }

    /** Percent-encoded bytes that are no UTF-8 text: half a surrogate pair, a byte no UTF-8 has, a cut sequence, an overlong '/'. */
    static Stream<Arguments> everyQueryThatIsNoUtf8OnEveryEndpoint() {
        List<String> raw = List.of("%ED%A0%80", "%FF", "%D0%B7%D0", "a%C0%AFb");
        return Arrays.stream(Endpoint.values()).flatMap(e -> raw.stream().map(q -> Arguments.of(e, q)));
    }

    /**
     * A query whose percent-encoded bytes decode to no text ({@code q=%ED%A0%80}, a lone surrogate) is a 400 naming
     * {@code q}. Until 6 December 2026 the platform decoded it to U+FFFD, the search looked for that, and the answer
     * was an empty 200: "nothing found" for a query nobody could have typed. The same word encoded right is searched.
     */
    @ParameterizedTest(name = "{0} q={1}")
    @MethodSource("everyQueryThatIsNoUtf8OnEveryEndpoint")
    void aQueryThatIsNoUtf8TextIsA400NamingIt(Endpoint endpoint, String raw) {
        Api.asAnalyst().urlEncodingEnabled(false).queryParams(endpoint.fixed).queryParam("q", raw).get(endpoint.path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("q"))
                .body("detail", containsString("q: is not valid UTF-8 text"));
        Api.asAnalyst().urlEncodingEnabled(false).queryParams(endpoint.fixed).queryParam("q", "%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD")
                .get(endpoint.path).then().statusCode(200);
    }

    /**
     * A bound the database cannot compare with is the client's mistake, named with the years that work: Java reads
     * {@code -4714-01-01T00:00:00Z} and {@code +294277-…}, PostgreSQL keeps timestamps from 4713 BC to 294276 AD only,
     * and until trial16 such a bound was a 500 "unexpected error" (the JSON export: a 200 with an empty list).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void aDateOutsideTheYearsZeroTo9999IsA400SayingSo(Endpoint endpoint) {
        Api.asAnalyst().queryParams(endpoint.fixed).queryParam("publishedFrom", "-4714-01-01T00:00:00Z")
                .get(endpoint.path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("publishedFrom: must be in the years 0000 to 9999; it is -4714-01-01T00:00:00Z"));
    }

    /**
     * A theme typed wrong is named with the themes there are: those of the ruleset in force and those stored items
     * still carry. Until 5 December 2026 {@code theme=no-such-theme} was a 200 with nothing in it, as a theme with no
     * item yet is, so a typo looked like a quiet week (trial23).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void aThemeNoRuleNorItemKnowsIsA400NamingTheKnownOnes(Endpoint endpoint) {
        Api.asAnalyst().queryParams(endpoint.fixed).queryParam("theme", "ai-law,no-such-theme").get(endpoint.path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("theme")))
                .body("detail", containsString("theme: unknown theme 'no-such-theme'; known: "))
                .body("detail", containsString(" ai-standards, "))
                .body("detail", containsString(" artificial-intelligence, "));
    }

    /**
     * Many typos in one request are one error naming the first ten and the count, the known themes said once: each
     * unknown theme was its own error repeating the whole known list, in the detail and again in the errors, so that a
     * request line of ~1,000 one-letter themes drew an answer of ~0.7 MB — and asked the database once per theme.
     */
    @Test
    void manyUnknownThemesAreOneErrorOfBoundedSize() {
        String typos = IntStream.range(0, 300).mapToObj(i -> "t" + i).collect(Collectors.joining(","));
        String body = Api.asAnalyst().queryParam("theme", typos).get("/api/items")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("theme")))
                .body("detail", startsWith("theme: unknown themes 't0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8',"
                        + " 't9' and 290 more; known: "))
                .body("detail", containsString(" ai-standards, "))
                .extract().asString();
        assertThat(body.length()).as("the answer's size, in characters").isLessThan(4_000);
    }

    /**
     * A theme the ruleset no longer defines but stored items carry (renamed or retired) still finds those items, and a
     * theme of the ruleset that no item has yet is a 200 with nothing, as before.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Endpoint.class, names = {"ITEMS", "STATS"})
    void anOldThemeStoredItemsCarryStaysSearchable(Endpoint endpoint) {
        String source = TestItems.uniqueSource("retired-theme");
        String retired = "retired-" + UUID.randomUUID().toString().substring(0, 8);
        if (kafka == null) {
            kafka = new KafkaTestClient();
        }
        FeedItem item = TestItems.feedItem(source, "Old theme item", "Kept under a theme since renamed.", "en");
        publish(TestItems.tagged(item, retired, "Old theme"));
        await().atMost(DEADLINE).until(() -> Api.asAnalyst().get("/api/items/" + item.id()).statusCode() == 200);
        Response answer = Api.asAnalyst().queryParams(endpoint.fixed).queryParam("theme", retired).get(endpoint.path);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.jsonPath().getInt("total")).isEqualTo(1);
        Api.asAnalyst().queryParams(endpoint.fixed).queryParam("theme", "ai-standards").queryParam("source", source)
                .get(endpoint.path).then().statusCode(200).body("total", equalTo(0));
    }

    /** Publishes the three items once, reviews one, and waits until each has its story and act. */
    private static synchronized Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        kafka = new KafkaTestClient();
        Fixture f = new Fixture();
        int decree = DecreeNumbers.ITEM_FILTERS.take(3); // numbers no other test's items mention
        FeedItem a = item(f.sourceA, "ru", "2026-01-10T09:00:00+03:00", "2026-01-10T07:00:00Z",
                "Парламентарии обсудили модельный закон об искусственном интеллекте",
                "Депутаты сослались на Указ № " + decree + " о развитии цифровой экономики.");
        FeedItem b = item(f.sourceB, "en", "2026-02-10T12:00:00+00:00", "2026-02-10T13:00:00Z",
                "Cybercrime report shows online fraud grew",
                "The report follows Decree No. " + (decree + 1) + " on information security of critical objects.");
        FeedItem c = item(f.sourceB, "be", "2026-03-10T18:00:00+03:00", "2026-03-11T06:00:00Z",
                "Фестываль ураджаю ў Мінску",
                "Свята прайшло згодна з Указам № " + (decree + 2) + " аб святочных днях.");
        publish(new ClassifiedItem(a, TestItems.modelLawItem(f.sourceA, a.title()).tags(), "rules-1", Instant.now()));
        publish(TestItems.tagged(b, "cybersecurity", "Cybercrime"));
        publish(TestItems.untagged(c));
        f.ids.put("a", a.id());
        f.ids.put("b", b.id());
        f.ids.put("c", c.id());
        Map<String, Integer> decrees = Map.of("a", decree, "b", decree + 1, "c", decree + 2);
        for (String key : f.ids.keySet()) {
            String id = f.ids.get(key);
            JsonPath stored = await().atMost(DEADLINE).until(
                    () -> Api.asAnalyst().get("/api/items/" + id).then().extract().jsonPath(),
                    json -> json.getString("storyId") != null);
            assertThat(stored.getList("acts.id", String.class)).as("acts of %s", key)
                    .containsExactly("decree:" + decrees.get(key));
            f.byStory.put(stored.getString("storyId"), id);
            f.byAct.put("decree:" + decrees.get(key), id);
        }
        assertThat(new HashSet<>(f.byStory.values())).as("each item its own story").hasSize(3);
        Api.asAnalyst().body("{\"status\":\"relevant\"}").patch("/api/items/" + a.id()).then().statusCode(200);
        fixture = f;
        return f;
    }

    private static FeedItem item(String source, String language, String published, String fetched, String title,
                                 String summary) {
        String guid = UUID.randomUUID().toString();
        return FeedItem.of(source, "Source " + source, "https://example.org/" + source + "/" + guid, guid, title,
                summary, null, language, List.of(), null, OffsetDateTime.parse(published), null, Instant.parse(fetched));
    }

    private static void publish(ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }
}
