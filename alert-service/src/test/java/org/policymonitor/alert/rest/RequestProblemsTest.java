package org.policymonitor.alert.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.support.Api;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Requests malformed at the HTTP level answer problem+json with the precise status. A query or path parameter whose
 * value is not of its type (a word for a page number, a number too large for it, an id that is no UUID) is the
 * client's mistake: 400 problem+json naming the parameter and the value — not the 404 "HTTP 404 Not Found" JAX-RS
 * gives by default, which reads as "no such page". A body over the size limit is a 413 problem, not a bare status.
 */
@QuarkusTest
class RequestProblemsTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /api/items?page=abc                    | page           | 'abc' is not a whole number
            /api/items?size=1.5                    | size           | '1.5' is not a whole number
            /api/items?page=99999999999            | page           | '99999999999' is not a whole number
            /api/stories?page=first                | page           | 'first' is not a whole number
            /api/deliveries?subscriptionId=abc     | subscriptionId | 'abc' is not a whole number
            /api/deliveries/not-a-uuid             | id             | 'not-a-uuid' is not a UUID
            /api/subscriptions/abc                 | id             | 'abc' is not a whole number
            """)
    void aValueOfTheWrongTypeIsA400NamingTheParameter(String path, String parameter, String message) {
        Api.asAdmin().get(path).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo(parameter + ": " + message))
                .body("errors[0].field", equalTo(parameter));
    }

    /**
     * Over {@code quarkus.http.limits.max-body-size} (10 MB): Quarkus's own 413 had an empty body. The request's head
     * declares the size and the answer is read before any of the body is sent, as a server that refuses by the
     * declared length allows (a socket: HTTP clients would stream the body first and see the connection closed).
     */
    @Test
    void aBodyOverTheLimitIsA413ProblemAndAnAnonymousOneStillA401() throws Exception {
        long size = 11L * 1024 * 1024;
        String tooLarge = headOnly(size, "Basic " + Base64.getEncoder()
                .encodeToString("admin:admin-pass".getBytes(StandardCharsets.UTF_8)));
        assertThat(tooLarge).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"detail\":\"the request body has " + size + " bytes; at most 10485760 are accepted\"");
        assertThat(headOnly(size, null)).startsWith("HTTP/1.1 401");
    }

    /**
     * A field the request body does not have — {@code oncePerStroy} for {@code oncePerStory}, {@code notee} for
     * {@code note} — is a 400 naming it and the fields there are. Jackson ignored it (Quarkus's default), so the
     * subscription was created without what the client asked for, and the review saved without its note, both with a
     * success. A subscription read and sent back whole still updates it: the view's read-only fields are ignored.
     */
    @Test
    void aFieldTheBodyDoesNotHaveIsA400NamingIt() {
        Api.asAdmin().contentType("application/json").body("{\"name\":\"typo\",\"channel\":\"email\","
                        + "\"email\":\"typo@example.org\",\"themes\":[\"ai-law\"],\"oncePerStroy\":true}")
                .post("/api/subscriptions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("oncePerStroy: is not a field of this request body; it has "))
                .body("detail", containsString("oncePerStory"))
                .body("errors[0].field", equalTo("oncePerStroy"));
        Api.asAnalyst().contentType("application/json").body("{\"status\":\"relevant\",\"notee\":\"typo\"}")
                .patch("/api/items/0123456789abcdef0123456789abcdef").then().statusCode(400)
                .body("detail", equalTo("notee: is not a field of this request body; it has note, status, updatedAt"));

        long id = Api.subscribe("{\"name\":\"round trip\",\"channel\":\"email\",\"email\":\"trip@example.org\","
                + "\"themes\":[\"ai-law\"]}");
        String view = Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(200).extract().asString();
        Api.asAdmin().contentType("application/json").body(view.replace("round trip", "round trip, renamed"))
                .put("/api/subscriptions/" + id).then().statusCode(200).body("name", equalTo("round trip, renamed"));
    }

    /** Sends only the head of a POST declaring {@code length} bytes and reads what comes back within 30 s. */
    private String headOnly(long length, String authorization) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/subscriptions HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; !complete(answer.toString(StandardCharsets.UTF_8)) && (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // what came within the timeout is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** A head and as many bytes of body as its content-length says. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, end));
        return length.find() && answer.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    /**
     * An Accept the endpoint cannot answer (CSV of the stories, which only the items export gives; XML) is a 406, and
     * a body of a type the endpoint does not read a 415, each saying what the endpoint answers or reads and what the
     * request asked for or sent. Until 5 December 2026 their detail was Quarkus's "The accept header value did not
     * match the value in @Produces" / "… in @Consumes", which named an annotation and neither type (trial22).
     */
    @Test
    void anAcceptOrContentTypeTheEndpointDoesNotTakeIsSaidWithTheTypesItDoes() {
        Api.asAnalyst().accept("text/csv").get("/api/stories").then().statusCode(406)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("this endpoint answers application/json; the request's Accept (text/csv) asks"
                        + " for none of them"));
        Api.asAnalyst().accept("application/xml").get("/api/acts/decree:135").then().statusCode(406)
                .body("detail", equalTo("this endpoint answers application/json; the request's Accept (application/xml)"
                        + " asks for none of them"));
        Api.asAdmin().contentType("text/plain").body("name=x").post("/api/subscriptions").then().statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("the request body must be application/json; its Content-Type is text/plain;"
                        + " charset=ISO-8859-1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/no-such-thing", "/api/items/no-such-item"})
    void anUnknownPathIsStillA404(String path) {
        Api.asAdmin().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
    }
}
