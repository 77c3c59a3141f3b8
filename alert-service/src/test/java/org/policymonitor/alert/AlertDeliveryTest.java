package org.policymonitor.alert;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.data.Offset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Digests;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.TestSmtp;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;
import org.policymonitor.testing.http.WebhookReceiver.Receipt;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** From a classified record on Kafka to an email and a signed webhook, exactly once, through failures. */
@QuarkusTest
class AlertDeliveryTest {

    private static final String SECRET = "webhook-secret-0123456789";
    private static final Duration DEADLINE = Deadlines.ARRIVES;

    static WebhookReceiver receiver;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void classifiedItemIsStoredThenMailedWithEvidenceAndPostedWithAVerifiableSignature() throws Exception {
        String source = TestItems.uniqueSource("belta");
        String address = "team-" + UUID.randomUUID() + "@example.org";
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(204));
        Api.subscribe(emailSubscription(address, source, "\"themes\":[\"ai-law\"]"));
        Api.subscribe(webhookSubscription(url, source));

        ClassifiedItem item = TestItems.modelLawItem(source, "СНГ разрабатывает модельный закон об ИИ <script>");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                .then().statusCode(200).body("themes", Matchers.hasItem("ai-law")));

        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        Mails.Mail mail = Mails.to(address).get(0);
        assertThat(mail.subject()).contains("ai-law").contains("СНГ разрабатывает модельный закон");
        assertThat(mail.text()).contains("matched «модельный закон» in the title")
                .contains(item.item().link()).contains("Source " + source).contains("2026-01-15 10:30 +03:00");
        assertThat(mail.html()).contains("matched «модельный закон» in the title")
                .contains("&lt;script&gt;").doesNotContain("<script>");

        Receipt request = receiver.awaitReceipts(hook, 1).get(0);
        String timestamp = request.header("X-PolicyMonitor-Timestamp");
        byte[] body = request.bytes();
        assertThat(request.header("X-PolicyMonitor-Signature")).isEqualTo("sha256=" + hmac(timestamp, body));
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), Offset.offset(60L));
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = EventJson.mapper().readValue(body, Map.class);
        assertThat(payload).containsEntry("type", "item")
                .containsEntry("deliveryId", request.header("X-PolicyMonitor-Delivery"));
        assertThat(((Map<?, ?>) payload.get("item")).get("id")).isEqualTo(item.item().id());
        assertThat(payload.get("tags").toString()).contains("модельный закон").contains("ai-law.model-law");

        Api.asAnalyst().get("/api/items/" + item.item().id()).then().statusCode(200)
                .body("deliveries.size()", equalTo(2))
                .body("deliveries.status", Matchers.everyItem(equalTo("delivered")));
    }

    /**
     * A title with a character outside the BMP (an emoji, as agencies' social feeds write them) keeps it in the mail's
     * subject. Vert.x's mail encoder writes a header one UTF-16 unit at a time, and half a surrogate pair encodes as
     * "?": the demo's "… персанальных даных 🤖" arrived as "… персанальных даных ??" (trial13); the bodies had it.
     */
    @Test
    void aTitleWithAnEmojiKeepsItInTheMailSubject() {
        String source = TestItems.uniqueSource("belta");
        String address = "emoji-" + UUID.randomUUID() + "@example.org";
        Api.subscribe(emailSubscription(address, source, ""));
        String title = "Модельный закон об ИИ принят \uD83E\uDD16 \uD83D\uDCC8";
        ClassifiedItem item = TestItems.modelLawItem(source, title);
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        Mails.Mail mail = Mails.to(address).get(0);
        assertThat(mail.subject()).endsWith(": " + title);
        assertThat(mail.text()).contains(title);
    }

    @Test
    void theSameRecordTwiceGivesOneEmail() {
        String source = TestItems.uniqueSource("nasb");
        String address = "once-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe(emailSubscription(address, source, ""));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон: модельный закон принят");
        String json = TestItems.json(item);

        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), json);
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), json);

        // the second record is consumed (a later record of the same partition is stored) and still no second mail
        ClassifiedItem marker = TestItems.modelLawItem(source, "Ещё один модельный закон");
        kafka.send(Topics.ITEMS_CLASSIFIED, marker.item().id(), TestItems.json(marker));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(DEADLINE).until(() -> Mails.to(address).size() == 2);
        assertThat(Mails.to(address)).filteredOn(m -> m.subject().contains("принят")).hasSize(1);
        Api.asAdmin().queryParam("subscriptionId", subscription).get("/api/deliveries")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void anItemTaggedOnlyByALaterClassificationAlertsOnceThen() {
        String source = TestItems.uniqueSource("reclassified");
        String address = "late-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe(emailSubscription(address, source, "\"themes\":[\"ai-law\"]"));
        ClassifiedItem tagged = TestItems.modelLawItem(source, "Позже распознанный модельный закон");
        ClassifiedItem untagged = new ClassifiedItem(tagged.item(), List.of(), "rules-0", tagged.classifiedAt().minusSeconds(60));

        kafka.send(Topics.ITEMS_CLASSIFIED, untagged.item().id(), TestItems.json(untagged));
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + tagged.item().id())
                .then().statusCode(200).body("rulesetVersion", equalTo("rules-0")));
        assertThat(Mails.to(address)).isEmpty();

        kafka.send(Topics.ITEMS_CLASSIFIED, tagged.item().id(), TestItems.json(tagged));
        kafka.send(Topics.ITEMS_CLASSIFIED, tagged.item().id(), TestItems.json(tagged));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        Api.asAdmin().queryParam("subscriptionId", subscription).get("/api/deliveries")
                .then().body("total", equalTo(1));
    }

    @Test
    void aWebhookAnswering500ThreeTimesThen200IsDeliveredOnce() {
        String source = TestItems.uniqueSource("flaky");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(500), Answer.status(500), Answer.status(500),
                Answer.status(200));
        long subscription = Api.subscribe(webhookSubscription(url, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Новый модельный закон");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .get("/api/deliveries").then().statusCode(200)
                .body("deliveries[0].status", equalTo("delivered"))
                .body("deliveries[0].attempts", equalTo(4))
                .body("deliveries[0].lastHttpStatus", equalTo(200)));
        await().during(Duration.ofSeconds(1)).atMost(DEADLINE).until(() -> receiver.receipts(hook).size() == 4);
        List<String> ids = receiver.receipts(hook).stream().map(r -> r.header("X-PolicyMonitor-Delivery")).distinct().toList();
        assertThat(ids).as("every attempt carries the same idempotency key").hasSize(1);
    }

    @Test
    void aWebhookAnswering410IsDeadWithTheReasonAndAnAdminCanRetryIt() {
        String source = TestItems.uniqueSource("gone");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(410).withBody("endpoint removed"));
        long subscription = Api.subscribe(webhookSubscription(url, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и 410");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "dead").get("/api/deliveries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("deliveries[0].lastError", equalTo("HTTP 410 Gone: the receiver says this webhook no longer exists;"
                        + " change the subscription's url or disable it (it answered: endpoint removed)"))
                .body("deliveries[0].lastHttpStatus", equalTo(410)));
        int requestsWhenDead = receiver.receipts(hook).size();
        await().during(Duration.ofSeconds(1)).atMost(DEADLINE)
                .until(() -> receiver.receipts(hook).size() == requestsWhenDead); // a 410 is final: no retry

        receiver.answer(hook, Answer.status(200));
        String id = Api.asAdmin().queryParam("subscriptionId", subscription).get("/api/deliveries")
                .then().extract().path("deliveries[0].id");
        Api.asAnalyst().post("/api/deliveries/" + id + "/retry").then().statusCode(403);
        // a page elsewhere cannot make a logged-in admin's browser retry it
        Api.asAdmin().header("Sec-Fetch-Site", "cross-site").post("/api/deliveries/" + id + "/retry").then()
                .statusCode(403).contentType("application/problem+json");
        Api.asAdmin().get("/api/deliveries/" + id).then().body("status", equalTo("dead"));
        Api.asAdmin().post("/api/deliveries/" + id + "/retry").then().statusCode(200).body("status", equalTo("pending"));
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().get("/api/deliveries/" + id)
                .then().body("status", equalTo("delivered")));
        Api.asAdmin().post("/api/deliveries/" + id + "/retry").then().statusCode(409);
    }

    /**
     * A disabled subscription sends nothing, so a retry or a flush of it could only end its deliveries dead with
     * "subscription disabled": both answered 200, and the retried delivery lost the reason it had died with (here the
     * receiver's 410) to that one. Now a 409 says to enable it first, and the delivery keeps its reason.
     */
    @Test
    void aRetryOrFlushOfADisabledSubscriptionIsAConflictAndTheDeliveryKeepsItsReason() {
        String source = TestItems.uniqueSource("paused");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(410).withBody("endpoint removed"));
        long subscription = Api.subscribe(webhookSubscription(url, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и пауза");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        String reason = "HTTP 410 Gone: the receiver says this webhook no longer exists; change the subscription's url"
                + " or disable it (it answered: endpoint removed)";
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "dead").get("/api/deliveries").then().body("deliveries[0].lastError", equalTo(reason)));
        String id = Api.asAdmin().queryParam("subscriptionId", subscription).get("/api/deliveries")
                .then().extract().path("deliveries[0].id");
        Api.asAdmin().body("""
                {"name":"siem","channel":"webhook","url":"%s","sources":["%s"],"enabled":false}"""
                .formatted(url, source)).put("/api/subscriptions/" + subscription).then().statusCode(200);

        Api.asAdmin().post("/api/deliveries/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("delivery " + id + " is of subscription " + subscription
                        + ", which is disabled: enable it, then retry the delivery"));
        Api.asAdmin().post("/api/subscriptions/" + subscription + "/flush").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("subscription " + subscription + " is disabled: enable it, then flush it"));
        await().during(Duration.ofSeconds(2)).atMost(DEADLINE).untilAsserted(() -> Api.asAdmin()
                .get("/api/deliveries/" + id).then().body("status", equalTo("dead")).body("lastError", equalTo(reason)));
    }

    /**
     * A redirect is never followed (the new address was never checked against the address policy), and the admin is
     * told where the receiver pointed, by the delivery, the log and a metric.
     */
    @Test
    void aWebhookRedirectingElsewhereIsDeadNamingWhereAndTheNewAddressGetsNothing() {
        String source = TestItems.uniqueSource("moved");
        String hook = UUID.randomUUID().toString();
        String moved = UUID.randomUUID().toString();
        String elsewhere = receiver.endpoint(moved, Answer.status(204));
        String url = receiver.endpoint(hook, Answer.status(301).withHeader("Location", elsewhere));
        double redirectsBefore = registry.counter("policy.alert.webhook.final.failures", "reason", "redirect").count();
        long subscription = Api.subscribe(webhookSubscription(url, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и 301");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "dead").get("/api/deliveries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("deliveries[0].lastError", equalTo("HTTP 301: the receiver redirects to " + elsewhere
                        + "; redirects are not followed: change the subscription's url if the receiver moved"))
                .body("deliveries[0].lastHttpStatus", equalTo(301)));
        assertThat(registry.counter("policy.alert.webhook.final.failures", "reason", "redirect").count())
                .isEqualTo(redirectsBefore + 1);
        assertThat(receiver.receipts(hook)).hasSize(1);
        assertThat(receiver.receipts(moved)).isEmpty();
    }

    @Test
    void aDeliveryStillFailingPastTheMaximumAgeIsDeadWithTheLastError() throws Exception {
        String source = TestItems.uniqueSource("down");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(503).withBody("maintenance"));
        long subscription = Api.subscribe(webhookSubscription(url, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и 503");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        await().atMost(DEADLINE).until(() -> !receiver.receipts(hook).isEmpty());

        // pretend the delivery has been failing for longer than policy.alert.retry.max-age (PT2M in tests)
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement("UPDATE delivery SET due_at = now() - interval '3 hours' WHERE subscription_id = ?")) {
            ps.setLong(1, subscription);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .get("/api/deliveries").then()
                .body("deliveries[0].status", equalTo("dead"))
                .body("deliveries[0].lastHttpStatus", equalTo(503))
                .body("deliveries[0].lastError", Matchers.startsWith("HTTP 503: maintenance (still failing after")));
    }

    @Test
    void aWebhookAnswering429IsRetriedAfterRetryAfter() {
        String source = TestItems.uniqueSource("busy");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(429).withHeader("Retry-After", "1"), Answer.status(202));
        long subscription = Api.subscribe(webhookSubscription(url, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и 429");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        List<Receipt> requests = receiver.awaitReceipts(hook, 2);
        long gap = Duration.between(requests.get(0).arrived(), requests.get(1).arrived()).toMillis();
        assertThat(gap).as("waited for Retry-After: 1 s rather than the 100 ms test backoff").isGreaterThanOrEqualTo(900);
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
    }

    @Test
    void mailIsDeliveredOnceSmtpIsBackUp() {
        String source = TestItems.uniqueSource("smtp-outage");
        String address = "outage-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe(emailSubscription(address, source, ""));
        TestSmtp.stop();
        try {
            ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон во время сбоя");
            kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
            await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                    .get("/api/deliveries").then()
                    .body("deliveries[0].status", equalTo("pending"))
                    .body("deliveries[0].attempts", Matchers.greaterThanOrEqualTo(2))
                    .body("deliveries[0].lastError", Matchers.startsWith("SMTP")));
        } finally {
            TestSmtp.start();
        }
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
    }

    @Test
    void aDigestSubscriptionGetsOneMailForSeveralItems() {
        String source = TestItems.uniqueSource("digest");
        String address = "digest-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe("""
                {"name":"daily digest","channel":"email","email":"%s","sources":["%s"],"mode":"digest",
                 "digest":%s}""".formatted(address, source, Digests.dailyFarFromNow()));
        // three different events: a digest lists a story once, so near-identical versions of one would be one entry
        List<ClassifiedItem> items = List.of(
                TestItems.tagged(TestItems.feedItem(source, "Первый модельный закон об ИИ обсудили в Минске",
                        "Эксперты из 12 стран обсудили проект на конференции в БГУИР.", "ru"), "ai-law", "модельный закон"),
                TestItems.tagged(TestItems.feedItem(source, "Второй модельный закон МПА СНГ о кибербезопасности",
                        "Документ принят на 55-м пленарном заседании в Санкт-Петербурге.", "ru"), "ai-law", "модельный закон"),
                TestItems.tagged(TestItems.feedItem(source, "Третий модельный закон: Казахстан предложил поправки",
                        "Астана направила 40 поправок к тексту о цифровых платформах.", "ru"), "ai-law", "модельный закон"));
        items.forEach(i -> kafka.send(Topics.ITEMS_CLASSIFIED, i.item().id(), TestItems.json(i)));

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "pending").get("/api/deliveries").then().body("total", equalTo(3)));
        assertThat(Mails.to(address)).as("nothing before the digest time").isEmpty();

        // a body-less POST a page elsewhere could make a logged-in admin's browser send: refused
        Api.asAdmin().header("Origin", "https://evil.example").post("/api/subscriptions/" + subscription + "/flush")
                .then().statusCode(403).contentType("application/problem+json");
        await().during(Duration.ofMillis(500)).atMost(DEADLINE).until(() -> Mails.to(address).isEmpty());
        Api.asAdmin().post("/api/subscriptions/" + subscription + "/flush").then().statusCode(200)
                .body("deliveriesDueNow", equalTo(3));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        Mails.Mail digest = Mails.to(address).get(0);
        assertThat(digest.subject()).contains("Digest: 3 items");
        assertThat(digest.text()).contains("Первый модельный закон", "Второй модельный закон", "Третий модельный закон");
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "delivered").get("/api/deliveries").then().body("total", equalTo(3)));
        await().during(Duration.ofSeconds(1)).atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
    }

    @Test
    void aFailingSourceAlertsSubscriptionsThatOptedIn() {
        String source = TestItems.uniqueSource("belta-en");
        String address = "ops-" + UUID.randomUUID() + "@example.org";
        String other = "no-health-" + UUID.randomUUID() + "@example.org";
        Api.subscribe(emailSubscription(address, source, "\"sourceHealth\":true"));
        Api.subscribe(emailSubscription(other, source, ""));
        SourceStatus failing = new SourceStatus(source, "BelTA EN", SourceHealth.FAILING, SourceHealth.OK, "HTTP 404",
                Instant.parse("2026-01-15T06:00:00Z"), Instant.parse("2026-01-15T06:30:00Z"), 3,
                Instant.parse("2026-01-15T05:00:00Z"));
        kafka.send(Topics.SOURCES_STATUS, source, EventJson.toJson(failing));
        kafka.send(Topics.SOURCES_STATUS, source, EventJson.toJson(failing)); // redelivered: still one alert

        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        assertThat(Mails.to(address).get(0).subject())
                .contains("BelTA EN feed failing: HTTP 404 since 2026-01-15T06:00:00Z");
        await().during(Duration.ofSeconds(1)).atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);
        assertThat(Mails.to(other)).isEmpty();
    }

    static String emailSubscription(String address, String source, String extra) {
        return """
                {"name":"team","channel":"email","email":"%s","sources":["%s"]%s}"""
                .formatted(address, source, extra.isEmpty() ? "" : "," + extra);
    }

    static String webhookSubscription(String url, String source) {
        return """
                {"name":"siem","channel":"webhook","url":"%s","secret":"%s","sources":["%s"]}"""
                .formatted(url, SECRET, source);
    }

    /** The receiver's side of the signature, written independently of the service's signer. */
    static String hmac(String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
