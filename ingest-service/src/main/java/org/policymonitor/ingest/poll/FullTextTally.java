package org.policymonitor.ingest.poll;

import org.policymonitor.ingest.article.ArticleFailure;

/**
 * What one poll's article reads gave: how many items got their main text, how many went out without it, and the
 * last reason.
 *
 * @param lastFailureReason an {@link ArticleFailure} code ({@code robots}, {@code gone}, …), or null
 * @param lastFailure       the reason in words, or null
 * @param lastFailureUrl    the article's link, or null
 */
public record FullTextTally(int texts, int failures, String lastFailureReason, String lastFailure,
                            String lastFailureUrl) {

    public static final FullTextTally NONE = new FullTextTally(0, 0, null, null, null);

    /** This tally and one more article: with text when {@code failure} is null. */
    public FullTextTally plus(ArticleFailure failure, String reason, String url) {
        return failure == null
                ? new FullTextTally(texts + 1, failures, lastFailureReason, lastFailure, lastFailureUrl)
                : new FullTextTally(texts, failures + 1, failure.wire(), reason, url);
    }
}
