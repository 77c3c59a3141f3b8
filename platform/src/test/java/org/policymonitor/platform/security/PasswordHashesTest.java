package org.policymonitor.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashesTest {

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = PasswordHashes.hash("s3cret!");
        assertThat(PasswordHashes.isBcrypt(hash)).isTrue();
        assertThat(PasswordHashes.matches("s3cret!".toCharArray(), hash)).isTrue();
        assertThat(PasswordHashes.matches("s3cret".toCharArray(), hash)).isFalse();
    }

    @Test
    void aPlainTextPasswordInConfigurationNeverAuthenticates() {
        assertThat(PasswordHashes.matches("admin".toCharArray(), "admin")).isFalse();
        assertThat(PasswordHashes.matches("".toCharArray(), null)).isFalse();
    }
}
