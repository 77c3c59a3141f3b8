package org.policymonitor.classifier.analysis;

import java.util.List;

/**
 * Index field names. Each text field is indexed under a language-specific name ({@code title.ru}) with that
 * language's analysis; a rule compiled for Russian searches only {@code *.ru} fields, which is what confines
 * per-language rules to items of that language.
 */
public final class Fields {

    public static final List<String> TEXT = List.of("title", "summary", "content");
    /**
     * Title, summary and content in one field, searched by terms without a field prefix: one clause per term
     * instead of three keeps rule queries (and their per-item rewrite) a third of the size.
     */
    public static final String ALL = "text";
    /** Between the parts of {@link #ALL}; offsets of a match are mapped back to the part it lies in. */
    public static final String SEPARATOR = "\n\n";
    public static final String SOURCE = "source";

    private Fields() {
    }

    public static String indexed(String field, Language language) {
        return field + "." + language.code();
    }

    /** {@code title.ru} → {@code title}. */
    public static String textField(String indexedField) {
        int dot = indexedField.indexOf('.');
        return dot < 0 ? indexedField : indexedField.substring(0, dot);
    }
}
