package org.policymonitor.ingest.poll;

import org.policymonitor.ingest.parse.HtmlText;
import org.policymonitor.ingest.parse.ParsedItem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Caps the free-text fields of an item before it is published, so that one odd item (a feed that puts a whole
 * article in its title, thousands of tags) stays far below the broker's record size and the consumers' columns.
 * Text is cut at a word boundary and ends with "…" when cut; categories past the limit are dropped (duplicates
 * first). Link and guid are never changed: they make the item's id. Pure logic.
 */
public final class FieldLimits {

    public static final int TITLE_CHARS = 1_000;
    public static final int SUMMARY_CHARS = 2_000;
    public static final int CONTENT_CHARS = 100_000;
    public static final int AUTHOR_CHARS = 300;
    public static final int CATEGORIES = 50;
    public static final int CATEGORY_CHARS = 100;

    private FieldLimits() {
    }

    public static ParsedItem apply(ParsedItem p) {
        return new ParsedItem(p.link(), p.guid(), HtmlText.truncate(p.title(), TITLE_CHARS),
                HtmlText.truncate(p.summary(), SUMMARY_CHARS), HtmlText.truncate(p.content(), CONTENT_CHARS),
                p.language(), categories(p.categories()), HtmlText.truncate(p.author(), AUTHOR_CHARS),
                p.publishedAt(), p.publishedRaw() == null || p.publishedRaw().length() <= 200 ? p.publishedRaw()
                : HtmlText.truncate(p.publishedRaw(), 200));
    }

    /** An article's main text capped like a feed's content. */
    public static String content(String text) {
        return HtmlText.truncate(text, CONTENT_CHARS);
    }

    static List<String> categories(List<String> categories) {
        if (categories.size() <= CATEGORIES && categories.stream().allMatch(c -> c == null || c.length() <= CATEGORY_CHARS)) {
            return categories;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String c : categories) {
            if (c != null && !c.isBlank() && kept.size() < CATEGORIES) {
                kept.add(HtmlText.truncate(c, CATEGORY_CHARS));
            }
        }
        return new ArrayList<>(kept);
    }
}
