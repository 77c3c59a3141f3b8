package org.policymonitor.alert.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * A streamed body whose failure the client can always tell. Before the response's head is sent, a failure is thrown
 * on and answered as usual (a 500 problem+json). After it, the status 200 is with the client and nothing in the body
 * can take it back: a CSV has no end marker, and RESTEasy would append the problem's JSON to the file and end the
 * response properly, so the file looked complete. The connection is reset instead: the body ends without HTTP's last
 * chunk, which every client reports as a failed transfer (curl: "transfer closed with outstanding read data remaining";
 * a browser: "download failed"). The failure is logged here with an error id, as the problem mapper would have.
 */
final class CutOffOnFailure implements StreamingOutput {

    private static final Logger LOG = Logger.getLogger(CutOffOnFailure.class);
    private static final long CLOSE_WAIT_MS = 5_000;

    /** Writes the body; a {@link RuntimeException} is its failure (an {@link IOException} is the client's). */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final HttpServerRequest request;
    private final String what;
    private final Body body;

    CutOffOnFailure(HttpServerRequest request, String what, Body body) {
        this.request = request;
        this.what = what;
        this.body = body;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try {
            body.write(out);
        } catch (RuntimeException e) {
            if (!request.response().headWritten()) {
                throw e;
            }
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "unexpected error %s: %s failed after its first part was sent; the connection is reset so"
                    + " that the client sees the transfer broken, not a complete file", errorId, what);
            cutOff();
        }
    }

    /**
     * Ends the transfer now, ahead of what RESTEasy writes next (its problem body, the last chunk). Vert.x's own ways
     * wait for them: {@code response().reset()}, which RESTEasy calls on such a failure, and
     * {@code connection().close()} close an HTTP/1.1 connection only once the response is written, so the file
     * arrived complete. HTTP/1.1 has no way to end one response but closing its connection, at once; HTTP/2 resets the
     * stream alone. {@code ConnectionBase} is Vert.x's implementation class, the only way to its Netty channel: should
     * an upgrade change it, the fallback closes as Vert.x does and {@code ExportFailureTest} fails.
     */
    private void cutOff() {
        if (request.version() == HttpVersion.HTTP_2) {
            request.response().reset();
        } else if (request.connection() instanceof ConnectionBase connection) {
            // awaited: a close asked for from this thread is queued behind the writes already asked for, and
            // RESTEasy's next ones must find the channel closed
            connection.channel().close().awaitUninterruptibly(CLOSE_WAIT_MS);
        } else {
            request.connection().close();
        }
    }
}
