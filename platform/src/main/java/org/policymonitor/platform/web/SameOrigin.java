package org.policymonitor.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;

import java.net.URI;
import java.util.Locale;

/**
 * Where a browser says a request comes from. Browsers resend HTTP Basic credentials with every request to a site
 * the user logged in to, whichever page makes it, so a page elsewhere can post a form or a body-less {@code fetch}
 * here with the user's rights (cross-site request forgery). What the browser adds, and a page cannot set, tells
 * them apart: {@code Sec-Fetch-Site} (every current browser), else {@code Origin} (on every POST, PUT, PATCH, DELETE),
 * else {@code Referer}. A client that is no browser (curl, scripts, the services among themselves) sends none of them.
 */
public final class SameOrigin {

    /** What the request's headers say of its origin. */
    public enum Verdict {
        /** sent by a page of this site (or typed by the user: {@code Sec-Fetch-Site: none}) */
        SAME,
        /** sent by a page of another site (or of an opaque origin: {@code Origin: null}) */
        CROSS,
        /** nothing says: a client that is not a browser */
        UNSAID
    }

    private SameOrigin() {
    }

    public static Verdict of(ContainerRequestContext request) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.isBlank()) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            // "same-site" is a sibling host (another service's page on a subdomain): another origin all the same
            return site.equals("same-origin") || site.equals("none") ? Verdict.SAME : Verdict.CROSS;
        }
        String host = request.getHeaderString("Host");
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.strip().equals("null")) {
            return sameHost(origin, host) ? Verdict.SAME : Verdict.CROSS;
        }
        String referer = request.getHeaderString("Referer");
        if (referer != null) {
            return sameHost(referer, host) ? Verdict.SAME : Verdict.CROSS;
        }
        // "Origin: null" without a Referer: a sandboxed frame, a data: page, a redirect across sites
        return origin != null ? Verdict.CROSS : Verdict.UNSAID;
    }

    /** Whether the URL's host[:port] is the request's Host header. */
    public static boolean sameHost(String url, String host) {
        if (url == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return authority.equalsIgnoreCase(host) || (uri.getPort() == -1 && uri.getHost().equalsIgnoreCase(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
