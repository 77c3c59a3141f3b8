package org.policymonitor.ingest.article;

import java.util.Objects;

/**
 * What reading an article gave.
 *
 * @param outcome    what happened
 * @param httpStatus the final HTTP status, or 0 when no response was had (timeout, refused, disallowed)
 * @param text       the normalised main text (paragraphs separated by blank lines, whitespace collapsed) when
 *                   {@link Outcome#TEXT}, else null
 * @param reason     why there is no text, in words an operator understands ("HTTP 503", "disallowed by robots.txt",
 *                   "no main text found"); null when there is text
 */
public record ArticleText(Outcome outcome, int httpStatus, String text, String reason) {

    public enum Outcome {
        /** The main text was extracted. */
        TEXT,
        /**
         * The page answered 404 or 410, or its link redirected to the home page or its section: it is gone (a removal
         * when seen on two re-checks in a row).
         */
        GONE,
        /** The page could not be had for now (network, 5xx, 429, too large, robots.txt, no main text). */
        UNAVAILABLE
    }

    public ArticleText {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.TEXT && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("an article with outcome TEXT needs its text");
        }
    }

    public static ArticleText text(int httpStatus, String text) {
        return new ArticleText(Outcome.TEXT, httpStatus, text, null);
    }

    public static ArticleText gone(int httpStatus) {
        return new ArticleText(Outcome.GONE, httpStatus, null, "HTTP " + httpStatus);
    }

    /** Gone without a 404: redirected to the home page or the article's section ({@code RedirectedAway}). */
    public static ArticleText gone(int httpStatus, String reason) {
        return new ArticleText(Outcome.GONE, httpStatus, null, reason);
    }

    public static ArticleText unavailable(int httpStatus, String reason) {
        return new ArticleText(Outcome.UNAVAILABLE, httpStatus, null, reason);
    }
}
