package org.policymonitor.platform.security;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Bcrypt hashing and verification; the helpers an operator uses to make a hash live in {@link HashPassword}. */
public final class PasswordHashes {

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
        return BcryptUtil.bcryptHash(password, 12);
    }
}
