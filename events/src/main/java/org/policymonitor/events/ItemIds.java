package org.policymonitor.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The item id: a stable hash of (source id, guid — or the canonical link when there is no guid).
 * Every service computes ids through this class, so the same item has the same id everywhere, in every JVM.
 */
public final class ItemIds {

    private ItemIds() {
    }

    /**
     * @param sourceId the configured source id (required)
     * @param guid     the item's guid as the feed gave it, or null/blank when there is none
     * @param link     the item's link; used, canonicalised, when there is no guid
     * @return 32 lower-case hex characters (the first 128 bits of SHA-256)
     * @throws IllegalArgumentException when neither a guid nor a link is given
     */
    public static String itemId(String sourceId, String guid, String link) {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("an item id needs a source id");
        }
        String identity;
        if (guid != null && !guid.isBlank()) {
            identity = "guid:" + guid.trim();
        } else if (link != null && !link.isBlank()) {
            identity = "link:" + UrlCanonicalizer.canonicalize(link);
        } else {
            throw new IllegalArgumentException("an item id needs a guid or a link (source " + sourceId + ")");
        }
        byte[] digest = sha256(sourceId.trim() + "\n" + identity);
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /**
     * The id of an item whose guid the feed gives to other items with other links too (a CMS that gives every item
     * one guid): the guid identifies none of them, so guid and canonical link together do.
     *
     * @throws IllegalArgumentException when the guid or the link is missing
     */
    public static String sharedGuidItemId(String sourceId, String guid, String link) {
        if (guid == null || guid.isBlank() || link == null || link.isBlank()) {
            throw new IllegalArgumentException("an id of guid and link needs both (source " + sourceId + ")");
        }
        return itemId(sourceId, guid.trim() + "\nlink:" + UrlCanonicalizer.canonicalize(link), link);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
