package org.policymonitor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.HostileInputs;
import org.policymonitor.testing.http.ManagementPort;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of a service's OpenAPI document, every parameter and body field, with hostile values: the answer is a
 * 4xx in problem+json (or a success), never a 5xx. A service's test extends it with {@code @QuarkusTest}; the
 * requests are sent as the administrator of platform's shared test configuration ({@code admin / admin-pass}), so
 * that they reach the endpoints' own validation rather than stopping at the role check.
 */
public abstract class HostileInputContract {

    @TestHTTPResource("/")
    protected URL base;

    @TestHTTPResource(value = "/", management = true)
    protected URL managementUrl;

    @Test
    void noInputMakesTheServiceFail() throws Exception {
        HostileInputs walker = walker();
        List<HostileInputs.Finding> findings = walker.walk(openApiDocument());
        assertThat(findings).as("responses of %d hostile requests that were 5xx or not problem+json",
                walker.requests()).isEmpty();
    }

    /**
     * A query parameter an endpoint does not declare ({@code from=} for {@code publishedFrom}) or a single-valued one
     * given twice ({@code size=1&size=2}) is a 400 naming it, on every endpoint with query parameters; Quarkus's own
     * endpoints on the management port are not concerned.
     */
    @Test
    void anUnknownOrRepeatedQueryParameterIsRefusedNamingIt() throws Exception {
        HostileInputs walker = walker();
        List<HostileInputs.Finding> findings = walker.walkQueryParameterNames(openApiDocument());
        assertThat(findings).as("responses of %d requests with an unknown or repeated query parameter that were not "
                + "a 400 naming it", walker.requests()).isEmpty();
        ManagementPort.management(managementUrl).queryParam("noSuchParameter", "1").get("/q/health/live")
                .then().statusCode(200);
        ManagementPort.management(managementUrl).queryParam("format", "json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200);
    }

    /**
     * A JSON body followed by more content (a second value, garbage), or with a field given twice, is a 400 saying so,
     * on every endpoint.
     */
    @Test
    void aJsonBodyWithTrailingContentIsRefused() throws Exception {
        HostileInputs walker = walker();
        List<HostileInputs.Finding> findings = walker.walkTrailingContent(openApiDocument());
        assertThat(walker.requests()).as("requests with a JSON body").isPositive();
        assertThat(findings).as("responses of %d requests whose JSON body had trailing content that were not a 400 "
                + "saying so", walker.requests()).isEmpty();
    }

    /**
     * A request line or headers over the limits are refused before anything reads them — 414 and 431 — in
     * problem+json naming the size and the limit, like every other error; Vert.x answered both with an empty body.
     * Sent anonymously: the size is refused before the credentials are looked at.
     */
    @Test
    void anOverLongRequestLineOrHeaderIsAProblem() throws Exception {
        String longUri = rawExchange("GET /api/" + "a".repeat(10_000) + " HTTP/1.1\r\n");
        assertThat(longUri).startsWith("HTTP/1.1 414").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":414").contains("at most 4096 are accepted");
        String longHeader = rawExchange("GET /api/ HTTP/1.1\r\nX-Padding: " + "b".repeat(30_000) + "\r\n");
        assertThat(longHeader).startsWith("HTTP/1.1 431").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":431").contains("at most 20480 are accepted");
    }

    /**
     * The management port (health, metrics, OpenAPI) refuses an over-long head the same way: Vert.x answered it with
     * an empty 414/431 at 4096 characters and 20 KiB, its defaults there.
     */
    @Test
    void anOverLongRequestLineOrHeaderIsAProblemOnTheManagementPortToo() throws Exception {
        String longUri = rawExchange(managementUrl, "GET /q/health/live?" + "a".repeat(10_000) + " HTTP/1.1\r\n");
        assertThat(longUri).startsWith("HTTP/1.1 414").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":414").contains("at most 4096 are accepted");
        String longHeader = rawExchange(managementUrl, "GET /q/health/live HTTP/1.1\r\nX-Padding: "
                + "b".repeat(30_000) + "\r\n");
        assertThat(longHeader).startsWith("HTTP/1.1 431").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":431").contains("at most 20480 are accepted");
    }

    /**
     * Past 64 KiB (Vert.x's own limits, set in platform's configuration) the head is refused by Vert.x while it is
     * still being decoded, before any route or filter exists for it: a bare 414/431 with no body, the connection
     * closed. Quarkus gives no hook for that answer (Vert.x's {@code HttpServer.invalidRequestHandler} is not
     * reachable through it), so this is the documented limit of the problem+json rule, on both ports.
     */
    @Test
    void pastSixtyFourKibibytesVertxRefusesTheHeadWithoutABody() throws Exception {
        for (URL port : List.of(base, managementUrl)) {
            String longUri = rawExchange(port, "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\n");
            // HTTP/1.0: the request line could not be read to learn the version
            assertThat(longUri).as(port.toString()).startsWith("HTTP/1.0 414")
                    .containsIgnoringCase("content-length: 0").doesNotContainIgnoringCase("problem+json");
            String longHeader = rawExchange(port, "GET / HTTP/1.1\r\nX-Padding: " + "b".repeat(70_000) + "\r\n");
            assertThat(longHeader).as(port.toString()).matches("(?s)HTTP/1\\.[01] 431 .*")
                    .containsIgnoringCase("content-length: 0").doesNotContainIgnoringCase("problem+json");
        }
    }

    /**
     * A body over {@code quarkus.http.limits.max-body-size} (10 MB), sent whole before the answer is read, as Python's
     * http.client and many scripts send it and as the JDK's HttpClient often does, gets the 413 problem. The connection
     * was closed with the body unread, which reset it under the client's writes ("Broken pipe"; the JDK's HttpClient
     * lost the answer in about 1 of 7 sends on a loaded machine, "HTTP/1.1 header parser received no bytes"): the
     * body, three times the limit here, is now read and dropped (platform's BodyLimitFilter).
     */
    @Test
    void aClientThatWritesAllOfABodyOverTheLimitBeforeReadingGetsThe413() throws Exception {
        byte[] body = new byte[30 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        String path = firstPostPath();
        String auth = Base64.getEncoder().encodeToString("admin:admin-pass".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) Deadlines.ARRIVES.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Basic " + auth + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as("POST " + path).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"detail\":\"the request body has " + body.length
                            + " bytes; at most 10485760 are accepted\"");
        }
    }

    /**
     * A JSON body in the charset its {@code Content-Type} names ({@code charset=ISO-8859-1}, as some clients declare
     * by default) is read in that charset: its text arrives as sent. The body here names a field that no endpoint has
     * ("café"), so the answer is the 400 naming it, which shows the name was read as written. Until 6 December 2026
     * the charset was ignored and the bytes read as UTF-8: "the request body is not valid JSON: Invalid UTF-8 middle
     * byte 0x22", which said nothing of the charset.
     */
    @Test
    void aJsonBodyInTheCharsetItsContentTypeNamesIsReadInThatCharset() throws Exception {
        String path = firstJsonBodyPostPath();
        String answer = post(path, "application/json; charset=ISO-8859-1",
                "{\"café\": 1}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(answer).as("POST " + path).startsWith("HTTP/1.1 400")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"detail\":\"café: is not a field of this request body");
    }

    /**
     * A JSON body with bytes that are not UTF-8 and no charset named (a Latin-1 or Windows-1251 file sent as it is)
     * is a 400 saying the body is not UTF-8, where, and what to do: not "not valid JSON" naming the byte after.
     * A charset the server does not know is a 415 naming it.
     */
    @Test
    void aJsonBodyThatIsNotUtf8OrInAnUnknownCharsetIsRefusedSayingSo() throws Exception {
        String path = firstJsonBodyPostPath();
        String latin1 = post(path, "application/json", "{\"café\": 1}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1).as("POST " + path).startsWith("HTTP/1.1 400")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"detail\":\"the request body is not UTF-8: byte 0xE9 at line 1, column 6 is not UTF-8; "
                        + "send it in UTF-8 or name its charset in Content-Type\"");
        String unknown = post(path, "application/json; charset=no-such-charset", "{}".getBytes(StandardCharsets.US_ASCII));
        assertThat(unknown).as("POST " + path).startsWith("HTTP/1.1 415")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"detail\":\"the request body's charset 'no-such-charset' is not known; send it in UTF-8\"");
    }

    /**
     * The management port (health, metrics, OpenAPI) answers a body over its limit with the 413 problem too, as the
     * API port does; until 6 December 2026 it was Vert.x's bare 413 with an empty body.
     */
    @Test
    void aBodyOverTheLimitOnTheManagementPortIsAProblem() throws Exception {
        byte[] body = new byte[11 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        String answer = post(managementUrl, "/q/health/live", "application/json", body);
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"detail\":\"the request body has " + body.length + " bytes; at most 10485760 are accepted\"");
    }

    private String post(String path, String contentType, byte[] body) throws Exception {
        return post(base, path, contentType, body);
    }

    /** POSTs {@code body} as the administrator, written whole before the answer is read, and reads the answer. */
    private static String post(URL to, String path, String contentType, byte[] body) throws Exception {
        String auth = Base64.getEncoder().encodeToString("admin:admin-pass".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(to.getHost(), to.getPort())) {
            socket.setSoTimeout((int) Deadlines.ARRIVES.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + to.getHost() + ":" + to.getPort()
                    + "\r\nAuthorization: Basic " + auth + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The first path of the OpenAPI document that takes a POST and has no path parameter. */
    private String firstPostPath() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(openApiDocument()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getValue().has("post") && !path.getKey().contains("{")) {
                return path.getKey();
            }
        }
        throw new AssertionError("the OpenAPI document has no POST endpoint without a path parameter");
    }

    /** The first path of the OpenAPI document whose POST reads a JSON body and that has no path parameter. */
    private String firstJsonBodyPostPath() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(openApiDocument()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getValue().path("post").path("requestBody").path("content").has("application/json")
                    && !path.getKey().contains("{")) {
                return path.getKey();
            }
        }
        throw new AssertionError("the OpenAPI document has no POST endpoint reading JSON without a path parameter");
    }

    private String rawExchange(String head) throws Exception {
        return rawExchange(base, head);
    }

    /** Sends {@code head} (request line and headers, without the Host header and the empty line) and reads the answer. */
    private static String rawExchange(URL to, String head) throws Exception {
        try (Socket socket = new Socket(to.getHost(), to.getPort())) {
            socket.setSoTimeout(30_000);
            String request = head + "Host: " + to.getHost() + ":" + to.getPort() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | SocketException e) {
                // what came before the server closed or went quiet is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The service's OpenAPI document, as JSON, from the management port. */
    private String openApiDocument() {
        return ManagementPort.management(managementUrl).accept("application/json")
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    /** A walker sending as the administrator of the shared test configuration. */
    private HostileInputs walker() throws Exception {
        return new HostileInputs(base.toURI(), "admin", "admin-pass");
    }
}
