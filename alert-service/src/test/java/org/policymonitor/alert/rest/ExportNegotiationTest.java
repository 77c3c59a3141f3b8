package org.policymonitor.alert.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The export's two ways of choosing its format — {@code format=} and the {@code Accept} header — never disagree
 * silently: a client that asks for JSON by its header and gets a CSV file (or the reverse) reads the file wrongly.
 * A {@code format} the Accept header excludes is a 406 problem naming both; without {@code format} an Accept that
 * prefers one of the two types chooses it; a browser's or curl's Accept keeps the CSV default.
 */
@QuarkusTest
class ExportNegotiationTest {

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();
    private static final String SOURCE = TestItems.uniqueSource("negotiated");
    private static boolean published;

    /** Once, with the application running (a static {@code @BeforeAll} runs before it starts). */
    @BeforeEach
    void oneItem() {
        if (published) {
            return;
        }
        published = true;
        ClassifiedItem item = TestItems.modelLawItem(SOURCE, "Модельный закон об ИИ принят");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAnalyst().queryParam("source", SOURCE)
                .get("/api/items").then().body("total", equalTo(1)));
    }

    @ParameterizedTest(name = "format={0}, Accept: {1}")
    @CsvSource(delimiter = '|', value = {
            "csv | application/json",
            "json | text/csv",
            "csv | application/json, text/csv;q=0"})
    void aFormatTheAcceptHeaderExcludesIsA406NamingBoth(String format, String accept) {
        Api.asAnalyst().queryParam("source", SOURCE).queryParam("format", format).header("Accept", accept)
                .get("/api/items/export").then().statusCode(406)
                .contentType(startsWith("application/problem+json"))
                .body("detail", allOf(containsString("format=" + format), containsString(accept)));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', value = {
            "application/json",
            "text/csv;q=0.5, application/json"})
    void withoutAFormatAnAcceptThatPrefersJsonGetsJson(String accept) {
        Api.asAnalyst().queryParam("source", SOURCE).header("Accept", accept).get("/api/items/export")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("size()", equalTo(1)).body("[0].sourceId", equalTo(SOURCE));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', value = {
            "*/*",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "text/csv",
            "application/json;q=0.5, text/csv"})
    void withoutAFormatABrowsersOrCurlsAcceptGetsCsv(String accept) {
        Api.asAnalyst().queryParam("source", SOURCE).header("Accept", accept).get("/api/items/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("id,source_id,"));
    }

    @Test
    void aFormatTheAcceptHeaderAllowsIsServedAsAsked() {
        Api.asAnalyst().queryParam("source", SOURCE).queryParam("format", "json").header("Accept", "application/json")
                .get("/api/items/export").then().statusCode(200).contentType(startsWith("application/json"))
                .body("size()", equalTo(1));
        Api.asAnalyst().queryParam("source", SOURCE).queryParam("format", "csv")
                .header("Accept", "text/csv, application/json;q=0.1")
                .get("/api/items/export").then().statusCode(200).contentType(startsWith("text/csv"));
    }
}
