package org.policymonitor.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * A successful answer: 200 with a body, or 304 Not Modified.
 *
 * @param finalUrl   the URL after redirects (relative links resolve against it)
 * @param validators the validators to send next time
 */
public record FetchResult(int status, byte[] body, String contentType, URI finalUrl, Validators validators,
                          Duration latency) {

    public boolean notModified() {
        return status == 304;
    }
}
