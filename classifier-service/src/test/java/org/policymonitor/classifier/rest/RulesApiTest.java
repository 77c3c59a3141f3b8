package org.policymonitor.classifier.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.RulesFileTestResource;
import org.policymonitor.classifier.rules.ShippedRules;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The analyst and admin API: themes, rules, classify, validate with preview, reload (file and endpoint). */
@QuarkusTest
class RulesApiTest {

    static final String EXTRA_RULE = """

              - id: test-only
                name: Test only
                rules:
                  - id: test-only-en
                    languages: [en]
                    query: '"zebra crossing"'
            """;

    @AfterEach
    void restoreShippedRules() throws Exception {
        RulesFileTestResource.replace(ShippedRules.bytes());
        asAdmin().post("/api/rules/reload").then().statusCode(200);
    }

    static RequestSpecification asAnalyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass");
    }

    static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    static String currentVersion() {
        return asAnalyst().get("/api/rules").then().statusCode(200).extract().path("version");
    }

    @Test
    void themesListTheCatalogue() {
        asAnalyst().get("/api/themes").then().statusCode(200)
                .body("", hasSize(11))
                .body("id", hasItems("artificial-intelligence", "ai-law", "digital-sovereignty", "sustainable-development"))
                .body("find { it.id == 'ai-law' }.implies", equalTo(List.of("artificial-intelligence")))
                .body("rules", everyItem(not(equalTo(0))));
    }

    @Test
    void rulesShowVersionSourceAndEveryRule() {
        asAnalyst().get("/api/rules").then().statusCode(200)
                .body("version", startsWith("sha256:"))
                .body("source", containsString("rules.yaml"))
                .body("themes.rules.flatten().id", hasItems("ai-ru", "ai-be", "ai-en", "data-protection-be"));
    }

    @Test
    void classifyAnswersTagsRulesAndEvidence() {
        String title = "Прыняты закон аб штучным інтэлекце";
        asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("title", title, "language", "be", "source", "belta"))
                .post("/api/classify").then().statusCode(200)
                .body("rulesetVersion", equalTo(currentVersion()))
                .body("tags.theme", equalTo(List.of("artificial-intelligence", "ai-law")))
                .body("tags[1].rules", equalTo(List.of("ai-law-be")))
                .body("tags[0].evidence.text", hasItems("штучным інтэлекце"))
                .body("tags[1].evidence.text", hasItems("закон"))
                .body("tags[1].evidence.find { it.text == 'закон' }.start", equalTo(title.indexOf("закон")))
                .body("tags[1].evidence.find { it.text == 'закон' }.field", equalTo("title"))
                .body("language", equalTo("be"));
        // labelled Russian, written in Belarusian: analysed (and answered) as Belarusian, as items from Kafka are
        asAnalyst().contentType(ContentType.JSON).body(Map.of("title", title, "language", "ru"))
                .post("/api/classify").then().statusCode(200)
                .body("language", equalTo("be")).body("tags[1].rules", equalTo(List.of("ai-law-be")));
    }

    /**
     * A text whose letters are decomposed (й as и + U+0306, as some editors and PDFs write it) is classified as its
     * composed form is, as items from ingest (which composes every text) are: the rules name composed letters. The
     * evidence's offsets are those of the composed text.
     */
    @Test
    void classifyComposesDecomposedLettersAsIngestDoes() {
        String composed = "Модельный закон об искусственном интеллекте принят в первом чтении";
        String decomposed = composed.replace("й", "и\u0306");
        assertThat(decomposed).isNotEqualTo(composed);
        Map<String, Object> expected = asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("title", composed, "language", "ru")).post("/api/classify")
                .then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> actual = asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("title", decomposed, "language", "ru")).post("/api/classify")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(expected.get("tags").toString()).contains("ai-law");
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * A text pasted from a web page with invisible characters inside words (a zero-width space, a soft hyphen, a
     * right-to-left mark) is classified as the same text without them, as items from ingest are (which removes every
     * such character): until 4 Dec 2026 a zero-width space split «интел\u200Bлекте» into two words no rule names.
     */
    @Test
    void classifyRemovesInvisibleCharactersAsIngestDoes() {
        String plain = "Модельный закон об искусственном интеллекте принят в первом чтении";
        String pasted = plain.replace("интеллекте", "интел\u200Bлекте").replace("Модельный", "Мо\u00ADдельный")
                .replace("закон", "\u200Fзакон");
        Map<String, Object> expected = asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("title", plain, "language", "ru")).post("/api/classify")
                .then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> actual = asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("title", pasted, "language", "ru")).post("/api/classify")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(expected.get("tags").toString()).contains("ai-law", "artificial-intelligence");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void classifyRefusesAnEmptyTextWithAProblem() {
        asAnalyst().contentType(ContentType.JSON).body(Map.of("language", "en"))
                .post("/api/classify").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
        asAnalyst().contentType(ContentType.JSON).body("{\"title\": ")
                .post("/api/classify").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/classify").then().statusCode(401);
    }

    @Test
    void classifyNamesTheFieldThatMadeTheTextTooLong() {
        // until 4 Dec 2026 the problem always named "content", even for a request without one
        asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("title", "искусственный интеллект ".repeat(10_000), "summary", "ИИ", "language", "ru"))
                .post("/api/classify").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("title, summary and content together are 240002 characters; at most"
                        + " 200000 are classified"));
    }

    @Test
    void validateReportsParseErrorsWithTheRuleId() {
        asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("rule", Map.of("id", "broken", "query", "(закон AND", "languages", List.of("ru"))))
                .post("/api/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors[0].ruleId", equalTo("broken"))
                .body("errors[0].message", containsString("cannot parse"));
        asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("ruleset", "themes:\n  - id: t\n    rules:\n      - {id: r1, query: 'title:'}\n"))
                .post("/api/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false)).body("errors[0].ruleId", equalTo("r1"));
        asAnalyst().contentType(ContentType.JSON).body(Map.of())
                .post("/api/rules/validate").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void validatePreviewsACandidateOnRecentlyClassifiedItems() {
        String word = "quokka" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        FeedItem item = FeedItem.of("belta", "BelTA", "https://www.belta.by/" + word, null,
                "Minsk zoo welcomes a " + word, null, null, "en", List.of(), null, null, null, Instant.now());
        try (KafkaTestClient kafka = new KafkaTestClient();
             KafkaTestClient.Subscription classified = kafka.subscribe(Topics.ITEMS_CLASSIFIED)) {
            kafka.send(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item));
            classified.awaitRecords(1, r -> item.id().equals(r.key()), Deadlines.ARRIVES);
        }
        asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("rule", Map.of("id", "zoo", "theme", "animals", "query", "title:" + word, "languages", List.of("en"))))
                .post("/api/rules/validate").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("matches.itemId", equalTo(List.of(item.id())))
                .body("matches[0].tags[0].theme", equalTo("animals"))
                .body("matches[0].tags[0].evidence[0].text", equalTo(word));
    }

    @Test
    void validatePreviewsACandidateThatRequiresAThemeAsTheRulesetWouldTagIt() {
        // README: prefer `requires: [artificial-intelligence]` to repeating the AI terms — the preview must judge it
        String word = "registry" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        FeedItem item = FeedItem.of("belta", "BelTA", "https://www.belta.by/" + word, null,
                "Artificial intelligence enters the " + word, null, null, "en", List.of(), null, null, null, Instant.now());
        try (KafkaTestClient kafka = new KafkaTestClient();
             KafkaTestClient.Subscription classified = kafka.subscribe(Topics.ITEMS_CLASSIFIED)) {
            kafka.send(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item));
            classified.awaitRecords(1, r -> item.id().equals(r.key()), Deadlines.ARRIVES);
        }
        asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("rule", Map.of("id", "ai-registries-en", "theme", "ai-registries", "languages", List.of("en"),
                        "requires", List.of("artificial-intelligence"), "query", word)))
                .post("/api/rules/validate").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("matches.itemId", equalTo(List.of(item.id())))
                .body("matches[0].tags.theme", equalTo(List.of("ai-registries")))
                .body("matches[0].tags[0].evidence[0].text", equalTo(word));
        asAnalyst().contentType(ContentType.JSON)
                .body(Map.of("rule", Map.of("id", "typo-en", "theme", "ai-registries", "languages", List.of("en"),
                        "requires", List.of("artificial-inteligence"), "query", word)))
                .post("/api/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors[0].ruleId", equalTo("typo-en"))
                .body("errors[0].message", equalTo("requires unknown theme artificial-inteligence"));
    }

    @Test
    void reloadNeedsTheAdminRole() {
        asAnalyst().post("/api/rules/reload").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aBrokenRulesetIsRefusedWithTheRuleIdAndTheOldOneKeepsServing() throws Exception {
        String before = currentVersion();
        String broken = new String(ShippedRules.bytes(), StandardCharsets.UTF_8)
                .replace("query: ${ai}\n", "query: '(${ai}'\n");
        RulesFileTestResource.replace(broken.getBytes(StandardCharsets.UTF_8));

        asAdmin().post("/api/rules/reload").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString(before + " stays in force"))
                .body("errors.field", hasItem("rules.ai-en"))
                .body("errors.find { it.field == 'rules.ai-en' }.message", containsString("cannot parse"));
        asAnalyst().get("/api/rules").then().body("version", equalTo(before))
                .body("lastRefused.errors.ruleId", hasItem("ai-ru"));
        asAnalyst().contentType(ContentType.JSON).body(Map.of("title", "Artificial intelligence law", "language", "en"))
                .post("/api/classify").then().statusCode(200)
                .body("rulesetVersion", equalTo(before))
                .body("tags.theme", hasItem("ai-law"));
    }

    @Test
    void aChangedRulesFileIsPickedUpWithoutARestart() throws Exception {
        String before = currentVersion();
        RulesFileTestResource.replace((new String(ShippedRules.bytes(), StandardCharsets.UTF_8) + EXTRA_RULE)
                .getBytes(StandardCharsets.UTF_8));

        await().atMost(Deadlines.ARRIVES).pollInterval(Duration.ofMillis(200))
                .until(() -> !before.equals(currentVersion()));
        asAnalyst().contentType(ContentType.JSON).body(Map.of("title", "A new zebra crossing in Minsk", "language", "en"))
                .post("/api/classify").then().statusCode(200)
                .body("rulesetVersion", equalTo(currentVersion()))
                .body("tags.theme", equalTo(List.of("test-only")));
    }
}
