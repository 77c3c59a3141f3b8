package org.policymonitor.platform.security;

import org.policymonitor.platform.cache.LruMaps;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Credentials that bcrypt accepted a moment ago, so that a script or console sending the same HTTP Basic header on
 * every request pays bcrypt once rather than each time (cost 12 is ~0.3–0.6 s of CPU).
 * <p>
 * The password is never kept: an entry is the HMAC-SHA256, under a key drawn at random when the process starts, of
 * the user name, the stored bcrypt hash and the password. A memory dump therefore yields nothing an attacker can test
 * offline without the key, changing a user's hash makes the old entries unreachable, and every entry expires after
 * a short time. The number of entries is bounded (least recently used go first).
 */
public final class VerifiedCredentials {

    private final byte[] key = new byte[32];
    private final Duration expiry;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Instant> entries;

    public VerifiedCredentials(Duration expiry, int maxEntries, Clock clock) {
        new SecureRandom().nextBytes(key);
        this.expiry = expiry;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.entries = LruMaps.bounded(maxEntries);
    }

    /** True when these exact credentials were verified against this hash less than the expiry ago. */
    public boolean contains(String user, String passwordHash, char[] password) {
        if (maxEntries <= 0) {
            return false;
        }
        String k = fingerprint(user, passwordHash, password);
        synchronized (entries) {
            Instant expires = entries.get(k);
            if (expires == null) {
                return false;
            }
            if (!clock.instant().isBefore(expires)) {
                entries.remove(k);
                return false;
            }
            return true;
        }
    }

    /** Remembers credentials bcrypt has just accepted. */
    public void add(String user, String passwordHash, char[] password) {
        if (maxEntries <= 0) {
            return;
        }
        String k = fingerprint(user, passwordHash, password);
        synchronized (entries) {
            entries.put(k, clock.instant().plus(expiry));
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String fingerprint(String user, String passwordHash, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // length-prefixed fields: ("ab","c") and ("a","bc") must not collide
            update(mac, user.getBytes(StandardCharsets.UTF_8));
            update(mac, passwordHash.getBytes(StandardCharsets.UTF_8));
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] passwordBytes = new byte[encoded.remaining()];
            encoded.get(passwordBytes);
            update(mac, passwordBytes);
            Arrays.fill(passwordBytes, (byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static void update(Mac mac, byte[] field) {
        mac.update(ByteBuffer.allocate(4).putInt(field.length).array());
        mac.update(field);
    }
}
