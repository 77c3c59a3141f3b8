package org.policymonitor.alert.changes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;
import org.policymonitor.testing.KafkaTestClient;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;

/**
 * From a change on {@code policy.items.changed} to the item's status and versions and to change alerts by mail and
 * signed webhook — once, whatever the order and however often the records come.
 */
@QuarkusTest
class ItemChangesTest {

    private static final String SECRET = "change-secret-0123456789";
    private static final Duration DEADLINE = Deadlines.ARRIVES;
    private static final List<DiffChunk> DIFF = List.of(new DiffChunk(DiffChunk.Op.EQUAL, "выделено"),
            new DiffChunk(DiffChunk.Op.DELETE, "5"), new DiffChunk(DiffChunk.Op.INSERT, "7"),
            new DiffChunk(DiffChunk.Op.EQUAL, "миллионов"));

    static WebhookReceiver receiver;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void anEditAndARemovalShowInTheStatusTheVersionsTheListAndTheExports() {
        String source = TestItems.uniqueSource("changed");
        ClassifiedItem item = TestItems.modelLawItem(source, "Бюджет на модельный закон");
        publish(item);
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                .then().statusCode(200).body("status", equalTo("published")).body("versionCount", equalTo(1)));

        change(item, ChangeKind.EDITED, 2, DIFF, 200, "2026-11-30T10:00:00Z");
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                .then().statusCode(200).body("status", equalTo("edited")).body("versionCount", equalTo(2)));
        change(item, ChangeKind.REMOVED, 3, List.of(), 404, "2026-12-01T10:00:00Z");
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                .then().statusCode(200).body("status", equalTo("removed")).body("versionCount", equalTo(3)));

        JsonPath versions = Api.asAnalyst().get("/api/items/" + item.item().id() + "/versions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(versions.getList("versions.version", Integer.class)).containsExactly(1, 2, 3);
        assertThat(versions.getList("versions.change", String.class)).containsExactly("published", "edited", "removed");
        assertThat(versions.getList("versions[1].diff.op", String.class)).containsExactly("equal", "delete", "insert", "equal");
        assertThat(versions.getString("versions[1].diff[2].text")).isEqualTo("7");
        assertThat(versions.getInt("versions[1].httpStatus")).isEqualTo(200);
        assertThat(versions.getString("versions[1].textHash")).isEqualTo("hash-2");
        assertThat(versions.getString("versions[1].at")).isEqualTo("2026-11-30T10:00:00Z");
        assertThat(versions.getInt("versions[2].httpStatus")).isEqualTo(404);
        assertThat(versions.getString("status")).isEqualTo("removed");

        Api.asAnalyst().queryParam("source", source).get("/api/items").then().statusCode(200)
                .body("items[0].status", equalTo("removed")).body("items[0].versionCount", equalTo(3));
        String csv = Api.asAnalyst().queryParam("format", "csv").queryParam("source", source)
                .get("/api/items/export").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",status,version_count");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).endsWith(",\"removed\",\"3\"");
        Api.asAnalyst().queryParam("format", "json").queryParam("source", source).get("/api/items/export")
                .then().statusCode(200).body("[0].status", equalTo("removed")).body("[0].versionCount", equalTo(3));

        given().auth().preemptive().basic("analyst", "analyst-pass").get("/console/items/" + item.item().id())
                .then().statusCode(200).body(containsString("removed at the source"))
                .body(containsString("href=\"/api/items/" + item.item().id() + "/versions\" data-role=\"versions\">3 versions</a>"));

        // a restoration brings back the status before the removal
        change(item, ChangeKind.RESTORED, 4, List.of(), 200, "2026-12-02T10:00:00Z");
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                .then().statusCode(200).body("status", equalTo("edited")).body("versionCount", equalTo(4)));
    }

    @Test
    void versionsOfAnUnknownItemAre404ProblemsAndNeedCredentials() {
        Api.asAnalyst().get("/api/items/no-such-item/versions").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("status", equalTo(404));
        given().get("/api/items/no-such-item/versions").then().statusCode(401);
    }

    @Test
    void aPoisonChangeGoesToItsDeadLetterTopicAndTheNextChangeIsApplied() {
        String source = TestItems.uniqueSource("poison-change");
        ClassifiedItem item = TestItems.modelLawItem(source, "После яда: модельный закон");
        publish(item);
        try (KafkaTestClient.Subscription dlq = kafka.subscribe(Topics.deadLetter(Topics.ITEMS_CHANGED))) {
            kafka.send(Topics.ITEMS_CHANGED, item.item().id(), "{not json");
            kafka.send(Topics.ITEMS_CHANGED, item.item().id(),
                    "{\"itemId\":\"" + item.item().id() + "\",\"change\":\"moved\",\"version\":2}");
            change(item, ChangeKind.EDITED, 2, DIFF, 200, "2026-11-30T10:00:00Z");

            var dead = dlq.awaitRecords(2, r -> item.item().id().equals(r.key()), DEADLINE);
            assertThat(dead).extracting(r -> r.value()).contains("{not json");
            assertThat(KafkaTestClient.header(dead.get(0), "dead-letter-reason")).startsWith("not a valid ItemChange");
            assertThat(KafkaTestClient.header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.ITEMS_CHANGED);
            await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                    .then().statusCode(200).body("status", equalTo("edited")));
        }
    }

    @Test
    void aChangeBeforeItsItemIsKeptAndAlertsOnceWhenTheItemArrives() {
        String source = TestItems.uniqueSource("early");
        String address = "early-" + UUID.randomUUID() + "@example.org";
        Api.subscribe(emailSubscription(address, source, true));
        ClassifiedItem item = TestItems.modelLawItem(source, "Ранний модельный закон");

        change(item, ChangeKind.EDITED, 2, DIFF, 200, "2026-11-30T10:00:00Z");
        change(item, ChangeKind.EDITED, 2, DIFF, 200, "2026-11-30T10:00:00Z"); // redelivered before the item too
        await().atMost(DEADLINE).until(() -> Api.asAnalyst().get("/api/items/" + item.item().id()).statusCode() == 404);
        publish(item);

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id() + "/versions")
                .then().statusCode(200).body("status", equalTo("edited")).body("versionCount", equalTo(2))
                .body("versions.version", contains(1, 2)));
        // the new-item alert and the edit alert, each once
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(DEADLINE).until(() -> Mails.to(address).size() == 2);
        assertThat(Mails.to(address)).extracting(Mails.Mail::subject)
                .anyMatch(s -> s.endsWith("Edited: Ранний модельный закон"))
                .anyMatch(s -> s.contains("artificial-intelligence: Ранний модельный закон"));
    }

    @Test
    void changeAlertsGoOnceToSubscriptionsThatOptedInByMailAndSignedWebhook() throws Exception {
        String source = TestItems.uniqueSource("alerted");
        String optedIn = "changes-" + UUID.randomUUID() + "@example.org";
        String notOptedIn = "items-only-" + UUID.randomUUID() + "@example.org";
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(204));
        Api.subscribe(emailSubscription(optedIn, source, true));
        Api.subscribe(emailSubscription(notOptedIn, source, false));
        Api.subscribe("""
                {"name":"siem","channel":"webhook","url":"%s","secret":"%s","sources":["%s"],"changes":true}"""
                .formatted(url, SECRET, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Выделено 5 миллионов на модельный закон");
        publish(item);
        await().atMost(DEADLINE).until(() -> Mails.to(notOptedIn).size() == 1 && Mails.to(optedIn).size() == 1
                && receiver.receipts(hook).size() == 1);

        String json = change(item, ChangeKind.EDITED, 2, DIFF, 200, "2026-11-30T10:00:00Z");
        kafka.send(Topics.ITEMS_CHANGED, item.item().id(), json); // redelivered

        await().atMost(DEADLINE).until(() -> Mails.to(optedIn).size() == 2 && receiver.receipts(hook).size() == 2);
        Mails.Mail mail = Mails.to(optedIn).stream().filter(m -> m.subject().contains("Edited:")).findFirst().orElseThrow();
        assertThat(mail.subject()).endsWith("Edited: Выделено 5 миллионов на модельный закон");
        assertThat(mail.text()).contains("выделено [-5-] {+7+} миллионов", "Version 2", item.item().link());
        assertThat(mail.html()).containsPattern("<del[^>]*>5</del> <ins[^>]*>7</ins> миллионов");

        Receipt request = receiver.receipts(hook).stream()
                .filter(r -> "item-changed".equals(r.header("X-PolicyMonitor-Event"))).findFirst().orElseThrow();
        String timestamp = request.header("X-PolicyMonitor-Timestamp");
        assertThat(request.header("X-PolicyMonitor-Signature")).isEqualTo("sha256=" + hmac(timestamp, request.bytes()));
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = EventJson.mapper().readValue(request.bytes(), Map.class);
        assertThat(payload).containsEntry("type", "item-changed")
                .containsEntry("deliveryId", request.header("X-PolicyMonitor-Delivery"));
        Map<?, ?> change = (Map<?, ?>) payload.get("change");
        assertThat(change.get("itemId")).isEqualTo(item.item().id());
        assertThat(change.get("link")).isEqualTo(item.item().link());
        assertThat(change.get("title")).isEqualTo(item.item().title());
        assertThat(change.get("change")).isEqualTo("edited");
        assertThat(change.get("version")).isEqualTo(2);
        assertThat(change.get("at")).isEqualTo("2026-11-30T10:00:00Z");
        assertThat(change.get("diff").toString()).contains("op=delete, text=5").contains("op=insert, text=7");
        assertThat(payload).containsKey("storyId");

        // redelivery owed nothing more; the subscription without "changes" got only its new-item alert
        ClassifiedItem marker = TestItems.modelLawItem(source, "Ещё один модельный закон");
        publish(marker);
        await().atMost(DEADLINE).until(() -> Mails.to(notOptedIn).size() == 2 && Mails.to(optedIn).size() == 3
                && receiver.receipts(hook).size() == 3);
        await().during(Duration.ofSeconds(2)).atMost(DEADLINE)
                .until(() -> Mails.to(optedIn).size() == 3 && receiver.receipts(hook).size() == 3);
        assertThat(Mails.to(notOptedIn)).extracting(Mails.Mail::subject).noneMatch(s -> s.contains("Edited:"));
        Api.asAnalyst().get("/api/items/" + item.item().id()).then()
                .body("deliveries.findAll { it.kind == 'item-changed' }.size()", equalTo(2));
    }

    @Test
    void aSubscriptionSaysWhetherItWantsChanges() {
        long id = Api.subscribe(emailSubscription("view-" + UUID.randomUUID() + "@example.org", "any", true));
        Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(200).body("changes", equalTo(true));
        long other = Api.subscribe("{\"name\":\"d\",\"channel\":\"email\",\"email\":\"d@example.org\"}");
        Api.asAdmin().get("/api/subscriptions/" + other).then().statusCode(200).body("changes", equalTo(false));
    }

    private void publish(ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }

    /** Publishes a change as the archive does and returns its JSON. */
    private String change(ClassifiedItem item, ChangeKind kind, int version, List<DiffChunk> diff, int status, String at) {
        String json = EventJson.toJson(new ItemChange(ItemChange.SCHEMA_VERSION, item.item().id(), item.item().sourceId(),
                item.item().link(), item.item().title(), kind, version, diff,
                kind == ChangeKind.REMOVED ? null : "hash-" + version, status, Instant.parse(at)));
        kafka.send(Topics.ITEMS_CHANGED, item.item().id(), json);
        return json;
    }

    private static String emailSubscription(String address, String source, boolean changes) {
        return """
                {"name":"desk","channel":"email","email":"%s","sources":["%s"],"changes":%s}"""
                .formatted(address, source, changes);
    }

    private static String hmac(String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
