package org.policymonitor.ingest.article;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a redirect took an article's link away from the article: to its site's home page or to a section above it
 * ({@code /news/2026/decree-135/} → {@code /news/} or {@code /}; {@code /index.php?newsid=135} → {@code /index.php}).
 * That is how many CMSs answer for an article they deleted, with a 200 and a page of text that is not the article.
 * Another form of the same address — a slash added or dropped, another scheme, {@code www.}, a language prefix, a
 * longer slug — is still the article. Pure logic.
 */
final class RedirectedAway {

    private RedirectedAway() {
    }

    static boolean from(URI requested, URI landed) {
        if (requested.getHost() == null || landed.getHost() == null
                || !siteOf(requested.getHost()).equals(siteOf(landed.getHost()))) {
            return false;
        }
        String asked = trimmed(requested.getPath());
        String reached = trimmed(landed.getPath());
        if (asked.equals(reached)) {
            // the same path without the query that named the article: the script's front page
            return requested.getRawQuery() != null && landed.getRawQuery() == null;
        }
        return reached.isEmpty() || asked.startsWith(reached + "/");
    }

    private static String siteOf(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** The path without its trailing slashes ("" for the root). */
    private static String trimmed(String path) {
        String p = path == null ? "" : path;
        int end = p.length();
        while (end > 0 && p.charAt(end - 1) == '/') {
            end--;
        }
        return p.substring(0, end);
    }
}
