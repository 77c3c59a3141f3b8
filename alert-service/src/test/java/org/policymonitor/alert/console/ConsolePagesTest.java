package org.policymonitor.alert.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.DecreeNumbers;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The console's pages over HTTP on the real service (items through real Kafka into PostgreSQL): what the HTML
 * contains, who may see what, the security headers, the forms. The browser tests (system-tests) drive the same pages
 * in Chromium.
 */
@QuarkusTest
class ConsolePagesTest {

    /** The first item of a run waits for the consumer to join its group: 30 s was too short at a load average of 36. */
    private static final Duration DEADLINE = Deadlines.ARRIVES;
    /** As browsers send forms of a UTF-8 page (RestAssured would default to ISO-8859-1). */
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @TestHTTPResource("/")
    URL root;

    @Test
    void inboxMarksTheEvidenceEscapesTheRestAndKeepsTheFilterInTheLinks() {
        String source = TestItems.uniqueSource("console");
        ClassifiedItem item = TestItems.modelLawItem(source, "СНГ <b>разрабатывает</b> модельный закон об ИИ");
        publish(item);
        awaitStored(item.item().id());

        String html = asAnalyst().queryParam("source", source).queryParam("theme", "ai-law").get("/console")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("СНГ &lt;b&gt;разрабатывает&lt;/b&gt; <mark title=\"ai-law · ai-law.model-law\">модельный закон</mark> об ИИ")
                .doesNotContain("<b>разрабатывает</b>")
                .contains("lang=\"ru\"")
                .contains("href=\"/console/items/" + item.item().id() + "\"")
                // the filter stays in the export links
                .contains("/api/items/export?format=csv&amp;bom=true&amp;theme=ai-law&amp;source=" + source);
        assertThat(checkboxChecked(html, "ai-law")).isTrue();
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicyAndNoInlineScript() {
        DecreeStory story = decreeStory();
        for (String page : List.of("/console", "/console?group=story", "/console/stories", "/console/acts",
                "/console/stories/" + story.id(), "/console/acts/" + story.actId(), "/console/items/" + story.ru().id(),
                "/console/stats", "/console/sources", "/console/rules", "/console/subscriptions",
                "/console/subscriptions/new")) {
            Response r = asAdmin().get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(page).contains("script-src 'self'").contains("default-src 'none'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(r.asString());
            while (scripts.find()) {
                assertThat(scripts.group(1)).as("script tag on " + page).contains("src=\"/console/assets/");
            }
            assertThat(r.asString()).as(page).doesNotContain(" style=\"").doesNotContain(" onclick=");
            assertThat(r.header("Cache-Control")).as(page).isEqualTo("no-store");
            assertThat(r.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            // no link with a script or data scheme, whatever the data (items link only to http(s) originals)
            assertThat(r.asString()).as(page).doesNotContainPattern("href=\"\\s*(javascript|data|vbscript):");
        }
        given().get("/console/assets/console.js").then().statusCode(401);
        asAnalyst().get("/console/assets/console.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    /**
     * Without credentials, or with wrong ones, the browser is asked for them (401 with the challenge) and, should the
     * user cancel its prompt, shows a page that says what is wrong instead of an empty one: HTML for the console, no
     * data of any item; the API keeps its problem+json.
     */
    @Test
    void withoutCredentialsTheBrowserIsAskedForThemAndShownAPageThatSaysSo() {
        String source = TestItems.uniqueSource("console-401");
        String id = storedModelLawItem(source, "Модельный закон: второе чтение без пароля");
        // a bearer token nothing here reads was a bare 401 until trial16: no page, the browser showed an empty one
        for (RequestSpecification anonymous : List.of(given(), given().auth().preemptive().basic("analyst", "wrong"),
                given().header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."))) {
            for (String page : List.of("/console", "/console/items/" + id, "/console/assets/console.js")) {
                Response r = anonymous.accept("text/html").get(page);
                assertThat(r.statusCode()).as(page).isEqualTo(401);
                assertThat(r.header("WWW-Authenticate")).as(page).contains("realm=");
                assertThat(r.contentType()).as(page).startsWith("text/html");
                assertThat(r.asString()).as(page).contains("<h1>Sign in</h1>").contains("user name and password")
                        .doesNotContain(id).doesNotContain("второе чтение");
                assertThat(r.header("Content-Security-Policy")).as(page).contains("default-src 'none'");
            }
        }
        given().accept("text/html").get("/api/items").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }

    /**
     * The cross-site form guard holds for every spelling of a console path the server routes to the console — a
     * doubled slash, dot segments, a matrix parameter — not only for the path as the console writes it: a page
     * elsewhere can post a form to any of them with the Basic credentials the browser resends.
     */
    @Test
    void crossSiteFormsAreRefusedWhateverTheSpellingOfThePath() throws Exception {
        String source = TestItems.uniqueSource("console-csrf");
        String id = storedModelLawItem(source, "Парламент: модельный закон в первом чтении");
        HttpClient client = HttpClient.newHttpClient();
        String credentials = Base64.getEncoder().encodeToString("analyst:analyst-pass".getBytes());
        List<String> answers = new ArrayList<>();
        for (String path : List.of("//console/items/" + id + "/review", "/./console/items/" + id + "/review",
                "/x/../console/items/" + id + "/review", "/console;x=1/items/" + id + "/review",
                "/%63onsole/items/" + id + "/review", "/console//items/" + id + "/review")) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                            URI.create(origin() + path))
                    .header("Authorization", "Basic " + credentials).header("Origin", "https://evil.example")
                    .header("Content-Type", FORM)
                    .POST(HttpRequest.BodyPublishers.ofString("status=irrelevant")).build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(path.replace(id, "{id}") + " " + r.statusCode());
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).matches(".* (403|404)"));
        Api.asAnalyst().get("/api/items/" + id).then().body("reviewStatus", equalTo("new"));
    }

    @Test
    void analystsGetA403PageOnAdminPagesAndSeeNoAdminMenu() {
        for (String page : List.of("/console/subscriptions", "/console/subscriptions/new")) {
            asAnalyst().get(page).then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("for administrators"));
        }
        asAnalyst().header("Origin", origin()).contentType(FORM)
                .formParam("name", "x").post("/console/subscriptions").then().statusCode(403);
        // the other admin actions: poll now, retry a delivery
        asAnalyst().header("Origin", origin()).post("/console/sources/belta-ru/poll").then().statusCode(403)
                .contentType(containsString("text/html"));
        asAnalyst().header("Origin", origin()).contentType(FORM)
                .post("/console/deliveries/" + UUID.randomUUID() + "/retry").then().statusCode(403);
        asAnalyst().get("/console").then().statusCode(200).body(not(containsString("href=\"/console/subscriptions\"")))
                .body(containsString("href=\"/console/stories\"")).body(containsString("href=\"/console/acts\""));
        asAdmin().get("/console").then().statusCode(200).body(containsString("href=\"/console/subscriptions\""));
    }

    @Test
    void reviewFormRecordsTheDecisionWithTheReviewerAndRefusesCrossSiteForms() {
        String source = TestItems.uniqueSource("console-review");
        String id = storedModelLawItem(source, "Парламент: модельный закон принят");

        // a form posted from another site (or with no origin at all) is refused
        asAnalyst().header("Origin", "https://evil.example").contentType(FORM)
                .formParam("status", "irrelevant").post("/console/items/" + id + "/review").then().statusCode(403);
        asAnalyst().contentType(FORM)
                .formParam("status", "irrelevant").post("/console/items/" + id + "/review").then().statusCode(403);
        Api.asAnalyst().get("/api/items/" + id).then().body("reviewStatus", equalTo("new"));

        asAnalyst().redirects().follow(false).header("Origin", origin()).contentType(FORM)
                .formParam("status", "relevant").formParam("note", "для отчёта").post("/console/items/" + id + "/review")
                .then().statusCode(303).header("Location", containsString("/console/items/" + id));
        Api.asAnalyst().get("/api/items/" + id).then().body("reviewStatus", equalTo("relevant"))
                .body("reviews[0].reviewer", equalTo("analyst"));
        asAnalyst().get("/console/items/" + id).then().statusCode(200)
                .body(containsString("<strong class=\"reviewer\">analyst</strong>"))
                .body(containsString("для отчёта"));

        asAnalyst().header("Origin", origin()).contentType(FORM)
                .formParam("status", "maybe").post("/console/items/" + id + "/review")
                .then().statusCode(400).body(containsString("must be one of"));
        asAnalyst().get("/console/items/no-such-item").then().statusCode(404).contentType(containsString("text/html"));
    }

    /**
     * A mistyped or stale console address answered the API's problem+json, shown raw to the browser user; it is the
     * console's own 404 page. Unknown paths under /api stay problem+json, the console's assets are still served.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/console/no-such-page", "/console/items/x/no-such-part", "/console/subscriptions/1/x/y"})
    void anUnknownConsolePathIsTheConsoles404Page(String path) {
        asAdmin().get(path).then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("404 · Not found")).body(containsString("Back to the inbox"));
        Api.asAdmin().get(path.replace("/console", "/api")).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        asAdmin().get("/console/assets/console.js").then().statusCode(200);
    }

    /**
     * A console address the shared request checks refuse — a NUL character ({@code %00}) in its query or path —
     * answered the API's problem+json, shown raw to the browser user. It is an HTML error page in the sign-in page's
     * plain style, saying what is wrong, with the status kept; {@code /api} keeps its problem+json.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/console/?q=%00", "/console?source=a%00b", "/console/items/%00"})
    void aConsoleAddressTheRequestChecksRefuseIsAnHtmlErrorPage(String address) {
        Response r = asAnalyst().urlEncodingEnabled(false).accept("text/html").get(address);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.asString()).contains("<h1>400 · Bad request</h1>").contains("NUL character")
                .contains("href=\"/console\"").doesNotContain("\"status\"");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
        Api.asAnalyst().urlEncodingEnabled(false).get(address.replace("/console", "/api/items")).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    /**
     * A console search whose percent-encoded bytes are no UTF-8 text ({@code q=%ED%A0%80}, a lone surrogate) is the
     * console's HTML error page saying so, as the API's 400 says it; until 6 December 2026 it was an inbox with nothing
     * in it (the platform decoded the bytes to U+FFFD, and the search looked for that).
     */
    @Test
    void aConsoleSearchThatIsNoUtf8TextIsAnHtmlErrorPage() {
        Response r = asAnalyst().urlEncodingEnabled(false).accept("text/html").get("/console/?q=%ED%A0%80");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.asString()).contains("<h1>400 · Bad request</h1>").contains("not valid UTF-8 text");
    }

    /**
     * A console address with a very long query (a request line over 4096 characters: 414) or a request with headers
     * over 20 KiB (431) answered the shared limits' problem+json, shown raw to the browser user — the limits answer
     * from a route filter, before the JAX-RS filter that makes the other refusals pages. They are the console's HTML
     * error page too, with the status and the size kept; {@code /api} keeps its problem+json.
     */
    @Test
    void aConsoleRequestOverTheHeadLimitsIsAnHtmlErrorPage() {
        String longQuery = "/console?q=" + "a".repeat(5000);
        Response tooLong = asAnalyst().accept("text/html").get(longQuery);
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.contentType()).startsWith("text/html");
        assertThat(tooLong.asString()).contains("<h1>414 · Address too long</h1>").contains("at most 4096")
                .contains("href=\"/console\"").doesNotContain("\"status\"");
        Response tooLarge = asAnalyst().accept("text/html").header("X-Padding", "b".repeat(21_000)).get("/console");
        assertThat(tooLarge.statusCode()).isEqualTo(431);
        assertThat(tooLarge.contentType()).startsWith("text/html");
        assertThat(tooLarge.asString()).contains("<h1>431 · Headers too large</h1>").contains("at most 20480");
        Api.asAnalyst().get(longQuery.replace("/console", "/api/items")).then().statusCode(414)
                .contentType(containsString("application/problem+json"));
        Api.asAnalyst().header("X-Padding", "b".repeat(21_000)).get("/api/items").then().statusCode(431)
                .contentType(containsString("application/problem+json"));
    }

