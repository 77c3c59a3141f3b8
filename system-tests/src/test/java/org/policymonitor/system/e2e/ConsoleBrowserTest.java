package org.policymonitor.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.launcher.LocalStack;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.ServiceProcess;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyst console in a real browser (headless Chromium through Selenium) against the packaged services on the
 * launcher's stack: items go through real Kafka, the real classifier and into alert-service's PostgreSQL; the
 * Sources page asks the real ingest-service and the rule tester the real classifier-service.
 * When a test fails, a screenshot and the HTML of every open browser are saved under
 * {@code target/console-screenshots/}; {@code inbox.png} and {@code story.png} there are refreshed on every run (the
 * README's pictures).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots").toAbsolutePath();
    static final String FEED_SOURCE = "console-feed";
    static final String NEWS_SOURCE = "console-news";
    static final String LOAD_SOURCE = "console-load";
    static final List<String> STORY_SOURCES = List.of("console-story-en", "console-story-ru", "console-story-be");
    static final Duration STARTUP = Duration.ofMinutes(4);
    static final Duration FLOW = Deadlines.FLOWS;

    static Path dataDir;
    static LocalStack stack;
    static EditableFeed feed;
    static KafkaTestClient kafka;
    static Api api;
    static String baseUrl;
    static Browser analyst;
    static Browser admin;
    /** The analyst in a browser that blocks cookies (and runs in another time zone than the server's UTC). */
    static Browser cookiesBlocked;
    /** The Russian model-law item: tagged ai-law with evidence in its title. */
    static FeedItem modelLaw;
    static FeedItem newest;

    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String test = context.getRequiredTestMethod().getName();
            for (Browser b : new Browser[] {analyst, admin, cookiesBlocked}) {
                if (b != null) {
                    Path png = b.screenshot(SCREENSHOTS, test + "-" + b.name);
                    System.err.println("screenshot of the failed test " + test + ": " + png);
                }
            }
        }
    };

    @BeforeAll
    static void startTheSystem() throws Exception {
        dataDir = Path.of("target", "console-data").toAbsolutePath();
        PipelineEndToEndTest.deleteRecursively(dataDir);
        feed = new EditableFeed();
        feed.add(new EditableFeed.Entry("Совет Министров утвердил концепцию цифрового суверенитета до 2030 года",
                "Концепция определяет приоритеты защиты данных и развития отечественных информационных систем.",
                feed.articleUrl("sovereignty"), ZonedDateTime.now(ZoneOffset.ofHours(3)).withNano(0).minusMinutes(30)));
        Path repoRoot = Path.of(System.getProperty("policy.repo.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(LocalStack.Settings.withFreePorts(dataDir, repoRoot));
        Path sources = dataDir.resolve("sources.yaml");
        Files.writeString(sources, """
                version: 1
                sources:
                  - id: %s
                    name: Console Test Feed
                    type: rss
                    url: %s
                    language: ru
                    pollInterval: PT1M
                    expectedCadence: P7D
                    enabled: true
                """.formatted(FEED_SOURCE, feed.url()));
        // alert's console is given ingest's and classifier's URLs when it starts, so those two start first (on ports the
        // system gives them) and alert once they have said where they listen: ports chosen free beforehand could be
        // taken by another process before the services bind them. What ingest publishes meanwhile waits in Kafka.
        ServiceProcess classifier = stack.startService(Service.CLASSIFIER, Map.of());
        ServiceProcess ingest = stack.startService(Service.INGEST, Map.of("policy.sources.file", sources.toString(),
                "policy.poller.initial-delay", "0s"));
        stack.awaitServicesReady(STARTUP);
        ServiceProcess alert = stack.startService(Service.ALERT, stack.consoleConfig(ingest.port(), classifier.port()));
        alert.awaitReady(STARTUP);
        baseUrl = alert.baseUrl();
        api = new Api(baseUrl, "admin", stack.credentials().adminPassword());
        kafka = new KafkaTestClient(stack.kafka().bootstrapServers());

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        modelLaw = raw(NEWS_SOURCE, "BelTA", "Парламентская ассамблея СНГ разработала модельный закон об искусственном интеллекте",
                "Документ определит требования к разработчикам систем искусственного интеллекта и ответственность за вред.",
                "ru", now.minus(2, ChronoUnit.HOURS));
        newest = raw(NEWS_SOURCE, "BelTA", "Belarus and China agree on joint research in artificial intelligence",
                "The academies of sciences will open a joint laboratory for machine learning and AI standards.",
                "en", now.minus(10, ChronoUnit.MINUTES));
        List<FeedItem> items = new ArrayList<>(List.of(modelLaw, newest,
                raw(NEWS_SOURCE, "NASB", "Прыняты закон аб штучным інтэлекце",
                        "Палата прадстаўнікоў прыняла закон аб штучным інтэлекце ў першым чытанні.", "be",
                        now.minus(3, ChronoUnit.HOURS)),
                raw(NEWS_SOURCE, "president.gov.by", "Президент провёл совещание по кибербезопасности",
                        "Обсуждались меры защиты критической информационной инфраструктуры от кибератак.", "ru",
                        now.minus(5, ChronoUnit.HOURS)),
                raw(NEWS_SOURCE, "UNDP Belarus", "UNDP and Belarus launch a programme on sustainable development goals",
                        "The programme supports digital transformation of local governance.", "en",
                        now.minus(7, ChronoUnit.HOURS)),
                raw(NEWS_SOURCE, "BelTA", "Minsk hosts an international chess tournament",
                        "Players from twelve countries take part.", "en", now.minus(9, ChronoUnit.HOURS))));
        for (int i = 0; i < 200; i++) {
            items.add(raw(LOAD_SOURCE, "Load", "Новость " + i + ": модельный закон об искусственном интеллекте",
                    "Краткое содержание новости " + i + " о цифровом суверенитете и защите персональных данных.", "ru",
                    now.minus(3, ChronoUnit.DAYS).minus(i, ChronoUnit.MINUTES)));
        }
        for (FeedItem item : items) {
            kafka.send(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item));
        }
        await().atMost(FLOW).until(() -> api.get("/api/items?size=1").path("total").asLong(), n -> n >= items.size() + 1);
        JsonNode stored = api.get("/api/items/" + modelLaw.id());
        assertThat(stored.path("tags").toString()).as("the classifier tags the model-law item with title evidence")
                .contains("\"field\":\"title\"");
    }

    static FeedItem raw(String sourceId, String sourceName, String title, String summary, String language, Instant published) {
        String guid = sourceId + "-" + Math.abs(title.hashCode());
        return FeedItem.of(sourceId, sourceName, "https://example.org/news/" + guid, guid, title, summary, null,
                language, List.of(), null, OffsetDateTime.ofInstant(published, ZoneOffset.ofHours(3)), null, Instant.now());
    }

    @AfterAll
    static void stopTheSystem() {
        for (AutoCloseable c : new AutoCloseable[] {analyst, admin, cookiesBlocked, kafka, stack, feed}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.err.println("stopping " + c + ": " + e);
                }
            }
        }
    }

    static Browser analyst() throws Exception {
        if (analyst == null) {
            analyst = Browser.signIn("analyst", "analyst", stack.credentials().analystPassword(), baseUrl, "/console");
        }
        return analyst;
    }

    static Browser admin() throws Exception {
        if (admin == null) {
            admin = Browser.signIn("admin", "admin", stack.credentials().adminPassword(), baseUrl, "/console");
        }
        return admin;
    }

    @Test
    @Order(1)
    void analystSeesTheNewestItemsFirstWithTheEvidenceHighlighted() throws Exception {
        Browser b = analyst();
        b.open(baseUrl, "/console");
        List<WebElement> items = b.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".items .item"), 5));
        assertThat(items.get(0).findElement(By.cssSelector(".item-title")).getText()).isEqualTo(newest.title());
        List<Instant> times = b.driver.findElements(By.cssSelector(".items .item time")).stream()
                .map(t -> Instant.parse(t.getAttribute("datetime"))).toList();
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());

        WebElement modelLawRow = b.driver.findElement(By.id("item-" + modelLaw.id()));
        List<String> marked = modelLawRow.findElements(By.cssSelector(".item-title mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).isNotEmpty();
        marked.forEach(m -> assertThat(modelLaw.title().toLowerCase()).contains(m.toLowerCase()));
        assertThat(modelLawRow.findElement(By.cssSelector(".item-title")).getAttribute("lang")).isEqualTo("ru");
        assertThat(modelLawRow.findElements(By.cssSelector(".labels .label")).stream().map(WebElement::getText).toList())
                .contains("ai-law");
        b.screenshot(SCREENSHOTS, "inbox");
    }

    @Test
    @Order(2)
    void filteringByAThemeKeepsItInTheUrl() throws Exception {
        Browser b = analyst();
        b.open(baseUrl, "/console");
        b.driver.findElement(By.cssSelector("input[name=theme][value=ai-law]")).click();
        b.driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
        b.wait.until(ExpectedConditions.urlContains("theme=ai-law"));
        assertThatEveryItemHasTheme(b, "ai-law");

        b.open(baseUrl, "/console/stats");
        b.driver.navigate().back();
        b.wait.until(ExpectedConditions.urlContains("theme=ai-law"));
        assertThat(b.driver.findElement(By.cssSelector("input[name=theme][value=ai-law]")).isSelected()).isTrue();
        assertThatEveryItemHasTheme(b, "ai-law");

        // the filter reaches the export links and the next page too
        assertThat(b.driver.findElement(By.linkText("CSV")).getAttribute("href")).contains("theme=ai-law");
        b.driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        b.wait.until(ExpectedConditions.urlContains("page=1"));
        assertThat(b.driver.getCurrentUrl()).contains("theme=ai-law");
        assertThatEveryItemHasTheme(b, "ai-law");
    }

    private static void assertThatEveryItemHasTheme(Browser b, String theme) {
        List<WebElement> items = b.driver.findElements(By.cssSelector(".items .item"));
        assertThat(items).isNotEmpty();
        for (WebElement item : items) {
            assertThat(item.findElements(By.cssSelector(".labels .label")).stream().map(WebElement::getText).toList())
                    .contains(theme);
        }
    }

    @Test
    @Order(3)
    void analystOpensAnItemAndReviewsItAndTheTrailShowsTheReviewer() throws Exception {
        Browser b = analyst();
        b.open(baseUrl, "/console?source=" + NEWS_SOURCE);
        b.driver.findElement(By.cssSelector("#item-" + modelLaw.id() + " .item-title a")).click();
        b.wait.until(ExpectedConditions.urlContains("/console/items/" + modelLaw.id()));
        assertThat(b.driver.findElement(By.tagName("h1")).findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(b.driver.findElement(By.cssSelector("table.tags")).getText()).contains("ai-law");

        b.driver.findElement(By.cssSelector("input[name=status][value=relevant]")).click();
        b.driver.findElement(By.id("note")).sendKeys("Для квартального отчёта");
        b.driver.findElement(By.cssSelector(".review-form button[type=submit]")).click();
        WebElement trail = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.trail li")));
        assertThat(trail.getText()).contains("relevant").contains("analyst").contains("Для квартального отчёта");
        assertThat(api.get("/api/items/" + modelLaw.id()).path("reviewStatus").asText()).isEqualTo("relevant");

        // keyboard: j selects the first inbox item, f marks it follow-up through the API
        b.open(baseUrl, "/console?source=" + NEWS_SOURCE);
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".items .item")));
        new Actions(b.driver).sendKeys("j").sendKeys("f").perform();
        b.wait.until(ExpectedConditions.textToBe(By.cssSelector("#item-" + newest.id() + " [data-role=review-status]"), "follow-up"));
        await().atMost(Deadlines.ARRIVES).until(() -> api.get("/api/items/" + newest.id()).path("reviewStatus").asText(),
                "follow-up"::equals);
        assertThat(api.get("/api/items/" + newest.id()).path("reviews").get(0).path("reviewer").asText()).isEqualTo("analyst");
    }

    @Test
    @Order(4)
    void theRuleTesterHighlightsTheEvidenceInAPastedRussianText() throws Exception {
        Browser b = analyst();
        b.open(baseUrl, "/console/rules");
        assertThat(b.driver.findElements(By.cssSelector("details summary"))).as("themes from classifier-service").isNotEmpty();
        String text = "Депутаты обсудили модельный закон об искусственном интеллекте и меры кибербезопасности.";
        b.driver.findElement(By.id("t-summary")).sendKeys(text);
        new Select(b.driver.findElement(By.id("t-language"))).selectByValue("ru");
        b.driver.findElement(By.cssSelector("#tester button[type=submit]")).click();
        List<WebElement> marks = b.wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".test-result .tested-text mark")));
        assertThat(marks).isNotEmpty();
        for (WebElement mark : marks) {
            assertThat(text.toLowerCase()).contains(mark.getText().toLowerCase());
        }
        assertThat(b.driver.findElement(By.cssSelector(".test-result")).getText()).contains("ai-law");
        assertThat(b.driver.findElement(By.cssSelector(".tested-text")).getAttribute("lang")).isEqualTo("ru");
    }

    @Test
    @Order(5)
    void analystGetsA403OnTheSubscriptionsPage() throws Exception {
        Browser b = analyst();
        b.open(baseUrl, "/console/subscriptions");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).startsWith("403");
        assertThat(b.driver.findElement(By.tagName("main")).getText()).contains("for administrators");
        assertThat(b.driver.findElements(By.cssSelector("nav a[href='/console/subscriptions']"))).isEmpty();
        assertThat(Api.status(baseUrl + "/console/subscriptions", "analyst", stack.credentials().analystPassword())).isEqualTo(403);
    }

    @Test
    @Order(6)
    void adminCreatingASubscriptionWithABadEmailSeesTheErrorAtTheField() throws Exception {
        Browser b = admin();
        b.open(baseUrl, "/console/subscriptions");
        b.driver.findElement(By.linkText("New subscription")).click();
        b.wait.until(ExpectedConditions.urlContains("/console/subscriptions/new"));
        b.driver.findElement(By.id("name")).sendKeys("Модельные законы");
        b.driver.findElement(By.id("email")).sendKeys("not-an-email");
        b.driver.findElement(By.cssSelector("input[name=theme][value=ai-law]")).click();
        b.driver.findElement(By.cssSelector(".subscription-form button[type=submit]")).click();

        WebElement error = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email-error")));
        assertThat(error.getText()).isNotBlank();
        WebElement email = b.driver.findElement(By.id("email"));
        assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(email.getAttribute("value")).isEqualTo("not-an-email");
        // next to the field: the error sits in the same form row as the email input
        assertThat(error.findElement(By.xpath("..")).findElement(By.id("email")).getAttribute("id")).isEqualTo("email");
        assertThat(b.driver.findElements(By.cssSelector(".field-error")).size()).isEqualTo(1);

        email.clear();
        email.sendKeys("analysts@example.org");
        b.driver.findElement(By.cssSelector(".subscription-form button[type=submit]")).click();
        b.wait.until(ExpectedConditions.urlContains("done="));
        assertThat(b.driver.findElement(By.cssSelector("table.subscriptions")).getText()).contains("Модельные законы")
                .contains("analysts@example.org");
    }

    @Test
    @Order(7)
    void adminSeesSourceHealthFromIngestAndPollsNow() throws Exception {
        Browser b = admin();
        await().atMost(FLOW).until(() -> api.get("/api/items?source=" + FEED_SOURCE).path("total").asLong(), n -> n >= 1);
        b.open(baseUrl, "/console/sources");
        WebElement table = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.sources")));
        assertThat(table.getText()).contains(FEED_SOURCE).contains("ok");
        b.driver.findElement(By.cssSelector("form[action='/console/sources/" + FEED_SOURCE + "/poll'] button")).click();
        WebElement notice = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(notice.getText()).contains(FEED_SOURCE).containsAnyOf("polled", "not_modified");
    }

    @Test
    @Order(8)
    void theInboxWith200ItemsLoadsAndItsLoadTimeIsPrinted() throws Exception {
        Browser b = analyst();
        String path = "/console?source=" + LOAD_SOURCE + "&size=200";
        b.open(baseUrl, path); // warm-up
        long bestDocument = Long.MAX_VALUE;
        long bestLoad = Long.MAX_VALUE;
        long bestReady = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            b.open(baseUrl, path);
            b.wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) ((JavascriptExecutor) b.driver).executeScript(
                    "var n = performance.getEntriesByType('navigation')[0];"
                            + " return {document: n.responseEnd - n.startTime, ready: n.domContentLoadedEventEnd - n.startTime,"
                            + " load: n.loadEventEnd - n.startTime};");
            bestDocument = Math.min(bestDocument, Math.round(((Number) timing.get("document")).doubleValue()));
            bestReady = Math.min(bestReady, Math.round(((Number) timing.get("ready")).doubleValue()));
            bestLoad = Math.min(bestLoad, Math.round(((Number) timing.get("load")).doubleValue()));
        }
        assertThat(b.driver.findElements(By.cssSelector(".items .item"))).hasSize(200);
        System.out.printf("console inbox with 200 items in Chromium (best of 3): document received %d ms, "
                + "DOMContentLoaded %d ms, load event %d ms; machine load average %.1f%n", bestDocument, bestReady, bestLoad,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // speed is measured, not asserted (a timed assertion fails on a busy build machine): the figures are printed
        // and recorded in the README; the assertions hold what a user sees — every item there, the page complete
        assertThat(bestLoad).as("load event fired").isPositive();
    }

    @Test
    @Order(9)
    void onAPhoneThePagesFitTheScreenAndTheItemsComeFirst() throws Exception {
        Browser b = analyst();
        try {
            b.driver.manage().window().setSize(new Dimension(390, 844));
            for (String path : List.of("/console", "/console/items/" + modelLaw.id(), "/console/rules", "/console/stats",
                    "/console/sources", "/console/stories", "/console/acts")) {
                b.open(baseUrl, path);
                b.wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                Number overflow = (Number) ((JavascriptExecutor) b.driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("horizontal overflow of " + path + " on a phone (px)").isLessThanOrEqualTo(0);
            }
            // the filters come first but folded, so the first items are on the first screen; open when filtering
            b.open(baseUrl, "/console");
            b.wait.until(d -> !b.driver.findElement(By.cssSelector(".filter-box")).getDomProperty("open").equals("true"));
            int filtersBottom = b.driver.findElement(By.cssSelector(".filters")).getRect().getY()
                    + b.driver.findElement(By.cssSelector(".filters")).getRect().getHeight();
            int firstItem = b.driver.findElement(By.cssSelector(".items .item")).getRect().getY();
            assertThat(firstItem).isGreaterThan(filtersBottom).isLessThan(844 / 2);
            b.screenshot(SCREENSHOTS, "inbox-phone");
            b.open(baseUrl, "/console?theme=ai-law");
            assertThat(b.driver.findElement(By.cssSelector(".filter-box")).getDomProperty("open")).isEqualTo("true");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    @Order(10)
    void analystFollowsAStoryFromTheInboxToItsVersionsAndItsAct() throws Exception {
        int decree = 1000 + ThreadLocalRandom.current().nextInt(8000);
        Instant day = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        FeedItem en = raw(STORY_SOURCES.get(0), "BelTA", "Lukashenko signs decree on the National AI Center",
                "Aleksandr Lukashenko signed Decree No. " + decree + " on the National Artificial Intelligence Center.",
                "en", day);
        FeedItem ru = raw(STORY_SOURCES.get(1), "БелТА", "Лукашенко подписал указ о Национальном центре ИИ",
                "Александр Лукашенко подписал Указ №" + decree + " о Национальном центре искусственного интеллекта.",
                "ru", day.plus(20, ChronoUnit.MINUTES));
        FeedItem be = raw(STORY_SOURCES.get(2), "Звязда", "Лукашэнка падпісаў указ аб Нацыянальным цэнтры ШІ",
                "Аляксандр Лукашэнка падпісаў Указ № " + decree + " аб Нацыянальным цэнтры штучнага інтэлекту.",
                "be", day.plus(40, ChronoUnit.MINUTES));
        for (FeedItem item : List.of(en, ru, be)) {
            kafka.send(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item));
        }
        // an item not stored yet answers 404 (Api fails on it): not a failure while the pipeline is still at work
        String story = await().atMost(FLOW).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> api.get("/api/items/" + en.id()).path("storyId").asText(null), id -> id != null);
        await().atMost(FLOW).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> List.of(api.get("/api/items/" + ru.id()).path("storyId").asText(""),
                        api.get("/api/items/" + be.id()).path("storyId").asText("")),
                        ids -> ids.stream().allMatch(story::equals));

        // the inbox row says the story has two other versions; its link leads to the story's timeline
        Browser b = analyst();
        b.open(baseUrl, "/console?source=" + String.join(",", STORY_SOURCES));
        WebElement badge = b.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#item-" + ru.id() + " a[data-role=story]")));
        assertThat(badge.getText()).isEqualTo("+2 versions · be, en");
        badge.click();
        b.wait.until(ExpectedConditions.urlContains("/console/stories/" + story));
        List<WebElement> timeline = b.driver.findElements(By.cssSelector(".timeline .item"));
        assertThat(timeline.stream().map(e -> e.getAttribute("data-id")).toList()).containsExactly(en.id(), ru.id(), be.id());
        assertThat(timeline.stream().map(e -> e.findElement(By.cssSelector(".item-title")).getAttribute("lang")).toList())
                .containsExactly("en", "ru", "be");
        assertThat(b.driver.findElement(By.cssSelector("[data-role=languages]")).getText()).isEqualTo("be, en, ru");
        b.screenshot(SCREENSHOTS, "story");

        // the act: every version names it, with its own words
        b.driver.findElement(By.cssSelector(".act-list a.act")).click();
        b.wait.until(ExpectedConditions.urlContains("/console/acts/decree:" + decree));
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).startsWith("Decree No. " + decree);
        assertThat(b.driver.findElements(By.cssSelector(".timeline .item")).stream().map(e -> e.getAttribute("data-id")).toList())
                .containsExactly(en.id(), ru.id(), be.id());
        assertThat(b.driver.findElement(By.cssSelector("#item-" + be.id() + " .mentions q")).getText())
                .isEqualTo("Указ № " + decree);

        // an item page lists the other versions, each linked; s goes to the story
        b.driver.findElement(By.cssSelector("#item-" + ru.id() + " .item-title a")).click();
        b.wait.until(ExpectedConditions.urlContains("/console/items/" + ru.id()));
        List<WebElement> versions = b.driver.findElements(By.cssSelector("table.versions tbody tr"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).getText()).contains("en").contains("BelTA").contains(en.title());
        assertThat(versions.get(1).findElement(By.cssSelector("td[lang=be] a")).getAttribute("href"))
                .endsWith("/console/items/" + be.id());
        new Actions(b.driver).sendKeys("s").perform();
        b.wait.until(ExpectedConditions.urlContains("/console/stories/" + story));
    }

    /**
     * A browser that blocks cookies (the user's setting, here Chromium's preference) in another zone than the server's:
     * the script cannot keep the zone in its cookie. The inbox still lists the items, the keys still work, no script
     * error, and the page says why the times are in the server's zone.
     */
    @Test
    @Order(11)
    void withCookiesBlockedTheInboxWorksAndSaysWhyTimesAreNotInTheBrowsersZone() throws Exception {
        cookiesBlocked = Browser.signIn("analyst-cookies-blocked", "analyst", stack.credentials().analystPassword(), baseUrl,
                "/console?source=" + NEWS_SOURCE, Map.of("profile.default_content_setting_values.cookies", 2),
                Map.of("TZ", "Europe/Minsk"));
        Browser b = cookiesBlocked;
        b.wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        // the setting took, or this test would prove nothing. Chromium 156 keeps navigator.cookieEnabled true and does
        // not throw on document.cookie: it drops what is written (and throws on localStorage), so the old script
        // wrote its cookie and reloaded the page without end
        assertThat(((JavascriptExecutor) b.driver).executeScript(
                "document.cookie = 'probe=1; path=/console'; return document.cookie.indexOf('probe=') === -1")).isEqualTo(true);
        assertThat(((JavascriptExecutor) b.driver).executeScript(
                "return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("Europe/Minsk");

        WebElement notice = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("zone-notice")));
        assertThat(notice.getText()).contains("cookies").contains("UTC").contains("Europe/Minsk");
        assertThat(b.driver.findElements(By.cssSelector(".items .item"))).hasSizeGreaterThanOrEqualTo(5);
        new Actions(b.driver).sendKeys("j").perform();
        b.wait.until(ExpectedConditions.attributeContains(By.cssSelector(".items .item"), "class", "current"));
        // the browser's own request for /favicon.ico (the console has none) is no error of the page
        assertThat(b.severeLogEntries()).filteredOn(e -> !e.contains("/favicon.ico "))
                .as("errors of the page's script").isEmpty();
    }

    /** "← Inbox" on an item page leads back to the inbox as the analyst left it: filters, page size and page. */
    @Test
    @Order(12)
    void theItemPagesBackLinkRestoresTheInboxFiltersAndPage() throws Exception {
        Browser b = analyst();
        String inbox = "/console?source=" + LOAD_SOURCE + "&theme=ai-law&size=20&page=1";
        b.open(baseUrl, inbox);
        WebElement first = b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".items .item .item-title a")));
        first.click();
        b.wait.until(ExpectedConditions.urlContains("/console/items/"));
        b.driver.findElement(By.cssSelector("a[data-back]")).click();
        b.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/console/items/")));
        assertThat(b.driver.getCurrentUrl()).isEqualTo(baseUrl + inbox);

        // also after a review was saved on the item page (the form posts and the page comes back by a redirect)
        b.driver.findElement(By.cssSelector(".items .item .item-title a")).click();
        b.wait.until(ExpectedConditions.urlContains("/console/items/"));
        b.driver.findElement(By.cssSelector("input[name=status][value=irrelevant]")).click();
        b.driver.findElement(By.cssSelector(".review-form button[type=submit]")).click();
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.trail li")));
        b.driver.findElement(By.cssSelector("a[data-back]")).click();
        b.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/console/items/")));
        assertThat(b.driver.getCurrentUrl()).isEqualTo(baseUrl + inbox);
    }

    /**
     * The inbox row's shortcut sends the version the row shows: when another analyst reviewed the item since the inbox
     * was loaded, the save is refused (409) and the page says so, instead of overwriting the other review.
     */
    @Test
    @Order(13)
    void aReviewShortcutOnAStaleInboxRowIsRefusedAndSaidSo() throws Exception {
        Browser b = analyst();
        b.open(baseUrl, "/console?source=" + LOAD_SOURCE + "&size=5&page=2");
        WebElement row = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".items .item")));
        String id = row.getAttribute("data-id");
        api.patch("/api/items/" + id, Map.of("status", "irrelevant", "note", "reviewed by another analyst"));

        new Actions(b.driver).sendKeys("j").sendKeys("r").perform();
        WebElement status = b.driver.findElement(By.id("status-message"));
        b.wait.until(d -> !status.getText().isBlank());
        assertThat(status.getText()).contains("reviewed or changed since");
        assertThat(api.get("/api/items/" + id).path("reviewStatus").asText()).as("the other analyst's review stays")
                .isEqualTo("irrelevant");

        // reloaded, the row shows the current version: the shortcut saves
        b.open(baseUrl, "/console?source=" + LOAD_SOURCE + "&size=5&page=2");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".items .item")));
        new Actions(b.driver).sendKeys("j").sendKeys("r").perform();
        b.wait.until(ExpectedConditions.textToBe(By.cssSelector("#item-" + id + " [data-role=review-status]"), "relevant"));
        await().atMost(Deadlines.ARRIVES).until(() -> api.get("/api/items/" + id).path("reviewStatus").asText(),
                "relevant"::equals);
    }
}
