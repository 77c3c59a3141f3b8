package org.policymonitor.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body, cancelling the download as soon as it grows past the limit: the body then fails with
 * {@link BodyTooLargeException}, or — {@link #truncating} — ends with what arrived up to the limit.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final long limit;
    private final boolean truncate;
    private Flow.Subscription subscription;

    LimitedBodySubscriber(long limit) {
        this(limit, false);
    }

    private LimitedBodySubscriber(long limit, boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    /** Keeps the first {@code limit} bytes and stops reading there (for bodies nobody needs whole). */
    static LimitedBodySubscriber truncating(long limit) {
        return new LimitedBodySubscriber(limit, true);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if ((long) out.size() + b.remaining() > limit) {
                subscription.cancel();
                if (truncate) {
                    byte[] head = new byte[(int) (limit - out.size())];
                    b.get(head);
                    out.write(head, 0, head.length);
                    result.complete(out.toByteArray());
                } else {
                    result.completeExceptionally(new BodyTooLargeException(limit));
                }
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** The body passed the limit. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(long limit) {
            super("body larger than " + limit + " bytes");
        }
    }
}
