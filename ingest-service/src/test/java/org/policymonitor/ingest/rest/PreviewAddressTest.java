package org.policymonitor.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** URL previews never reach internal addresses, whatever IPv6 form embeds them. */
@QuarkusTest
class PreviewAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", "http://[2002:a9fe:a9fe::]/",
            "http://[64:ff9b::7f00:1]:8081/api/sources", "http://[::7f00:1]/", "http://[fe80::1]/",
            "http://100.64.0.1/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/"})
    void aPreviewOfAnEmbeddedInternalAddressIsRefused(String url) {
        refusedUrl(url).body("detail", containsString("internal address"));
    }

    /**
     * An IPv4 address in octal, hex or as one number: Java read {@code 0177.0.0.1} as 177.0.0.1 and fetched it (a
     * 502 from another machine), where browsers and curl read 127.0.0.1; {@code 0x7f000001} was an unknown host.
     * Refused as the request's error, naming the address meant.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://0177.0.0.1/rss", "http://0x7f000001:8081/api/sources", "http://2130706433/",
            "http://0xa9fea9fe/latest/meta-data/", "http://017700000001/"})
    void aPreviewOfAnIpv4AddressInANonStandardFormIsRefused(String url) {
        refusedUrl(url).body("detail", containsString("non-standard form"))
                .body("detail", containsString("four decimal numbers"));
    }

    /** Credentials in a URL are refused (the fetcher would not send them; they would be logged), never echoed. */
    @ParameterizedTest
    @ValueSource(strings = {"https://reader:s3cret-pw@example.org/rss", "http://s3cret-pw@93.184.215.14/rss"})
    void aPreviewOfAUrlWithCredentialsIsRefusedWithoutEchoingThem(String url) {
        refusedUrl(url).body("detail", containsString("must not contain credentials"))
                .body(not(containsString("s3cret")));
    }

    /** A port no connection can use is the request's error (400), not a failed fetch (502 "port out of range"). */
    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14:99999/rss", "http://93.184.215.14:0/rss"})
    void aPreviewOfAUrlWithAPortOutOfRangeIsA400NamingIt(String url) {
        refusedUrl(url).body("detail", containsString("is not a TCP port (1-65535)"));
    }

    /**
     * A host written in Unicode (Belarus' {@code .бел}, {@code .рф}) is read in its ASCII form, as the catalogue reads
     * it and a browser sends it — here one under {@code localhost}, so that the answer is the address policy's and no
     * DNS is asked. Before trial15 the preview refused such a URL as "not an absolute http(s) URL", which the
     * catalogue accepts; a document's {@code baseUrl} the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://пример.localhost/новости/", " http://ПРИМЕР.localhost/news "})
    void aPreviewOfAUrlWithAUnicodeHostReadsTheHostInAscii(String url) {
        refusedUrl(url).body("detail", containsString("xn--e1afmkfd.localhost is a loopback name"))
                .body("detail", not(containsString("absolute")));
        given().auth().preemptive().basic("analyst", "analyst-pass").contentType("text/html")
                .queryParam("baseUrl", "https://президент.бел/ru/events/").queryParam("item", "li")
                .body("<html><body><ul><li><a href=\"1\">Событие</a></li></ul></body></html>")
                .post("/api/preview").then().statusCode(200)
                .body("items[0].link", equalTo("https://xn--d1abbgf6aiiy.xn--90ais/ru/events/1"));
    }

    /** The preview of the URL, answered 400 problem+json naming the field url. */
    private static ValidatableResponse refusedUrl(String url) {
        return given().auth().preemptive().basic("admin", "admin-pass").contentType("application/json")
                .body("{\"url\":\"" + url + "\",\"type\":\"rss\"}")
                .post("/api/preview").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
    }
}
