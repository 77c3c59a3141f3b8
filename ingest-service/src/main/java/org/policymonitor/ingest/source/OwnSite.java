package org.policymonitor.ingest.source;

import org.policymonitor.events.UrlCanonicalizer;

import java.net.URI;
import java.util.Locale;

/**
 * Whether two URLs are one site: the same scheme, host and port (a port left out is the scheme's) — the unit
 * {@code HostGate} keeps polite and the unit a source's operator chose. A poll reads more pages of its source only on
 * it. Pure logic.
 */
public final class OwnSite {

    private OwnSite() {
    }

    public static boolean same(URI a, URI b) {
        if (a == null || b == null || a.getScheme() == null || b.getScheme() == null || a.getHost() == null
                || b.getHost() == null) {
            return false;
        }
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : UrlCanonicalizer.defaultPort(u.getScheme().toLowerCase(Locale.ROOT));
    }
}
