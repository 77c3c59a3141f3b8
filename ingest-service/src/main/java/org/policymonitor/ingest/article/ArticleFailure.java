package org.policymonitor.ingest.article;

import org.policymonitor.ingest.parse.BlockedPage;

import java.util.Locale;

/**
 * Why an article page gave no text: a small closed set, so metrics can count by it. An {@link ArticleText}'s reason
 * starts with the code ({@code "robots: disallowed by robots.txt of www.belta.by"}); {@link #of} reads it back.
 */
public enum ArticleFailure {
    /** robots.txt disallows the page for our agent. */
    ROBOTS,
    /** robots.txt answered 429/5xx or could not be fetched: everything on the host counts as disallowed for now. */
    ROBOTS_UNAVAILABLE,
    /** The page answered 404 or 410, or its link redirected to the home page or its section. */
    GONE,
    /** Another error status (403, 5xx, 429). */
    HTTP_STATUS,
    TIMEOUT,
    /** DNS, refused connection, TLS, or an address the address rules refuse. */
    CONNECTION,
    /** The page is larger than {@code policy.fulltext.max-body-bytes}. */
    TOO_LARGE,
    REDIRECT,
    /** The link leads to something that is not an HTML page (a PDF, an image). */
    NOT_HTML,
    /** The page holds no main text (or the source's content selector matched nothing). */
    NO_TEXT,
    /**
     * The page answered 200 with a bot check, a login wall or an access-denied page instead of the article: the
     * article is not gone, only out of reach for now ({@link BlockedPage}).
     */
    BLOCKED,
    /** The page is too large or too deeply nested to extract in reasonable time. */
    TOO_COMPLEX,
    /** The page broke the extraction (a bug or a pathological page); the item is published without content. */
    PARSE_ERROR,
    /** The poll's full-text time budget was spent before this article's turn. */
    POLL_BUDGET,
    /** A link that is not an absolute http(s) URL. */
    INVALID_LINK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason text of an {@link ArticleText}: the code, then words an operator understands. */
    public String describe(String words) {
        return wire() + ": " + words;
    }

    /** The failure behind an article without text (null when it has text). */
    public static ArticleFailure of(ArticleText article) {
        if (article.outcome() == ArticleText.Outcome.TEXT) {
            return null;
        }
        if (article.outcome() == ArticleText.Outcome.GONE) {
            return GONE;
        }
        String reason = article.reason() == null ? "" : article.reason();
        int colon = reason.indexOf(':');
        if (colon > 0) {
            String code = reason.substring(0, colon);
            for (ArticleFailure f : values()) {
                if (f.wire().equals(code)) {
                    return f;
                }
            }
        }
        return article.httpStatus() >= 400 ? HTTP_STATUS : CONNECTION;
    }
}
