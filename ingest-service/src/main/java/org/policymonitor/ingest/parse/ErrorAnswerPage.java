package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.policymonitor.ingest.source.SourceFailure;

import java.nio.charset.StandardCharsets;

/**
 * The page a 403 or 503 came with, read for what answered: Cloudflare's and DDoS-Guard's bot checks answer a client
 * they doubt with these statuses as often as with 200 ({@link StandInPage}), and until 7 December 2026 such a failure
 * said only "HTTP 403", which reads as a broken or moved site. The failure's reason, status and Retry-After stay; its
 * words say the page is a bot check (or an access-denied page) and what to do. Pure logic.
 */
public final class ErrorAnswerPage {

    private ErrorAnswerPage() {
    }

    /** The failure with what its page is, or the failure itself when it has no page or the page is none of these. */
    public static SourceFailure explained(SourceFailure failure) {
        byte[] page = failure.answerPage();
        if (page == null || page.length == 0) {
            return failure;
        }
        String html = Charsets.decode(page, failure.answerContentType(), StandardCharsets.UTF_8);
        String blocked = StandInPage.blocked(Jsoup.parse(html), failure.httpStatus());
        return blocked == null ? failure : new SourceFailure(failure.reason(), failure.getMessage() + ": the page is "
                + blocked, failure.retryAfter(), failure.httpStatus());
    }
}
