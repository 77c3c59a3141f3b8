package org.policymonitor.alert.delivery.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.alert.delivery.send.SendOutcome;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.platform.net.PinnedHttpClient;
import org.policymonitor.platform.retry.Failures;
import org.policymonitor.platform.text.InvisibleCharacters;
import org.policymonitor.platform.text.TextCut;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * POSTs signed JSON to a subscriber. 2xx is delivered; 408, 429 (honouring Retry-After), 5xx, timeouts and
 * connection errors are retried; any other status (4xx, and 3xx: redirects are not followed) is final — a 3xx names
 * where the receiver points, a 410 says the endpoint is gone, and each final failure is counted by reason.
 * The receiver's address is checked at every send by {@link WebhookAddresses} and the connection pinned to the
 * checked address; an address the policy refuses is a final failure. Only a short excerpt of the receiver's answer
 * is kept (shown to admins only): the service must not become a way to read internal pages.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String HEADER_DELIVERY = "X-PolicyMonitor-Delivery";
    public static final String HEADER_TIMESTAMP = "X-PolicyMonitor-Timestamp";
    public static final String HEADER_SIGNATURE = "X-PolicyMonitor-Signature";
    public static final String HEADER_EVENT = "X-PolicyMonitor-Event";
    static final int MAX_ERROR_BODY = 120;
    /** A Location is shown whole up to this length: the admin must be able to copy it. */
    static final int MAX_LOCATION = 200;
    /**
     * What breaks a line or steers a terminal: every C0 and C1 control (NEL, U+0085, is a line break to many log
     * readers; U+009B starts an escape sequence), white space and the line and paragraph separators.
     */
    private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}\\s\\u2028\\u2029]+");

    private final AlertConfig config;
    private final WebhookExchange exchange;
    private final AddressPolicy addresses;

    private final MeterRegistry registry;

    @Inject
    public WebhookSender(AlertConfig config, WebhookAddresses addresses, MeterRegistry registry) {
        this.config = config;
        this.addresses = addresses.policy();
        // the whole exchange, connect to the body's end, within one deadline
        this.exchange = new WebhookExchange(new PinnedHttpClient(config.webhook().connectTimeout()),
                config.webhook().connectTimeout().plus(config.webhook().requestTimeout()));
        this.registry = registry;
    }

    public SendOutcome send(Alert alert, String url, String secret) {
        SendOutcome outcome = attempt(alert, url, secret);
        if (outcome.kind() == SendOutcome.Kind.PERMANENT_FAILURE) {
            // lastError says it per delivery; the metric lets an alert rule tell a moved or removed receiver apart
            registry.counter("policy.alert.webhook.final.failures", "reason", finalFailureReason(outcome.httpStatus()))
                    .increment();
        }
        return outcome;
    }

    private SendOutcome attempt(Alert alert, String url, String secret) {
        byte[] body = WebhookPayload.of(alert).toJson();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.webhook().requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "PolicyMonitor-Alert/1")
                .header(HEADER_DELIVERY, alert.deliveryId().toString())
                .header(HEADER_EVENT, alert.type())
                .header(HEADER_TIMESTAMP, Long.toString(timestamp))
                .header(HEADER_SIGNATURE, WebhookSigner.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        AddressPolicy.Resolved target;
        try {
            target = addresses.resolve(request.uri());
        } catch (AddressPolicy.BlockedAddressException e) {
            return e.unknownHost() ? SendOutcome.retry(null, e.getMessage(), null) // DNS may answer later
                    : SendOutcome.permanent(null, "refused: " + e.getMessage());
        }
        try {
            HttpResponse<String> response = exchange.send(request, target);
            return classify(response.statusCode(), excerpt(response.body()),
                    response.headers().firstValue("Retry-After").map(WebhookSender::parseRetryAfter).orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (HttpTimeoutException e) {
            return SendOutcome.retry(null, "timeout: " + Failures.describe(e), null);
        } catch (IOException e) {
            return SendOutcome.retry(null, "I/O error: " + Failures.describe(e), null);
        } catch (InterruptedException e) { // the application is stopping: the JDK has aborted the exchange
            Thread.currentThread().interrupt();
            return SendOutcome.retry(null, "interrupted", null);
        }
    }

    /** The start of the receiver's answer, one short line of printable text. */
    static String excerpt(String body) {
        return excerpt(body, MAX_ERROR_BODY);
    }

    /**
     * The receiver's text on one line, as it reaches lastError, the console's outbox and the WARN line of a dead
     * delivery: invisible format characters out (a right-to-left override showed the admin the text reversed), every
     * control and line break a space (only C0 controls were, and a NEL or U+2028 forged a second log line).
     */
    private static String excerpt(String text, int max) {
        String line = NOT_ONE_LINE.matcher(InvisibleCharacters.removed(text)).replaceAll(" ").strip();
        return TextCut.prefix(line, max);
    }

    /**
     * @param location the receiver's Location header, if any: a redirect is not followed (its target was never checked
     *                 against the address policy, and an alert must not go where nobody subscribed it), so the admin is
     *                 told where the receiver points instead
     */
    static SendOutcome classify(int status, String bodyExcerpt, Duration retryAfter, String location) {
        boolean answered = bodyExcerpt != null && !bodyExcerpt.isEmpty();
        String reason = "HTTP " + status + (answered ? ": " + bodyExcerpt : "");
        if (status >= 200 && status < 300) {
            return SendOutcome.delivered(status);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return SendOutcome.retry(status, reason, retryAfter);
        }
        if (status >= 300 && status < 400) {
            return SendOutcome.permanent(status, "HTTP " + status + ": the receiver redirects "
                    + (location == null || location.isBlank() ? "(no Location)" : "to " + excerpt(location, MAX_LOCATION))
                    + "; redirects are not followed: change the subscription's url if the receiver moved");
        }
        if (status == 410) {
            return SendOutcome.permanent(status, "HTTP 410 Gone: the receiver says this webhook no longer exists;"
                    + " change the subscription's url or disable it" + (answered ? " (it answered: " + bodyExcerpt + ")" : ""));
        }
        return SendOutcome.permanent(status, reason);
    }

    /** Why a send failed for good, as the metric {@code policy_alert_webhook_final_failures_total} counts it. */
    static String finalFailureReason(Integer status) {
        if (status == null) {
            return "address"; // refused by the address policy before anything was sent
        }
        return status >= 300 && status < 400 ? "redirect" : status == 410 ? "gone" : "client-error";
    }

    /** Retry-After as delta-seconds or an HTTP date; null when unreadable. */
    static Duration parseRetryAfter(String value) {
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
