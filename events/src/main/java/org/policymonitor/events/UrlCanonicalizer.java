package org.policymonitor.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Canonical form of a link, so that the same article reached through different links gets one id:
 * scheme and host lower-cased, fragment, default port and tracking parameters dropped, everything
 * else (path case, other parameters and their order, percent-encoding) kept as the site wrote it.
 */
public final class UrlCanonicalizer {

    /** Parameters that only say where a click came from; they never change the page. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "igshid", "mc_cid",
            "mc_eid", "_openstat", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
            "rb_clickid", "s_cid", "ref_src", "ref_url");

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
            uri = new URI(trimmed);
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
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static int defaultPort(String scheme) {
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
            if (!name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }
}
