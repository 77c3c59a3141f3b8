package org.policymonitor.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Resolves a link against the URL of the page (or the redirect) it came from as a browser does (RFC 3986 §5.2).
 * {@link URI#resolve(URI)} follows the older RFC 2396 and differs in one case sites use: a reference that is only a
 * query ({@code ?ELEMENT_ID=4521} on a Bitrix listing, {@code Location: ?page=1}) must keep the base's whole path and
 * replace its query, but {@code URI} drops the base's last segment ({@code /press/news.php} becomes {@code /press/}),
 * naming a page that does not exist.
 */
public final class RelativeLinks {

    private RelativeLinks() {
    }

    /** {@code base.resolve(reference)}, except that a query-only reference keeps the base's path. */
    public static URI resolve(URI base, URI reference) {
        if (reference.getScheme() != null || reference.getRawAuthority() != null || base.isOpaque()
                || (reference.getRawPath() != null && !reference.getRawPath().isEmpty())
                || reference.getRawQuery() == null) {
            return base.resolve(reference);
        }
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        String text = base.getScheme() + "://" + base.getRawAuthority() + path + "?" + reference.getRawQuery()
                + (reference.getRawFragment() == null ? "" : "#" + reference.getRawFragment());
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return base.resolve(reference);
        }
    }
}
