package org.policymonitor.events;

import java.util.regex.Pattern;

/**
 * What a source id looks like: lower-case letters, digits, '.', '_' or '-', at most 100 characters, beginning with a
 * letter or digit ({@code belta-ru}, {@code nasb.gov.by}). The ingest catalogue gives its sources such ids and every
 * item carries one; a subscription that names a source by anything else would never match an item.
 */
public final class SourceIds {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private SourceIds() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
