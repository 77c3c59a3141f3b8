package org.policymonitor.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms one web address takes that open the same page: {@code http} or {@code https}, the host with or without
 * {@code www.}, the path with or without a slash at its end ({@code /news/7} and {@code /news/7/}). A site that moves
 * to https or to {@code www.} changes every link of its feed and listing at once, and a "top story" block often links
 * the article with the site's full address while the list below links it another way. The item id is made of the
 * canonical link ({@code UrlCanonicalizer}), which keeps these apart — rightly for the id, which must not change for
 * items already published — so the poll and the listing use this to tell that two such links are one article.
 * Pure logic, on canonical links (lower-case scheme and host, no fragment) and guids written as addresses; anything
 * but an absolute http(s) address has no other form.
 */
public final class AddressForms {

    private static final String WWW = "www.";

    private AddressForms() {
    }

    /**
     * @return a key equal for every form of the address: the link without its scheme, a leading {@code www.} and a
     * slash at the end of its path; the link itself when it is not an absolute http(s) link
     */
    public static String key(String canonicalLink) {
        Parts parts = Parts.of(canonicalLink);
        if (parts == null) {
            return canonicalLink;
        }
        return "//" + withoutWww(parts.authority) + withoutEndSlash(parts.path) + parts.query;
    }

    /**
     * @return the link's other forms (up to seven: the other scheme, {@code www.} added or dropped, the end slash
     * added or dropped, and their combinations), never the link itself; empty when it is not an absolute http(s) link
     */
    public static List<String> others(String canonicalLink) {
        Parts parts = Parts.of(canonicalLink);
        if (parts == null) {
            return List.of();
        }
        Set<String> authorities = new LinkedHashSet<>(List.of(parts.authority, otherWww(parts.authority)));
        Set<String> paths = new LinkedHashSet<>(List.of(parts.path, otherEndSlash(parts.path)));
        List<String> forms = new ArrayList<>(7);
        for (String scheme : List.of("https", "http")) {
            for (String authority : authorities) {
                for (String path : paths) {
                    String form = scheme + "://" + authority + path + parts.query;
                    if (!form.equals(canonicalLink)) {
                        forms.add(form);
                    }
                }
            }
        }
        return forms;
    }

    private static String withoutWww(String authority) {
        return authority.startsWith(WWW) && authority.indexOf('.', WWW.length()) > 0
                ? authority.substring(WWW.length()) : authority;
    }

    /** The host with {@code www.} dropped, or added to a name (not to an IP address, nor to a name without a dot). */
    private static String otherWww(String authority) {
        String without = withoutWww(authority);
        if (!without.equals(authority)) {
            return without;
        }
        boolean name = authority.indexOf('.') > 0 && !authority.startsWith("[")
                && !Character.isDigit(authority.charAt(authority.length() - 1 - portLength(authority)));
        return name ? WWW + authority : authority;
    }

    private static int portLength(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? 0 : authority.length() - colon;
    }

    private static String withoutEndSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The path with its end slash dropped or added; the root stays {@code /}. */
    private static String otherEndSlash(String path) {
        if (path.length() <= 1) {
            return path;
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
    }

    /** An absolute http(s) link cut into its authority, its path ({@code /} at least) and what follows ({@code ?…#…}). */
    private record Parts(String authority, String path, String query) {

        static Parts of(String link) {
            if (link == null) {
                return null;
            }
            int schemeEnd = link.indexOf("://");
            if (schemeEnd < 0) {
                return null;
            }
            String scheme = link.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            int authorityStart = schemeEnd + 3;
            int authorityEnd = authorityStart;
            while (authorityEnd < link.length() && "/?#".indexOf(link.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
            String authority = link.substring(authorityStart, authorityEnd);
            if (authority.isEmpty() || authority.contains("@")) {
                return null;
            }
            // a canonical link has no fragment; a guid may (#1, #2 on one page), and keeps it in each of its forms
            int pathEnd = authorityEnd;
            while (pathEnd < link.length() && "?#".indexOf(link.charAt(pathEnd)) < 0) {
                pathEnd++;
            }
            String path = link.substring(authorityEnd, pathEnd);
            return new Parts(authority, path.isEmpty() ? "/" : path, link.substring(pathEnd));
        }
    }
}
