package org.policymonitor.alert.jdbc;

import java.util.Collection;

/**
 * PostgreSQL array literals ({@code {"a","b\"c",NULL}}) written directly, for arrays bound as text and cast in the
 * statement ({@code ?::text[]}). pgJDBC's {@code createArrayOf} builds the same text through its generic encoder (an
 * encoder, a builder that grows, a copy) for every array; the storing path binds several per item.
 */
public final class ArrayLiterals {

    /** The empty array, whatever its element type. */
    public static final String EMPTY = "{}";

    private ArrayLiterals() {
    }

    /** The literal of these strings, in order; a null element is SQL NULL. */
    public static String of(Collection<String> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        int size = 2;
        for (String v : values) {
            size += v == null ? 5 : v.length() + 3;
        }
        StringBuilder out = new StringBuilder(size).append('{');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                out.append(',');
            }
            first = false;
            append(out, v);
        }
        return out.append('}').toString();
    }

    /** Appends one element: quoted, with its backslashes and double quotes escaped, or NULL. */
    private static void append(StringBuilder out, String v) {
        if (v == null) {
            out.append("NULL");
            return;
        }
        out.append('"');
        if (v.indexOf('"') < 0 && v.indexOf('\\') < 0) {
            // nearly every element (keys, ids, times): copied whole instead of a character at a time
            out.append(v).append('"');
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '"' || ch == '\\') {
                out.append('\\');
            }
            out.append(ch);
        }
        out.append('"');
    }
}
