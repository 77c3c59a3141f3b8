package org.policymonitor.alert.delivery.webhook;

import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.platform.net.PinnedHttpClient;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One webhook request and the excerpt of its answer, the whole exchange (connect, request, headers, body) within one
 * deadline: {@code HttpRequest.timeout} bounds the wait for the headers only, so a receiver that sends its headers and
 * then stalls would otherwise hold the sender forever; the body must be complete by what is left of the deadline
 * ({@link BodyExcerpt}), else the send fails and the read is aborted.
 *
 * <p>Sent synchronously, on the sender's thread, not through {@code sendAsync}: the JDK completes {@code sendAsync}'s
 * future through CompletableFuture's default executor, which on a machine of one or two cores (a common pool of
 * parallelism 1: this one, small containers) starts a new thread per task — the system benchmark's profile showed a
 * thread started and ended for every webhook sent (WebhookExchangeTest).
 */
final class WebhookExchange {

    private final PinnedHttpClient client;
    private final Duration deadline;

    WebhookExchange(PinnedHttpClient client, Duration deadline) {
        this.client = client;
        this.deadline = deadline;
    }

    /**
     * @throws HttpTimeoutException no complete answer within the deadline
     * @throws InterruptedException the sender was interrupted (the application stops); the JDK aborts the exchange
     */
    HttpResponse<String> send(HttpRequest request, AddressPolicy.Resolved target) throws IOException, InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        return client.send(request, target,
                responseInfo -> BodyExcerpt.within(Duration.ofNanos(end - System.nanoTime()), deadline));
    }
}
