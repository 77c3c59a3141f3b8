package org.policymonitor.alert.delivery.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Reads a webhook response body to its end but keeps only its first bytes (for the error message): a receiver
 * can neither fill our memory nor, with the sender's deadline, hold the connection.
 */
final class BodyExcerpt implements Flow.Subscriber<List<ByteBuffer>> {

    static final int MAX = 300;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream(MAX);

    private BodyExcerpt() {
    }

    static HttpResponse.BodySubscriber<String> subscriber() {
        BodyExcerpt excerpt = new BodyExcerpt();
        return HttpResponse.BodySubscribers.fromSubscriber(excerpt,
                e -> new String(e.kept.toByteArray(), StandardCharsets.UTF_8)); // a cut character becomes U+FFFD
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
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
        }
    }

    @Override
    public void onError(Throwable throwable) {
        // the exchange's future fails with it
    }

    @Override
    public void onComplete() {
        // the finisher reads what was kept
    }
}
