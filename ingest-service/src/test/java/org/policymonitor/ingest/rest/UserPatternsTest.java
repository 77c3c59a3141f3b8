package org.policymonitor.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Patterns analysts type (linkPattern) run in linear time; a bad one is a 400 saying why. */
@QuarkusTest
class UserPatternsTest {

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass");
    }

    @Test
    void aCatastrophicBacktrackingPatternAnswersPromptly() {
        String listing = "<html><body><div class='n'><a href='/" + "a".repeat(40) + "!'>Item</a></div></body></html>";
        // on a backtracking engine (java.util.regex) this takes ~n^12 steps: minutes for 40 characters, a pinned
        // worker thread (the JDK's memoisation defuses the textbook (a+)+b, not this)
        assertTimeoutPreemptively(Deadlines.ARRIVES, () ->
                analyst().contentType("text/html").body(listing)
                        .queryParam("selectors", "{\"item\":\"div.n\"}")
                        .queryParam("linkPattern", "(.*a){12}b")
                        .queryParam("baseUrl", "https://example.org/")
                        .post("/api/preview").then().statusCode(422));
    }

    @Test
    void anInvalidPatternIsA400NamingTheField() {
        analyst().contentType("text/html").body("<html><body><div class='n'><a href='/x'>x</a></div></body></html>")
                .queryParam("selectors", "{\"item\":\"div.n\"}")
                .queryParam("linkPattern", "(unclosed")
                .post("/api/preview").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("linkPattern"))
                .body("detail", containsString("missing closing )"));
    }
}
