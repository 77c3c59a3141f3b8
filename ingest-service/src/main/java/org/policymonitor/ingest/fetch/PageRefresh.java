package org.policymonitor.ingest.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an HTML page sends the browser on at once: {@code <meta http-equiv="refresh" content="0; url=/news/">} in
 * the page, or the {@code Refresh} header browsers honour as well — the stub a site leaves at an old listing's, feed's
 * or article's address. Read as the HTML standard reads the content ("shared declarative refresh steps": a delay, then
 * {@code ;} or {@code ,}, an optional {@code url=}, the URL, optionally quoted). Only a refresh within
 * {@value #MAX_DELAY_SECONDS} s counts: a longer one shows the page first (a news page that reloads every few
 * minutes). A meta element inside {@code <noscript>} is for browsers without scripts, which a browser with them ignores.
 * Pure logic.
 */
final class PageRefresh {

    /** A longer wait shows the page; a stub sends the reader on at once or after a second or two. */
    static final int MAX_DELAY_SECONDS = 10;
    /** The meta element is in the head: only the start of the page is looked at. */
    private static final int HEAD_BYTES = 16 * 1024;

    private static final Pattern NOSCRIPT = Pattern.compile("<noscript\\b.*?(?:</noscript\\s*>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTTP_EQUIV_REFRESH = Pattern.compile(
            "\\shttp-equiv\\s*=\\s*(?:\"\\s*refresh\\s*\"|'\\s*refresh\\s*'|refresh(?![\\w-]))", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile("\\scontent\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARATION = Pattern.compile(
            "\\s*(\\d+)(?:\\.[\\d.]*)?\\s*[;,]?\\s*(?:url\\s*=\\s*)?(?:\"([^\"]*)\"?|'([^']*)'?|(.*))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private PageRefresh() {
    }

    /**
     * The URL (as written, to be resolved against the page's) the page sends the browser on to at once, or null.
     *
     * @param header the {@code Refresh} header, or null
     */
    static String target(byte[] body, String contentType, String header) {
        String declared = header != null ? header : html(body, contentType) ? meta(body) : null;
        if (declared == null) {
            return null;
        }
        Matcher d = DECLARATION.matcher(declared);
        if (!d.matches() || d.group(1).length() > 6 || Integer.parseInt(d.group(1)) > MAX_DELAY_SECONDS) {
            return null;
        }
        String url = d.group(2) != null ? d.group(2) : d.group(3) != null ? d.group(3) : d.group(4);
        return url == null || url.isBlank() ? null : url.strip();
    }

    private static boolean html(byte[] body, String contentType) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            return type.contains("html");
        }
        return body.length > 0 && new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().startsWith("<");
    }

    /** The content of the first refresh meta element of the page's start, or null. */
    private static String meta(byte[] body) {
        // the markup is ASCII in every charset a page is served in; a URL of other letters is read as UTF-8, as the
        // page's own links mostly are
        String start = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.UTF_8);
        if (start.toLowerCase(Locale.ROOT).indexOf("refresh") < 0) {
            return null; // most pages: one scan, no pattern
        }
        Matcher m = META.matcher(NOSCRIPT.matcher(start).replaceAll(""));
        while (m.find()) {
            String tag = m.group();
            if (HTTP_EQUIV_REFRESH.matcher(tag).find()) {
                Matcher content = CONTENT.matcher(tag);
                if (content.find()) {
                    String value = content.group(1) != null ? content.group(1) : content.group(2) != null
                            ? content.group(2) : content.group(3);
                    return value.replace("&amp;", "&"); // an attribute's "&amp;" in the URL's query
                }
            }
        }
        return null;
    }
}
