package org.policymonitor.alert.delivery.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Reads a webhook response body to its end but keeps only its first bytes (for the error message): a receiver
 * can neither fill our memory nor hold the connection — a body not complete by the exchange's deadline fails the send
 * with an {@link HttpTimeoutException} and aborts the read (the JDK closes the connection when a body fails).
 * The timer is the JDK's one shared delay thread ({@code orTimeout}): no thread per send.
 */
final class BodyExcerpt implements HttpResponse.BodySubscriber<String> {

    static final int MAX = 300;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream(MAX);
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    private BodyExcerpt() {
    }

    /**
     * @param within   how long the body may take from now (what is left of the exchange's deadline)
     * @param deadline the exchange's whole deadline, for the message
     */
    static HttpResponse.BodySubscriber<String> within(Duration within, Duration deadline) {
        BodyExcerpt excerpt = new BodyExcerpt();
        CompletableFuture<Void> timer = new CompletableFuture<Void>()
                .orTimeout(Math.max(0, within.toNanos()), TimeUnit.NANOSECONDS);
        timer.whenComplete((done, late) -> {
            if (late != null) {
                excerpt.late(deadline);
            }
        });
        excerpt.body.whenComplete((text, failure) -> timer.complete(null)); // cancels the timer
        return excerpt;
    }

    private void late(Duration deadline) {
        if (body.completeExceptionally(
                new HttpTimeoutException("no complete response within " + deadline.toMillis() + " ms"))) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (body.isDone()) {
            subscription.cancel(); // too late already
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), MAX - kept.size());
            if (take > 0) {
                byte[] bytes = new byte[take];
                buffer.get(bytes);
                kept.write(bytes, 0, take);
            }
            buffer.position(buffer.limit()); // the rest is read and dropped
        }
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(new String(kept.toByteArray(), StandardCharsets.UTF_8)); // a cut character becomes U+FFFD
    }
}
