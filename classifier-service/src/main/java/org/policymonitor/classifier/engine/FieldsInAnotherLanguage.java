package org.policymonitor.classifier.engine;

import org.policymonitor.classifier.analysis.Language;

/**
 * The fields of an item written in another language than the one the item is read in — a title in English over a
 * Russian body, a Belarusian title over a Russian one — to be matched with that language's rules. An item is read in
 * one language (its label, corrected by its letters), so such a field was analysed with the wrong chain and matched
 * nothing: the item lost the themes its title named.
 */
final class FieldsInAnotherLanguage {

    private FieldsInAnotherLanguage() {
    }

    /**
     * The item with only its fields written in {@code other}, the other fields blanked by as many spaces (so that the
     * offsets of title, summary and content, and of their joined text, are the item's: evidence needs no mapping); null
     * when no field is written in {@code other}. An item with one field only is read in that field's language already.
     */
    static ItemText of(ItemText item, Language language, Language other) {
        String title = item.field("title");
        String summary = item.field("summary");
        String content = item.field("content");
        if (nonEmpty(title) + nonEmpty(summary) + nonEmpty(content) < 2) {
            return null;
        }
        boolean inTitle = writtenIn(title, language, other);
        boolean inSummary = writtenIn(summary, language, other);
        boolean inContent = writtenIn(content, language, other);
        if (!inTitle && !inSummary && !inContent) {
            return null;
        }
        return new ItemText(item.id(), kept(title, inTitle), kept(summary, inSummary), kept(content, inContent),
                other.code(), item.source());
    }

    private static boolean writtenIn(String field, Language language, Language other) {
        return !field.isEmpty() && Language.ofField(language, field) == other;
    }

    private static String kept(String field, boolean kept) {
        return kept || field.isEmpty() ? field : " ".repeat(field.length());
    }

    private static int nonEmpty(String field) {
        return field.isEmpty() ? 0 : 1;
    }
}
