package org.policymonitor.ingest.archive;

import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.ingest.article.ArticleText;

import java.util.List;

/**
 * Decides what a re-check found, from the archived state and what reading the page gave:
 * <ul>
 *   <li>text with the same words as the last text → nothing (markup, ads, counters and "last viewed" dates around
 *       the article are not in the main text; the counters and relative times of its own lines of facts,
 *       {@link VolatileFacts}, a relative day a later version tells as its date ({@link DaysMadeAbsolute}), and
 *       whitespace do not count);</li>
 *   <li>text with other words → {@link ChangeKind#EDITED}, with a word diff from the last text;</li>
 *   <li>404/410 on two re-checks in a row → {@link ChangeKind#REMOVED} (one, then text again, is nothing);</li>
 *   <li>text from a removed page → {@link ChangeKind#RESTORED} (with a diff when the words differ from the last
 *       text);</li>
 *   <li>unavailable (timeout, 5xx, robots.txt…) → nothing, and the count of 404s in a row stays as it was.</li>
 * </ul>
 * Pure logic.
 */
public final class ChangeDetector {

    public static final int GONE_TO_REMOVE = 2;

    private final WordDiff diff;

    public ChangeDetector(WordDiff diff) {
        this.diff = diff;
    }

    /**
     * The archive's view of an article.
     *
     * @param lastText        the newest text version's text
     * @param lastHash        its hash
     * @param removed         whether the article counts as removed
     * @param consecutiveGone re-checks in a row that found it gone
     */
    public record Current(String lastText, String lastHash, boolean removed, int consecutiveGone) {
    }

    /**
     * @param change          the change, or null when nothing changed
     * @param text            the text of the new version (null for a removal or no change)
     * @param hash            its hash
     * @param diff            from the last text to the new one
     * @param removed         the article's status afterwards
     * @param consecutiveGone afterwards
     * @param republish       whether the item goes to the classifier again with its new text
     */
    public record Decision(ChangeKind change, String text, String hash, List<DiffChunk> diff, boolean removed,
                           int consecutiveGone, boolean republish) {

        public boolean changed() {
            return change != null;
        }

        static Decision nothing(Current c, int gone) {
            return new Decision(null, null, null, List.of(), c.removed(), gone, false);
        }
    }

    public Decision decide(Current current, ArticleText fetched) {
        return switch (fetched.outcome()) {
            case UNAVAILABLE -> Decision.nothing(current, current.consecutiveGone());
            case GONE -> {
                int gone = current.consecutiveGone() + 1;
                if (!current.removed() && gone >= GONE_TO_REMOVE) {
                    yield new Decision(ChangeKind.REMOVED, null, null, List.of(), true, gone, false);
                }
                yield Decision.nothing(current, gone);
            }
            case TEXT -> {
                String text = ArticleTexts.stored(fetched.text());
                String hash = ArticleTexts.hash(text);
                // an article archived before 5 December 2026 has the hash of its text with its counters in it
                boolean same = hash.equals(current.lastHash()) || hash.equals(ArticleTexts.hash(current.lastText()))
                        // "Вчера, 14:05" → "3 декабря, 14:05": the same moment, told as a date (since 6 December 2026)
                        || DaysMadeAbsolute.sameMoments(current.lastText(), text);
                if (current.removed()) {
                    yield new Decision(ChangeKind.RESTORED, text, hash,
                            same ? List.of() : diff.between(current.lastText(), text), false, 0, !same);
                }
                if (same) {
                    yield Decision.nothing(current, 0);
                }
                yield new Decision(ChangeKind.EDITED, text, hash, diff.between(current.lastText(), text), false, 0,
                        true);
            }
        };
    }
}