    /**
     * Every browser asks for an icon first: the console had none, so its first request was a 404 (and the browser
     * tests had to ignore it). The pages link one (named by its content, as the script and stylesheet are), and
     * {@code /favicon.ico} — what a browser asks for where no page says, the sign-in page included — is one too,
     * served without credentials (an icon shows no data).
     */
    @Test
    void theConsoleHasAnIconItsPagesLinkAndFaviconIcoIsServedWithoutCredentials() {
        String html = asAnalyst().get("/console").then().statusCode(200).extract().asString();
        Matcher icon = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\" type=\"image/svg\\+xml\">").matcher(html);
        assertThat(icon.find()).as("an icon link in the inbox").isTrue();
        assertThat(icon.group(1)).startsWith("/console/assets/favicon.svg?v=");
        asAnalyst().get(icon.group(1)).then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg"));
        byte[] ico = given().get("/favicon.ico").then().statusCode(200).extract().asByteArray();
        assertThat(ico).startsWith(0, 0, 1, 0); // the ICO header: reserved 0, type 1 (icon)
        assertThat(given().accept("text/html").get("/console").asString()).contains("<link rel=\"icon\" href=\"/favicon.ico\">");
    }

    /**
     * A review form opened before another analyst's review is not saved over it: a 409 on the item's page, which shows
     * the other review in the trail and keeps the decision and note typed, so they can be sent again knowingly.
     */
    @Test
    void aReviewFormOpenedBeforeAnotherReviewIsAConflictOnThePage() {
        String source = TestItems.uniqueSource("console-review-race");
        String id = storedModelLawItem(source, "Модельный закон: спорная оценка");
        Matcher opened = Pattern.compile("name=\"updatedAt\" value=\"([^\"]+)\"")
                .matcher(asAnalyst().get("/console/items/" + id).then().statusCode(200).extract().asString());
        assertThat(opened.find()).as("the review form's version").isTrue();
        Api.asAdmin().body("{\"status\":\"irrelevant\",\"note\":\"дубликат\"}").patch("/api/items/" + id)
                .then().statusCode(200);

        String html = asAnalyst().header("Origin", origin()).contentType(FORM)
                .formParam("status", "relevant").formParam("note", "важно").formParam("updatedAt", opened.group(1))
                .post("/console/items/" + id + "/review").then().statusCode(409).extract().asString();
        assertThat(html).contains("changed since it was read").contains("дубликат").contains(">важно</textarea>");
        Api.asAnalyst().get("/api/items/" + id).then().body("reviewStatus", equalTo("irrelevant"));
    }

    /**
     * The script and stylesheet are served "public, immutable, max-age=86400" (Quarkus's static resources), so a browser
     * keeps what it once fetched under a URL for a day without asking again: after an upgrade the new pages ran with
     * the old script. Their URLs carry a hash of their content, so a new release's assets are new URLs.
     */
    @Test
    void theScriptAndStylesheetUrlsNameTheirContentSoAnUpgradeIsNotServedFromTheCache() throws Exception {
        String page = asAnalyst().get("/console").then().statusCode(200).extract().asString();
        Matcher assets = Pattern.compile("(?:src|href)=\"(/console/assets/[^\"]+)\"").matcher(page);
        List<String> urls = new ArrayList<>();
        while (assets.find()) {
            urls.add(assets.group(1));
        }
        assertThat(urls).hasSize(3); // the icon, the stylesheet, the script: each named by its content
        for (String url : urls) {
            Response r = asAnalyst().get(url);
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            assertThat(r.header("Cache-Control")).as(url).contains("immutable");
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(r.asByteArray());
            assertThat(url).endsWith("?v=" + HexFormat.of().formatHex(sha).substring(0, 12));
        }
    }

    @Test
    void subscriptionFormShowsTheApiFieldErrorsAtTheirFields() {
        String html = asAdmin().header("Origin", origin()).contentType(FORM)
                .formParam("name", "Bad mail").formParam("channel", "email").formParam("email", "not-an-email")
                .formParam("theme", "ai-law").formParam("theme", "no-such-theme").formParam("mode", "immediate")
                .formParam("enabled", "true")
                .post("/console/subscriptions").then().statusCode(400).extract().asString();
        assertThat(html).containsPattern("id=\"email\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"email-error\"")
                .containsPattern("<span class=\"field-error\" id=\"email-error\">[^<]+</span>")
                .containsPattern("<span class=\"field-error\" id=\"themes-error\">[^<]*no-such-theme")
                .contains("value=\"not-an-email\"");

        String location = asAdmin().redirects().follow(false).header("Origin", origin())
                .contentType(FORM)
                .formParam("name", "Консоль: ИИ-право").formParam("channel", "email").formParam("email", "team@example.org")
                .formParam("theme", "ai-law").formParam("mode", "immediate").formParam("enabled", "true")
                .post("/console/subscriptions").then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/console/subscriptions?done=");
        asAdmin().get("/console/subscriptions").then().statusCode(200).body(containsString("Консоль: ИИ-право"));
    }

    @Test
    void adminEditsAndDeletesASubscriptionThroughTheForms() {
        long id = Api.subscribe("""
                {"name":"To edit","channel":"email","email":"edit@example.org","themes":["ai-law"],"mode":"immediate","enabled":true}""");
        asAdmin().get("/console/subscriptions/" + id).then().statusCode(200)
                .body(containsString("value=\"edit@example.org\"")).body(containsString("value=\"ai-law\" checked"));
        asAdmin().header("Origin", origin()).contentType(FORM)
                .formParam("name", "Edited").formParam("channel", "email").formParam("email", "edited@example.org")
                .formParam("theme", "cybersecurity").formParam("mode", "digest").formParam("digestPeriod", "daily")
                .formParam("digestAt", "09:00").formParam("digestTimeZone", "Europe/Minsk").formParam("enabled", "true")
                .post("/console/subscriptions/" + id).then().statusCode(303);
        Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(200).body("email", equalTo("edited@example.org"))
                .body("digest.at", equalTo("09:00")).body("themes[0]", equalTo("cybersecurity"));
        asAdmin().header("Origin", origin()).contentType(FORM)
                .formParam("name", "Edited").formParam("channel", "email").formParam("email", "edited@example.org")
                .formParam("mode", "digest").formParam("digestPeriod", "daily").formParam("digestAt", "8 am")
                .formParam("digestTimeZone", "Mars/Base").post("/console/subscriptions/" + id).then().statusCode(400)
                .body(containsString("id=\"digestAt-error\"")).body(containsString("id=\"digestTimeZone-error\""));
        asAdmin().header("Origin", origin()).post("/console/subscriptions/" + id + "/delete").then().statusCode(303);
        Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(404);
    }

    /** A form opened before someone else saved the subscription is not saved over that change: a 409 on the form. */
    @Test
    void aSubscriptionFormOpenedBeforeAnotherSaveIsAConflictOnTheForm() {
        long id = Api.subscribe("""
                {"name":"Shared desk","channel":"email","email":"shared@example.org","themes":["ai-law"]}""");
        Matcher opened = Pattern.compile("name=\"updatedAt\" value=\"([^\"]+)\"")
                .matcher(asAdmin().get("/console/subscriptions/" + id).then().statusCode(200).extract().asString());
        assertThat(opened.find()).as("the form's version").isTrue();
        Api.asAdmin().body("""
                {"name":"Shared desk","channel":"email","email":"shared@example.org","themes":["ai-law","cybersecurity"]}""")
                .put("/api/subscriptions/" + id).then().statusCode(200);

        asAdmin().header("Origin", origin()).contentType(FORM)
                .formParam("name", "Shared desk, renamed").formParam("channel", "email")
                .formParam("email", "shared@example.org").formParam("theme", "ai-law").formParam("mode", "immediate")
                .formParam("enabled", "true").formParam("updatedAt", opened.group(1))
                .post("/console/subscriptions/" + id).then().statusCode(409)
                .body(containsString("changed since it was read"));
        Api.asAdmin().get("/api/subscriptions/" + id).then().body("name", equalTo("Shared desk"))
                .body("themes[1]", equalTo("cybersecurity"));
    }

    @Test
    void statsAreSvgChartsAndPagesWithoutTheirServiceSaySoInsteadOfFailing() {
        String source = TestItems.uniqueSource("console-stats");
        ClassifiedItem item = TestItems.modelLawItem(source, "Статистика: модельный закон");
        publish(item);
        awaitStored(item.item().id());
        String html = asAnalyst().queryParam("source", source).get("/console/stats").then().statusCode(200).extract().asString();
        assertThat(html).contains("<svg").contains("class=\"chart-bar\"").contains(">ai-law<").contains("1 items, 1 tagged");
        // an invalid filter is said on the page, as the list pages say it (until 4 Dec 2026 an error page, 400)
        String invalid = asAnalyst().queryParam("publishedFrom", "yesterday").queryParam("source", source)
                .get("/console/stats").then().statusCode(200).extract().asString();
        assertThat(invalid).contains("The filter is not valid").contains("publishedFrom").doesNotContain("<svg")
                .contains("href=\"/console/stats\"");
        // the test profile configures no ingest/classifier URL
        asAnalyst().get("/console/sources").then().statusCode(200).body(containsString("POLICY_ALERT_CONSOLE_INGEST_URL"));
        asAnalyst().get("/console/rules").then().statusCode(200).body(containsString("POLICY_ALERT_CONSOLE_CLASSIFIER_URL"));
    }

    @Test
    void inboxRendersAPageOf200ItemsAndPrintsItsRenderTime() {
        String source = TestItems.uniqueSource("console-load");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            FeedItem feed = TestItems.feedItem(source, "Новость " + i + ": модельный закон об искусственном интеллекте",
                    "Краткое содержание новости номер " + i + " о цифровом суверенитете и модельный закон.", "ru");
            ClassifiedItem item = TestItems.modelLawItem(source, feed.title());
            item = new ClassifiedItem(feed, item.tags(), item.rulesetVersion(), item.classifiedAt());
            ids.add(feed.id());
            publish(item);
        }
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().queryParam("source", source)
                .get("/api/items").then().body("total", equalTo(200)));
        asAnalyst().queryParam("source", source).queryParam("size", 200).get("/console").then().statusCode(200); // warm-up
        long best = Long.MAX_VALUE;
        String html = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            html = asAnalyst().queryParam("source", source).queryParam("size", 200).get("/console").then().statusCode(200)
                    .extract().asString();
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("console inbox with 200 items: %d ms (best of 3), %d bytes%n", best, html.length());
        assertThat(Pattern.compile("<li class=\"item\"").matcher(html).results().count()).isEqualTo(200);
        // speed is measured, not asserted: the figure is printed (README "Console") and the browser benchmark
        // (ConsoleBrowserTest) reports the page load; a timed assertion would fail on a busy build machine
    }

    /**
     * One decree reported in English, Russian and Belarusian by three sources (one story, its act decree:N), and a
     * look-alike: the next decree the same day (a story and an act of their own). The English title, which becomes the
     * story's headline, carries markup that must stay text on every page; the Russian version links nowhere safe.
     */
    record DecreeStory(String id, String lookAlikeStory, String actId, String otherActId, int decree, FeedItem en,
                       FeedItem ru, FeedItem be, FeedItem lookAlike, List<String> sources) {
    }

    private static DecreeStory decreeStory;

    static synchronized DecreeStory decreeStory() {
        if (decreeStory != null) {
            return decreeStory;
        }
        // The decree from this class's block: the act page's timeline is asserted exactly, and a number drawn at random
        // from 1000-8999, as StoryApiTest and ItemFiltersOnEveryListTest drew theirs, met one of theirs about one run in
        // 280. The day in 2046-2050, a range of its own: StoryApiTest publishes the same texts (other decrees) in
        // 2031-2044, and a random day in 2031-2050 fell within a week of one of its events about one run in 80, with
        // nothing but the decree numbers left to keep the two tests' stories apart.
        int decree = DecreeNumbers.CONSOLE_PAGES.take(2);
        OffsetDateTime day = OffsetDateTime.of(2046, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(3))
                .plusDays(ThreadLocalRandom.current().nextInt(5 * 365));
        String en = TestItems.uniqueSource("console-story-en");
        String ru = TestItems.uniqueSource("console-story-ru");
        String be = TestItems.uniqueSource("console-story-be");
        FeedItem vEn = storyItem(en, "en", day, "Lukashenko signs decree <script>alert(1)</script> on the National AI Center",
                "Aleksandr Lukashenko signed Decree No. " + decree + " on the National Artificial Intelligence Center.",
                "https://example.org/" + en);
        FeedItem vRu = storyItem(ru, "ru", day.plusMinutes(20), "Лукашенко подписал указ о Национальном центре ИИ",
                "Александр Лукашенко подписал Указ №" + decree + " о Национальном центре искусственного интеллекта.",
                "javascript:alert(document.cookie)");
        FeedItem vBe = storyItem(be, "be", day.plusMinutes(40), "Лукашэнка падпісаў указ аб Нацыянальным цэнтры ШІ",
                "Аляксандр Лукашэнка падпісаў Указ № " + decree + " аб Нацыянальным цэнтры штучнага інтэлекту.",
                "https://example.org/" + be);
        FeedItem lookAlike = storyItem(en, "en", day.plusMinutes(50), "Lukashenko signs decree on large families",
                "Aleksandr Lukashenko signed Decree No. " + (decree + 1) + " on support for large families.",
                "https://example.org/" + en + "/2");
        publish(TestItems.tagged(vEn, "ai-law", "decree"));
        publish(TestItems.tagged(vRu, "ai-law", "указ"));
        publish(TestItems.tagged(vBe, "ai-law", "указ"));
        publish(TestItems.tagged(lookAlike, "ai-law", "decree"));
        String story = storyOf(vEn);
        assertThat(List.of(storyOf(vRu), storyOf(vBe))).as("the three versions are one story").containsOnly(story);
        String other = storyOf(lookAlike);
        assertThat(other).as("the look-alike is another story").isNotEqualTo(story);
        decreeStory = new DecreeStory(story, other, "decree:" + decree, "decree:" + (decree + 1), decree, vEn, vRu, vBe,
                lookAlike, List.of(en, ru, be));
        return decreeStory;
    }

    @Test
    void itemPageShowsItsStoryWithTheOtherVersionsAndItsActsEachLinked() {
        DecreeStory s = decreeStory();
        String html = asAnalyst().get("/console/items/" + s.ru().id()).then().statusCode(200).extract().asString();
        String versions = section(html, "id=\"story\"");
        // the story, and the two other versions with language, source, title, time and a link to each item page
        assertThat(html).contains("data-role=\"story\" href=\"/console/stories/" + s.id() + "\">+2 versions · be, en</a>");
        assertThat(versions).contains("href=\"/console/items/" + s.en().id() + "\"")
                .contains("href=\"/console/items/" + s.be().id() + "\"")
                .doesNotContain("href=\"/console/items/" + s.ru().id() + "\"")
                .doesNotContain(s.lookAlike().id())
                .contains("<td lang=\"be\"><a href=\"/console/items/" + s.be().id() + "\">" + s.be().title() + "</a>")
                .contains("Source " + s.sources().get(0)).contains("Source " + s.sources().get(2))
                .contains("<time datetime=\"" + s.en().publishedAt().toInstant() + "\">")
                // the English title's markup stays text
                .contains("Lukashenko signs decree &lt;script&gt;alert(1)&lt;/script&gt; on the National AI Center")
                .doesNotContain("<script>alert");
        assertThat(versions.indexOf(s.en().id())).as("oldest first").isLessThan(versions.indexOf(s.be().id()));
        // the act: kind, number, the words that named it, linked to the act page; a chip next to the themes
        String acts = section(html, "id=\"acts\"");
        assertThat(acts).contains("<a class=\"act\" href=\"/console/acts/" + s.actId() + "\">Decree No. " + s.decree() + "</a>")
                .contains("<td>decree</td><td>" + s.decree() + "</td>")
                .contains("«<q lang=\"ru\">Указ №" + s.decree() + "</q>» <small>(summary)</small>");
        assertThat(html).contains("<ul class=\"labels acts\" aria-label=\"Legal acts\"><li><a class=\"act\" href=\"/console/acts/"
                + s.actId() + "\">Decree No. " + s.decree() + "</a>");
        // an item alone in its story says so
        String alone = asAnalyst().get("/console/items/" + s.lookAlike().id()).then().statusCode(200).extract().asString();
        assertThat(alone).contains("No other source or language has reported this story yet")
                .contains("href=\"/console/stories/" + s.lookAlikeStory() + "\"");
    }

    @Test
    void inboxRowsSayWhenTheirStoryHasOtherVersionsAndCanShowOneRowPerStory() {
        DecreeStory s = decreeStory();
        String sources = String.join(",", s.sources());
        String html = asAnalyst().queryParam("source", sources).get("/console").then().statusCode(200).extract().asString();
        assertThat(rows(html)).as("every item").containsExactly(s.lookAlike().id(), s.be().id(), s.ru().id(), s.en().id());
        String ruRow = row(html, s.ru().id());
        assertThat(ruRow).contains("<a class=\"story-badge\" data-role=\"story\" href=\"/console/stories/" + s.id()
                        + "\" title=\"2 other reports of this story: Source " + s.sources().get(2) + ", Source " + s.sources().get(0)
                        + "\">+2 versions · be, en</a>")
                .contains("<a class=\"act\" href=\"/console/acts/" + s.actId() + "\">Decree No. " + s.decree() + "</a>");
        assertThat(row(html, s.en().id())).contains("+2 versions · be, ru")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(row(html, s.lookAlike().id())).as("alone in its story").doesNotContain("story-badge")
                .contains("/console/acts/" + s.otherActId());
        assertThat(html).as("the filter reaches the stories and acts links")
                .contains("href=\"/console/stories?source=" + String.join("&amp;source=", s.sources()) + "\"")
                .contains("href=\"/console/acts?source=" + String.join("&amp;source=", s.sources()) + "\"");

        // one row per story: the newest version of each, the choice kept in the URL of the other pages
        String grouped = asAnalyst().queryParam("source", sources).queryParam("group", "story").queryParam("size", 1)
                .get("/console").then().statusCode(200).extract().asString();
        assertThat(rows(grouped)).containsExactly(s.lookAlike().id());
        assertThat(grouped).contains("Stories 1–1 of 2").contains("name=\"group\" value=\"story\" checked")
                .containsPattern("rel=\"next\" href=\"/console\\?[^\"]*group=story[^\"]*page=1\"");
        String second = asAnalyst().queryParam("source", sources).queryParam("group", "story").queryParam("size", 1)
                .queryParam("page", 1).get("/console").then().statusCode(200).extract().asString();
        assertThat(rows(second)).as("the story's newest version stands for it").containsExactly(s.be().id());
        assertThat(row(second, s.be().id())).contains("+2 versions · en, ru");
        String oldestFirst = asAnalyst().queryParam("source", sources).queryParam("group", "story")
                .queryParam("sort", "publishedAt").get("/console").then().statusCode(200).extract().asString();
        assertThat(rows(oldestFirst)).as("oldest first: the first version stands for the story")
                .containsExactly(s.en().id(), s.lookAlike().id());
    }

    @Test
    void storiesAndActsPagesTakeTheInboxFiltersAndShowTheirTimelines() {
        DecreeStory s = decreeStory();
        String sources = String.join(",", s.sources());
        String list = asAnalyst().queryParam("source", sources).get("/console/stories").then().statusCode(200)
                .extract().asString();
        assertThat(list).contains("Stories 1–2 of 2");
        assertThat(list.indexOf("/console/stories/" + s.lookAlikeStory())).as("newest first")
                .isLessThan(list.indexOf("/console/stories/" + s.id()));
        String storyRow = row(list, s.id());
        assertThat(storyRow).contains("<h3 class=\"item-title\" lang=\"en\"><a href=\"/console/stories/" + s.id()
                        + "\">Lukashenko signs decree &lt;script&gt;alert(1)&lt;/script&gt; on the National AI Center</a>")
                .contains("3 items").contains("be, en, ru").contains("Source " + s.sources().get(1)).contains(">ai-law<");
        asAnalyst().queryParam("source", s.sources().get(2)).get("/console/stories").then().statusCode(200)
                .body(containsString("Stories 1–1 of 1")).body(containsString("/console/stories/" + s.id()));
        asAnalyst().queryParam("publishedFrom", "yesterday").get("/console/stories").then().statusCode(200)
                .body(containsString("The filter is not valid")).body(containsString("publishedFrom"));

        String story = asAnalyst().get("/console/stories/" + s.id()).then().statusCode(200).extract().asString();
        assertThat(rows(story)).as("the timeline, oldest first").containsExactly(s.en().id(), s.ru().id(), s.be().id());
        assertThat(story).contains("<h1 lang=\"en\">Lukashenko signs decree &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert")
                .contains("<a class=\"act\" href=\"/console/acts/" + s.actId() + "\">Decree No. " + s.decree() + "</a>")
                .contains("named by 3 of 3 items").contains("<h3 class=\"item-title\" lang=\"be\">")
                .contains(">ai-law<").doesNotContain(s.otherActId());

        String acts = asAnalyst().queryParam("source", sources).get("/console/acts").then().statusCode(200)
                .extract().asString();
        assertThat(acts).contains("Acts 1–2 of 2");
        assertThat(acts.indexOf("/console/acts/" + s.otherActId())).as("newest mention first")
                .isLessThan(acts.indexOf("/console/acts/" + s.actId() + "\""));
        assertThat(acts).contains(">Decree No. " + s.decree() + "</a>").contains("3 items");
        asAnalyst().queryParam("source", sources).queryParam("kind", "law").get("/console/acts").then().statusCode(200)
                .body(containsString("No acts")).body(containsString("<option value=\"law\" selected>"));
        asAnalyst().queryParam("kind", "treaty").get("/console/acts").then().statusCode(200)
                .body(containsString("The filter is not valid"));

        String act = asAnalyst().get("/console/acts/" + s.actId()).then().statusCode(200).extract().asString();
        assertThat(act).contains("<h1>Decree No. " + s.decree()).contains("3 items</span> in 1 story");
        assertThat(rows(act)).containsExactly(s.en().id(), s.ru().id(), s.be().id());
        assertThat(row(act, s.be().id())).contains("«<q lang=\"be\">Указ № " + s.decree() + "</q>»")
                .contains("href=\"/console/stories/" + s.id() + "\"");
    }

    /** An old bookmark or an edited URL past the last page: said so, and one link to the last page (PagerTest). */
    @Test
    void aPageAfterTheLastSaysSoAndLinksToTheLastPage() {
        String source = TestItems.uniqueSource("past-end");
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон об ИИ");
        publish(item);
        awaitStored(item.item().id());

        String html = asAnalyst().queryParam("source", source).queryParam("page", "5000").get("/console")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("No items on this page (1 in all)")
                .contains("href=\"/console?source=" + source + "&amp;size=50&amp;page=0\">← Last page</a>")
                .doesNotContain("Items 0–0");
    }

    @Test
    void anUnknownStoryOrActIsA404Page() {
        for (String page : List.of("/console/stories/st-no-such-story", "/console/acts/decree:0",
                "/console/stories/" + "x".repeat(300), "/console/acts/%3Cscript%3E")) {
            String html = asAnalyst().urlEncodingEnabled(false).get(page).then().statusCode(404).contentType(containsString("text/html"))
                    .extract().asString();
            assertThat(html).as(page).contains("404 · Not found").doesNotContain("<script>");
        }
        asAnalyst().get("/console/stories/st-no-such-story").then().body(containsString("There is no story st-no-such-story"));
        asAnalyst().urlEncodingEnabled(false).get("/console/acts/%3Cscript%3E").then()
                .body(containsString("No item names the act &lt;script&gt;"));
    }

    /** The ids of the item rows of a list page, in order. */
    private static List<String> rows(String html) {
        return Pattern.compile("<li class=\"item[^\"]*\" id=\"(?:item|story)-([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    /** The HTML of one row (item or story) of a list page. */
    private static String row(String html, String id) {
        Matcher m = Pattern.compile("<li class=\"item[^\"]*\" id=\"(?:item|story)-" + Pattern.quote(id) + "\".*?</li>\\s*(?=<li class=\"item|</ol>)",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row " + id).isTrue();
        return m.group();
    }

    /** From the tag carrying {@code marker} to the end of its section. */
    private static String section(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static String storyOf(FeedItem f) {
        return await().atMost(DEADLINE).until(() -> Api.asAnalyst().get("/api/items/" + f.id()).then().extract()
                .jsonPath().getString("storyId"), id -> id != null);
    }

    private static FeedItem storyItem(String source, String language, OffsetDateTime published, String title,
                                      String summary, String link) {
        String guid = UUID.randomUUID().toString();
        return FeedItem.of(source, "Source " + source, link, guid, title, summary, null, language, List.of(), null,
                published, null, Instant.now());
    }

    private String origin() {
        return "http://" + root.getHost() + ":" + root.getPort();
    }

    private static boolean checkboxChecked(String html, String theme) {
        return html.contains("name=\"theme\" value=\"" + theme + "\" checked");
    }

    private static RequestSpecification asAnalyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass").redirects().follow(false);
    }

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", "admin-pass").redirects().follow(false);
    }

    /** A model-law item of this source, published and stored: its id. */
    private static String storedModelLawItem(String source, String title) {
        ClassifiedItem item = TestItems.modelLawItem(source, title);
        publish(item);
        awaitStored(item.item().id());
        return item.item().id();
    }

    private static void awaitStored(String id) {
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + id).then().statusCode(200));
    }

    private static void publish(ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }
}
