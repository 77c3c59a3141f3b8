package org.policymonitor.ingest.fetch;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cookies set during one fetch's redirects, sent back on its later hops: a cookie check in front of a site (nginx's
 * testcookie module, a CMS asking "are cookies on?") sets a cookie and redirects to the same address, and gives the page
 * only to a request that returns it — without it the fetch went round until "more than N redirects". Nothing is kept
 * after the fetch (no cookie jar across polls, no session to leak), and a cookie goes only where a browser would send
 * it: the host that set it (or the hosts of the domain it names, if that domain is the setter's), below its path, and
 * over https only when it is Secure. Plain Java.
 */
final class RedirectCookies {

    /** One cookie as set, under the host that set it. */
    private record Kept(HttpCookie cookie, String host, boolean hostOnly) {
    }

    /** By domain or host, path and name: a later cookie of the same key replaces the earlier one. */
    private final Map<String, Kept> cookies = new LinkedHashMap<>();

    /** Keeps what the answer from {@code from} set; a cookie for a domain that is not the setter's is ignored. */
    void remember(URI from, HttpHeaders headers) {
        String host = host(from);
        if (host == null) {
            return;
        }
        for (String header : headers.allValues("Set-Cookie")) {
            List<HttpCookie> parsed;
            try {
                parsed = HttpCookie.parse(header);
            } catch (IllegalArgumentException e) {
                continue; // a cookie no browser would take either
            }
            for (HttpCookie cookie : parsed) {
                String domain = cookie.getDomain();
                boolean hostOnly = domain == null || domain.isBlank();
                if (!hostOnly && !domainMatches(domain.toLowerCase(Locale.ROOT), host)) {
                    continue;
                }
                if (cookie.getPath() == null || !cookie.getPath().startsWith("/")) {
                    cookie.setPath(defaultPath(from));
                }
                String key = (hostOnly ? host : domain.toLowerCase(Locale.ROOT)) + " " + cookie.getPath() + " "
                        + cookie.getName();
                if (cookie.hasExpired() || cookie.getMaxAge() == 0) {
                    cookies.remove(key); // a cookie deleted by the site
                } else {
                    cookies.put(key, new Kept(cookie, host, hostOnly));
                }
            }
        }
    }

    /** The {@code Cookie} header for a request to {@code to}, or null when no kept cookie belongs there. */
    String header(URI to) {
        String host = host(to);
        if (host == null || cookies.isEmpty()) {
            return null;
        }
        String path = to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath();
        boolean secure = "https".equalsIgnoreCase(to.getScheme());
        List<String> pairs = new ArrayList<>();
        for (Kept kept : cookies.values()) {
            HttpCookie c = kept.cookie();
            boolean forHost = kept.hostOnly() ? host.equals(kept.host())
                    : domainMatches(c.getDomain().toLowerCase(Locale.ROOT), host);
            if (forHost && pathMatches(c.getPath(), path) && (secure || !c.getSecure())) {
                pairs.add(c.getName() + "=" + c.getValue());
            }
        }
        return pairs.isEmpty() ? null : pairs.stream().collect(Collectors.joining("; "));
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** RFC 6265 5.1.3: the host is the domain or ends with "." and the domain (a leading dot ignored); not an IP. */
    private static boolean domainMatches(String domain, String host) {
        String d = domain.startsWith(".") ? domain.substring(1) : domain;
        return !d.isEmpty() && (host.equals(d) || host.endsWith("." + d) && !host.matches("[0-9.]+"));
    }

    /** RFC 6265 5.1.4: the request path is the cookie's path or below it. */
    private static boolean pathMatches(String cookiePath, String path) {
        return path.equals(cookiePath) || path.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || path.charAt(cookiePath.length()) == '/');
    }

    /** RFC 6265 5.1.4: the directory of the request's path, "/" for a path of one segment. */
    private static String defaultPath(URI from) {
        String path = from.getRawPath();
        int slash = path == null ? -1 : path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
