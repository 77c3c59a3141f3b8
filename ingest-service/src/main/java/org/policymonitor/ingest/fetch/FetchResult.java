package org.policymonitor.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * A successful answer: 200 with a body, or 304 Not Modified.
 *
 * @param finalUrl   the URL after redirects (relative links resolve against it)
 * @param validators the validators to send next time
 * @param moved      where the requested URL has moved for good — the last hop of the redirects it began with that
 *                   were all permanent (301, 308) — with the status that said it; null when it has not
 * @param redirected the status with which the requested URL redirected (301, 302, 303, 307, 308), 0 when it answered
 *                   itself
 */
public record FetchResult(int status, byte[] body, String contentType, URI finalUrl, Validators validators,
                          Duration latency, Moved moved, int redirected) {

    /** The requested URL answered 301 or 308: the resource is at {@code to} now. */
    public record Moved(int status, URI to) {
    }

    public boolean notModified() {
        return status == 304;
    }
}
