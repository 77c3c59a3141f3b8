package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;
import org.policymonitor.ingest.article.ArticleFailure;
import org.policymonitor.ingest.article.ArticleReader;
import org.policymonitor.ingest.article.ArticleText;
import org.policymonitor.ingest.source.SourceDefinition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The full-text step of a poll: for each new item of a {@code fullText} source, reads its article page and puts the
 * main text (capped by {@link FieldLimits}) in the item's {@code content}. An article that cannot be had costs the
 * item its content, never its publication: the item goes out as the feed gave it, and the reason is returned.
 * <p>
 * Time: the articles of one poll share a budget ({@code policy.fulltext.poll-budget}); once it is spent the
 * remaining items are published without content ({@code poll_budget}), so a slow site holds its poll — and the
 * poll thread — for at most the budget plus one article's fetch deadline, and the lease is never outlived.
 */
public final class FullTextStep {

    /** An item as it will be published, and what reading its article gave (null when not a full-text source). */
    public record Read(FeedItem item, ArticleText article) {
    }

    /** No full text (a poller built without an article reader). */
    public static final FullTextStep NONE = new FullTextStep(null, Duration.ZERO, System::nanoTime);

    private final ArticleReader reader;
    private final Duration budget;
    private final LongSupplier nanoTime;

    public FullTextStep(ArticleReader reader, Duration budget) {
        this(reader, budget, System::nanoTime);
    }

    FullTextStep(ArticleReader reader, Duration budget, LongSupplier nanoTime) {
        this.reader = reader;
        this.budget = budget;
        this.nanoTime = nanoTime;
    }

    public List<Read> read(SourceDefinition source, List<FeedItem> fresh) {
        List<Read> reads = new ArrayList<>(fresh.size());
        if (reader == null || !source.fullText()) {
            fresh.forEach(item -> reads.add(new Read(item, null)));
            return reads;
        }
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        for (FeedItem item : fresh) {
            ArticleText article;
            if (item.link() == null) {
                article = ArticleText.unavailable(0, ArticleFailure.INVALID_LINK.describe("the item has no link"));
            } else if (nanoTime.getAsLong() - deadline >= 0) {
                article = ArticleText.unavailable(0, ArticleFailure.POLL_BUDGET.describe("the poll's full-text budget of "
                        + budget.toSeconds() + " s was spent on earlier articles"));
            } else {
                article = reader.read(source, item.link());
            }
            FeedItem published = article.outcome() == ArticleText.Outcome.TEXT
                    ? item.withContent(FieldLimits.content(article.text()), item.version())
                    : item;
            reads.add(new Read(published, article));
        }
        return reads;
    }
}
