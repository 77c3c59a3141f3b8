package org.policymonitor.alert.story;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which site an item comes from, by its canonical link's host ({@link FeatureExtractor#canonical}): the registrable
 * domain, so that a news agency's three language editions (belta.by, eng.belta.by, blr.belta.by) are one source and
 * president.gov.by and nasb.gov.by are two.
 */
final class Sources {

    private Sources() {
    }

    /** Both links known and of two different sites. */
    static boolean differ(String a, String b) {
        String sa = site(a);
        String sb = site(b);
        return sa != null && sb != null && !sa.equals(sb);
    }

    /**
     * The registrable domain of a canonical link ({@code eng.belta.by/…} → {@code belta.by}; {@code nasb.gov.by/…} →
     * {@code nasb.gov.by}: under a country's gov/com/org/edu/ac/net domain one label more), or null.
     */
    static String site(String link) {
        if (link == null || link.isEmpty()) {
            return null;
        }
        int slash = link.indexOf('/');
        String host = (slash < 0 ? link : link.substring(0, slash)).toLowerCase(Locale.ROOT);
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return host;
        }
        boolean secondLevel = labels[n - 1].length() == 2
                && switch (labels[n - 2]) {
                    case "gov", "com", "org", "edu", "ac", "net", "co", "mil" -> true;
                    default -> false;
                };
        int keep = secondLevel ? 3 : 2;
        return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
    }
}
