package org.policymonitor.events;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Canonical form of a link, so that the same article reached through different links gets one id:
 * scheme and host lower-cased, an internationalised host in its ASCII (punycode) form, fragment, default port and
 * tracking parameters dropped, a session the site keeps in its links dropped, everything else (path case, other
 * parameters and their order, percent-encoding) kept as the site wrote it.
 */
public final class UrlCanonicalizer {

    /** Parameters that only say where a click came from; they never change the page. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "igshid", "mc_cid",
            "mc_eid", "_openstat", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
            "rb_clickid", "s_cid", "ref_src", "ref_url");
    /**
     * Query parameters that carry a session, which a site writes into its links for a client that sends no cookie — as
     * the service never does between polls: new at every request, so a listing's links changed at every poll and its
     * items were published again under new ids (trial29).
     */
    private static final Set<String> SESSION_PARAMETERS = Set.of("phpsessid", "jsessionid");
    /** phpBB's {@code sid}: a session only when it is one (32 hex digits); a {@code sid=12} elsewhere is a section. */
    private static final Pattern HEX_SESSION = Pattern.compile("[0-9a-fA-F]{32}");
    /** A servlet's URL rewriting: {@code /news/item;jsessionid=A1B2C3.node1?id=2}. */
    private static final Pattern PATH_SESSION = Pattern.compile("(?i);jsessionid=[^/;?#]*");
    /** ASP.NET's cookieless session segment: {@code /(S(lit3py55t21z5v55vlm25s55))/Page.aspx}, {@code /(X(1)S(…))/}. */
    private static final Pattern COOKIELESS_SEGMENT = Pattern.compile("/\\((?:[A-Za-z]\\([^()/]*\\))+\\)(?=/|$)");
    /** A URI scheme, or none (a protocol-relative link): compiled once, not per link as String.matches did. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*|");

    private UrlCanonicalizer() {
    }

    /**
     * @return the canonical link; a string that is not a parseable absolute URL is returned trimmed, unchanged otherwise
     */
    public static String canonicalize(String link) {
        if (link == null) {
            return null;
        }
        String trimmed = link.trim();
        URI uri;
        try {
            uri = new URI(withAsciiHost(trimmed));
        } catch (URISyntaxException e) {
            return trimmed;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.isOpaque()) {
            return trimmed;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(trimmed.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        String host = uri.getHost();
        if (host == null) {
            // registry-based authority (e.g. underscores in the host name): lower-case it as a whole
            out.append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
        } else {
            out.append(host.toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            if (port != -1 && port != defaultPort(scheme)) {
                out.append(':').append(port);
            }
        }
        String path = uri.getRawPath() == null ? null
                : COOKIELESS_SEGMENT.matcher(PATH_SESSION.matcher(uri.getRawPath()).replaceAll("")).replaceAll("");
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /**
     * The link with a host in Unicode ({@code президент.бел}) written in its ASCII form ({@code xn--d1abbgf6aiiy.xn--90ais}),
     * as a browser sends it: a site links to itself either way, and both must give one canonical link; and
     * {@link URI} cannot read a Unicode host as a host (it keeps it as an opaque authority, port and all), so a
     * reader that needs the host (to resolve or fetch a link) converts the text first. Absolute ({@code https://…})
     * and protocol-relative ({@code //…}) links are converted; anything else, a host that is ASCII already or is not
     * a valid domain name, is returned unchanged.
     */
    public static String withAsciiHost(String link) {
        if (link == null) {
            return null;
        }
        int schemeEnd = link.indexOf("//");
        if (schemeEnd < 0 || (schemeEnd > 0 && !link.startsWith("://", schemeEnd - 1))
                || !SCHEME.matcher(link).region(0, Math.max(0, schemeEnd - 1)).matches()) {
            return link;
        }
        int hostStart = schemeEnd + 2;
        int authorityEnd = authorityEnd(link, hostStart);
        int at = link.lastIndexOf('@', authorityEnd - 1);
        if (at >= hostStart) {
            hostStart = at + 1;
        }
        if (hostStart >= authorityEnd || link.charAt(hostStart) == '[') {
            return link; // no host, or an IPv6 literal
        }
        int hostEnd = link.lastIndexOf(':', authorityEnd - 1);
        if (hostEnd < hostStart) {
            hostEnd = authorityEnd;
        }
        String host = link.substring(hostStart, hostEnd);
        if (host.chars().allMatch(c -> c < 0x80)) {
            return link;
        }
        try {
            return link.substring(0, hostStart) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + link.substring(hostEnd);
        } catch (IllegalArgumentException e) {
            return link; // not a domain name: left as the site wrote it
        }
    }

    /**
     * Where the authority of a link ends ({@code authorityStart}: just after its {@code //}): at the first {@code /},
     * {@code ?}, {@code #} or {@code \} from there, else at the end of the text. A backslash ends it as a slash does
     * because a browser reads {@code \} as {@code /} in an http(s) link (WHATWG URL, the "special" schemes):
     * {@code http://user:pw@host\@evil/} opens host, path {@code /@evil/}; a reader that ran on to the last {@code @}
     * before the next {@code /} took evil for the host. Every reader that cuts a link's authority cuts it here.
     */
    public static int authorityEnd(String link, int authorityStart) {
        int end = authorityStart;
        while (end < link.length() && "/?#\\".indexOf(link.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The port a URL of this (lower-case) scheme means when it names none; -1 for a scheme without one here. */
    public static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name) && !SESSION_PARAMETERS.contains(name)
                    && !(name.equals("sid") && eq >= 0 && HEX_SESSION.matcher(pair.substring(eq + 1)).matches())) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }
}
