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
     * The language of each field (title, summary, content) when some field is written in another language than
     * {@code language}; null when none is (nearly every item), or when the item has one field only (it is read in that
     * field's language already).
     */
    static Language[] languages(ItemText item, Language language) {
        String title = item.field("title");
        String summary = item.field("summary");
        String content = item.field("content");
        if (nonEmpty(title) + nonEmpty(summary) + nonEmpty(content) < 2) {
            return null;
        }
        Language[] languages = {Language.ofField(language, title), Language.ofField(language, summary),
                Language.ofField(language, content)};
        for (Language field : languages) {
            if (field != language) {
                return languages;
            }
        }
        return null;
    }

    /**
     * The item with only its fields written in {@code other} ({@code languages} from {@link #languages}), the other
     * fields blanked by as many spaces, so that the offsets of title, summary and content, and of their joined text,
     * are the item's (evidence needs no mapping); null when no field is written in {@code other}.
     */
    static ItemText of(ItemText item, Language[] languages, Language other) {
        if (languages[0] != other && languages[1] != other && languages[2] != other) {
            return null;
        }
        return new ItemText(item.id(), kept(item.field("title"), languages[0] == other),
                kept(item.field("summary"), languages[1] == other), kept(item.field("content"), languages[2] == other),
                other.code(), item.source());
    }

    private static String kept(String field, boolean kept) {
        return kept || field.isEmpty() ? field : " ".repeat(field.length());
    }

    private static int nonEmpty(String field) {
        return field.isEmpty() ? 0 : 1;
    }
}
