package org.policymonitor.alert;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.support.Api;
import org.policymonitor.testing.Deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Subscriptions: admin-only CRUD, precise 400s, write-only webhook secrets. */
@QuarkusTest
class SubscriptionApiTest {

    private static final String VALID_WEBHOOK = """
            {"name":"chat","channel":"webhook","url":"https://hooks.example.org/in","secret":"s3cret-s3cret-s3cret",
             "themes":["ai-law","data-protection"],"languages":["ru","en"]}""";

    @ParameterizedTest(name = "{0} is named in the 400")
    @CsvSource(delimiter = '|', value = {
            "email           | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"not-an-address\"}",
            "email           | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@b@example.org\"}",
            "url             | {\"name\":\"x\",\"channel\":\"webhook\",\"url\":\"ftp://example.org/in\",\"secret\":\"0123456789abcdef\"}",
            "url             | {\"name\":\"x\",\"channel\":\"webhook\",\"url\":\"javascript:alert(1)\",\"secret\":\"0123456789abcdef\"}",
            "secret          | {\"name\":\"x\",\"channel\":\"webhook\",\"url\":\"https://example.org/in\"}",
            "themes[1]       | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"themes\":[\"ai-law\",\"astrology\"]}",
            "digest.timeZone | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"mode\":\"digest\",\"digest\":{\"period\":\"daily\",\"at\":\"08:00\",\"timeZone\":\"Mars/Olympus\"}}",
            "digest.at       | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"mode\":\"digest\",\"digest\":{\"period\":\"daily\",\"at\":\"25:00\"}}",
            "digest          | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"mode\":\"digest\"}",
            "mode            | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"mode\":\"sometimes\"}",
            "channel         | {\"name\":\"x\",\"channel\":\"pigeon\"}",
            "languages[0]    | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"languages\":[\"<b>\"]}",
            "languages[0]    | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"languages\":[\"-\"]}",
            "languages[1]    | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"languages\":[\"en\",\"_\"]}",
            "languages[0]    | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"languages\":[\"--en\"]}",
            "languages[0]    | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"languages\":[\" \"]}",
            "name            | {\"channel\":\"email\",\"email\":\"a@example.org\"}"})
    void invalidInputIsA400NamingTheField(String field, String body) {
        Api.asAdmin().body(body).when().post("/api/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field));
    }

    /**
     * An address that looks like another: a Cyrillic о for the Latin o, an invisible zero-width space, a right-to-left
     * override that shows the address reversed — accepted, it was listed as the address it imitates (and alerts went
     * to another mailbox, or to none: SMTP without SMTPUTF8 has no such address). The 400 names the character.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\\u043Eps@example.org | U+043E",
            "o\\u200Bps@example.org | U+200B",
            "\\u202Eops@example.org | U+202E",
            "ops\\u0007@example.org | U+0007",
            "ops@exa\\u200Bmple.org | U+200B",
            "ops@\\u202Eexample.org | U+202E"})
    void anAddressWithALookAlikeOrInvisibleCharacterIsRefusedNamingIt(String email, String codePoint) {
        Api.asAdmin().body("{\"name\":\"x\",\"channel\":\"email\",\"email\":\"" + email + "\"}")
                .when().post("/api/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("detail", containsString(codePoint));
    }

    /**
     * Free text an admin types is stored and shown (the console's lists, mails, logs): a control character in it — a
     * bell, an escape that recolours a terminal reading the log, a line break that forges a second log line, a
     * right-to-left override that shows the name reversed — was stored as sent. A 400 names the field and the
     * character; a name in any alphabet is fine.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "name       | {\"name\":\"ops\\u0007\",\"channel\":\"email\",\"email\":\"a@example.org\"}                      | U+0007",
            "name       | {\"name\":\"ops\\u001b[31mred\",\"channel\":\"email\",\"email\":\"a@example.org\"}                | U+001B",
            "name       | {\"name\":\"ops\\nforged line\",\"channel\":\"email\",\"email\":\"a@example.org\"}                | U+000A",
            "name       | {\"name\":\"ops\\u0085\",\"channel\":\"email\",\"email\":\"a@example.org\"}                      | U+0085",
            "name       | {\"name\":\"\\u202Eops\",\"channel\":\"email\",\"email\":\"a@example.org\"}                      | U+202E",
            "sources[1] | {\"name\":\"x\",\"channel\":\"email\",\"email\":\"a@example.org\",\"sources\":[\"belta\",\"b\\u0007\"]} | U+0007"})
    void aControlCharacterInFreeTextIsA400NamingTheFieldAndTheCharacter(String field, String body, String codePoint) {
        Api.asAdmin().body(body).when().post("/api/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", containsString(codePoint));
        // another address each time: the same subscription again is a 409 (creatingTheSameSubscriptionAgain…)
        Api.asAdmin().body("{\"name\":\"Законы аб ШІ → каманда\",\"channel\":\"email\",\"email\":\"a-"
                        + UUID.randomUUID() + "@example.org\"}")
                .when().post("/api/subscriptions").then().statusCode(201);
    }

    /**
     * An address at a domain in Unicode ({@code .бел} is Belarus's Cyrillic domain) is accepted and stored — and so
     * mailed to — with the domain in its ASCII form, which the API shows: SMTP without SMTPUTF8 takes that form, and a
     * look-alike letter in the domain shows as {@code xn--…} rather than as the address it imitates.
     */
    @Test
    void anEmailAddressAtADomainInUnicodeIsStoredWithTheDomainInItsAsciiForm() {
        Api.asAdmin().body("""
                {"name":"unicode domain","channel":"email","email":"team@пример.бел"}""")
                .when().post("/api/subscriptions")
                .then().statusCode(201)
                .body("email", equalTo("team@xn--e1afmkfd.xn--90ais"));
    }

    /** A host in Unicode is accepted and stored (and so called) in its ASCII form, which the API then shows. */
    @Test
    void aWebhookUrlWithAHostInUnicodeIsStoredInItsAsciiForm() {
        long id = Api.asAdmin().body("""
                {"name":"unicode host","channel":"webhook","url":"https://пример.бел/hook","secret":"s3cret-s3cret-s3cret"}""")
                .when().post("/api/subscriptions")
                .then().statusCode(201)
                .body("url", equalTo("https://xn--e1afmkfd.xn--90ais/hook"))
                .extract().jsonPath().getLong("id");
        Api.asAdmin().body("""
                {"name":"unicode host","channel":"webhook","url":"https://новы.пример.бел/hook"}""")
                .when().put("/api/subscriptions/" + id)
                .then().statusCode(200)
                .body("url", equalTo("https://xn--b1avd7c.xn--e1afmkfd.xn--90ais/hook"));
        Api.asAdmin().delete("/api/subscriptions/" + id).then().statusCode(204);
    }

    @Test
    void malformedJsonIsA400NotA500() {
        Api.asAdmin().body("{\"name\": ").when().post("/api/subscriptions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** A body cut short (a client's timeout, a proxy, a shell quote) is said to be so, where, without parser internals. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"name\": `                                  | 1, column 10",
            "`{\"name\":\"x\",\"themes\":[\"ai-law\"`          | 1, column 31",
            "`{\"name\":\"x`                                 | 1, column 11",
            "`{`                                           | 1, column 2"})
    void aTruncatedBodyIsA400SayingItIsTruncatedAndWhere(String body, String where) {
        Api.asAdmin().body(body).when().post("/api/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("the request body is truncated: its JSON ends at line " + where
                        + " before it is complete"));
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereItGoesWrongWithoutParserInternals() {
        Api.asAdmin().body("{\"name\":\"x\",\"enabled\":tru}").when().post("/api/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("the request body is not valid JSON: Unrecognized token 'tru'"))
                .body("detail", endsWith("at line 1, column 23"))
                .body("detail", not(containsString("Source")));
    }

    @Test
    void withoutCredentialsIs401AndAnAnalystCreatingASubscriptionIs403() {
        given().contentType("application/json").body(VALID_WEBHOOK).when().post("/api/subscriptions")
                .then().statusCode(401);
        Api.asAnalyst().body(VALID_WEBHOOK).when().post("/api/subscriptions")
                .then().statusCode(403).contentType("application/problem+json");
        Api.asAnalyst().when().get("/api/subscriptions").then().statusCode(403);
        Api.asAnalyst().when().get("/api/deliveries").then().statusCode(403);
        given().when().get("/api/items").then().statusCode(401);
        given().when().get("/api/stats").then().statusCode(401);
    }

    @Test
    void theWebhookSecretIsNeverReturnedAndCrudWorks() {
        String location = Api.asAdmin().body(VALID_WEBHOOK).when().post("/api/subscriptions")
                .then().statusCode(201)
                .body("secretSet", equalTo(true))
                .body("secret", nullValue())
                .body(not(containsString("s3cret")))
                .body("mode", equalTo("immediate"))
                .body("enabled", equalTo(true))
                .extract().header("Location");
        long id = Api.asAdmin().get(location).then().statusCode(200)
                .body(not(containsString("s3cret"))).extract().jsonPath().getLong("id");
        Api.asAdmin().get("/api/subscriptions").then().statusCode(200).body(not(containsString("s3cret")));

        // update without a secret keeps the current one; switch to an hourly digest
        Api.asAdmin().body("""
                {"name":"chat digest","channel":"webhook","url":"https://hooks.example.org/in","mode":"digest",
                 "digest":{"period":"hourly"},"enabled":false}""")
                .when().put("/api/subscriptions/" + id)
                .then().statusCode(200)
                .body("name", equalTo("chat digest"))
                .body("secretSet", equalTo(true))
                .body("digest.period", equalTo("hourly"))
                .body("digest.timeZone", equalTo("UTC"))
                .body("enabled", equalTo(false));

        Api.asAdmin().delete("/api/subscriptions/" + id).then().statusCode(204);
        Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * Two admins edit one subscription: each read it, each sends it back changed. The second save overwrote the
     * first's change without a word (last write wins). A subscription sent back with the {@code updatedAt} it was read
     * with is now a 409 when it was saved in between; one sent without {@code updatedAt} updates as before.
     */
    @Test
    void aSubscriptionSavedSinceItWasReadIsAConflictNotAnOverwrite() {
        long id = Api.subscribe("{\"name\":\"shared\",\"channel\":\"email\",\"email\":\"team@example.org\","
                + "\"themes\":[\"ai-law\"]}");
        String read = Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(200).extract().asString();

        String first = Api.asAdmin().contentType("application/json")
                .body(read.replace("\"ai-law\"", "\"ai-law\",\"data-protection\""))
                .put("/api/subscriptions/" + id).then().statusCode(200).extract().asString();
        Api.asAdmin().contentType("application/json").body(read.replace("team@example.org", "other@example.org"))
                .put("/api/subscriptions/" + id).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("changed since it was read"));
        Api.asAdmin().get("/api/subscriptions/" + id).then()
                .body("themes", hasItem("data-protection")).body("email", equalTo("team@example.org"));

        // what the first save answered is the current version: sent back changed, it updates
        Api.asAdmin().contentType("application/json").body(first.replace("team@example.org", "other@example.org"))
                .put("/api/subscriptions/" + id).then().statusCode(200).body("email", equalTo("other@example.org"));
        // without updatedAt, as before: the body is the subscription
        Api.asAdmin().contentType("application/json").body("{\"name\":\"shared\",\"channel\":\"email\","
                        + "\"email\":\"team@example.org\"}")
                .put("/api/subscriptions/" + id).then().statusCode(200).body("email", equalTo("team@example.org"));
    }

    /**
     * An {@code updatedAt} no instant can be ({@code 1e400}, {@code 1e19} seconds) is a 400 naming the field. Until
     * 6 December 2026 Jackson read {@code 1e400} as 1970 and the save was answered 409 "changed since it was read".
     */
    @Test
    void aSaveWithAnUpdatedAtNoInstantCanBeIsA400NamingIt() {
        long id = Api.subscribe("{\"name\":\"range\",\"channel\":\"email\",\"email\":\"range@example.org\"}");
        for (String value : ItemApiTest.OUT_OF_RANGE_INSTANTS) {
            Api.asAdmin().body("{\"name\":\"changed\",\"channel\":\"email\",\"email\":\"range@example.org\","
                            + "\"updatedAt\":" + value + "}")
                    .put("/api/subscriptions/" + id).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", contains("updatedAt"))
                    .body("detail", containsString("updatedAt"));
        }
        Api.asAdmin().get("/api/subscriptions/" + id).then().body("name", equalTo("range"));
    }

    /**
     * A client whose POST timed out sends it again: the first had been saved, and a second subscription with the same
     * channel, address, filters and schedule was created beside it — every alert then reached the desk twice. The
     * repeat is a 409 naming the subscription that exists ({@code subscriptionId}); the same subscription with its
     * lists in another order or another name is the same one, and a subscription that differs in what it sends (another
     * theme, another mode) is created as before.
     */
    @Test
    void creatingTheSameSubscriptionAgainIsAConflictNamingTheOneThatExists() {
        String address = "retry-" + UUID.randomUUID() + "@example.org";
        String body = """
                {"name":"retry desk","channel":"email","email":"%s","themes":["ai-law","data-protection"],
                 "languages":["ru","en"]}""".formatted(address);
        long id = Api.subscribe(body);

        Api.asAdmin().body(body).post("/api/subscriptions").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("subscriptionId", equalTo((int) id))
                .body("detail", containsString("subscription " + id));
        Api.asAdmin().body(body.replace("retry desk", "Retry desk (2)").replace("\"ai-law\",\"data-protection\"",
                        "\"data-protection\",\"ai-law\"")).post("/api/subscriptions").then().statusCode(409)
                .body("subscriptionId", equalTo((int) id));
        Api.asAdmin().body(body.replace("\"data-protection\"", "\"cybersecurity\"")).post("/api/subscriptions")
                .then().statusCode(201);
        assertThat(Api.asAdmin().get("/api/subscriptions").then().extract().jsonPath().getList("email"))
                .as("subscriptions to %s", address).filteredOn(address::equals).hasSize(2);
    }

    /** Retries sent together (a client that retries before its first attempt answered) create one subscription. */
    @Test
    void theSameSubscriptionSentFourTimesAtOnceIsCreatedOnce() throws Exception {
        String address = "at-once-" + UUID.randomUUID() + "@example.org";
        String body = "{\"name\":\"at once\",\"channel\":\"email\",\"email\":\"" + address + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> Api.asAdmin().body(body).post("/api/subscriptions").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(Deadlines.ARRIVES.toSeconds(), TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
    }
}
