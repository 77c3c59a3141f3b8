package org.policymonitor.platform.security;

import io.quarkus.elytron.security.common.BcryptUtil;

import java.security.SecureRandom;
import java.util.Base64;

/** Bcrypt hashing and verification; the helpers an operator uses to make a hash live in {@link HashPassword}. */
public final class PasswordHashes {

    /** The cost of the hashes {@link HashPassword} makes, and of the dummy hash when no user is configured. */
    public static final int DEFAULT_COST = 12;

    private PasswordHashes() {
    }

    public static boolean isBcrypt(String hash) {
        return hash != null && hash.matches("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    }

    /** Constant-time bcrypt comparison; false for anything that is not a valid bcrypt hash. */
    public static boolean matches(char[] password, String hash) {
        if (!isBcrypt(hash)) {
            return false;
        }
        try {
            return BcryptUtil.matches(new String(password), hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static String hash(String password) {
        return hash(password, DEFAULT_COST);
    }

    public static String hash(String password, int cost) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** The cost (log2 rounds) of a bcrypt hash; {@link #DEFAULT_COST} when it is not one. */
    public static int cost(String hash) {
        return isBcrypt(hash) ? Integer.parseInt(hash.substring(4, 6)) : DEFAULT_COST;
    }

    /**
     * A hash of a random password nobody knows, of the given cost: verified against when the user does not exist,
     * so that an unknown user costs the same time as a wrong password and user names cannot be probed.
     */
    public static String dummy(int cost) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return hash(Base64.getEncoder().encodeToString(random), cost);
    }
}
