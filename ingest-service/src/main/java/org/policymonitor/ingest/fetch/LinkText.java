package org.policymonitor.ingest.fetch;

/**
 * A link as a site wrote it, made readable by {@link java.net.URI} the way a browser reads it: the characters a URI
 * may not hold but browsers follow — space, {@code " < > ` { } | ^}, a second {@code #}, a {@code %} that starts no
 * escape — percent-encoded. Sites write {@code ?tags=ai|law} or {@code ?rate=100%} in hrefs and Location headers;
 * java.net.URI refuses them, and the item was dropped (or kept without a link). Everything else is left as written:
 * letters outside ASCII are a URI's "other" characters, and escapes the site made stay as they are. ASCII tabs and
 * line breaks are dropped wherever they stand, as the WHATWG URL parser drops them: a template that wraps a long href
 * over lines ({@code /news/2026/\n    view-1/}) links the page without them in a browser (trial17: the item was
 * skipped as having no usable link). A backslash in an http(s) or relative link is a slash before its query, as the
 * WHATWG parser reads it for these schemes ({@code http://user:pw@host\@evil/} opens host, path {@code /@evil/};
 * {@code \news\1} is {@code /news/1}), and percent-encoded in the query and fragment: java.net.URI refuses it, and
 * until 6 December 2026 such a link was lost.
 */
public final class LinkText {

    private static final String ENCODED = " \"<>`{}|^";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LinkText() {
    }

    public static String asUriText(String link) {
        StringBuilder out = null;
        boolean fragment = false;
        boolean queryOrFragment = false;
        boolean slashScheme = readsBackslashAsSlash(link);
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            queryOrFragment |= c == '?' || c == '#';
            if (c == '\\' && slashScheme && !queryOrFragment) {
                if (out == null) {
                    out = new StringBuilder(link.length()).append(link, 0, i);
                }
                out.append('/');
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(link.length()).append(link, 0, i);
                }
                continue;
            }
            boolean encode = ENCODED.indexOf(c) >= 0 || c == '\\'
                    || (c == '#' && fragment)
                    || (c == '%' && !(i + 2 < link.length() && hex(link.charAt(i + 1)) && hex(link.charAt(i + 2))));
            fragment |= c == '#';
            if (encode && out == null) {
                out = new StringBuilder(link.length() + 8).append(link, 0, i);
            }
            if (encode) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? link : out.toString();
    }

    /** An http(s) link, or one with no scheme (relative: resolved against an http(s) page or feed). */
    private static boolean readsBackslashAsSlash(String link) {
        int colon = link.indexOf(':');
        int end = colon < 0 ? -1 : link.substring(0, colon).chars().allMatch(LinkText::schemeChar) ? colon : -1;
        if (end <= 0) {
            return true;
        }
        String scheme = link.substring(0, end);
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    private static boolean schemeChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
