package org.policymonitor.alert.delivery.email;

import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Subject header written for subjects with characters outside the BMP, read back as a mail client reads it. */
class SubjectHeaderTest {

    @Test
    void onlySubjectsWithACharacterOutsideTheBmpAreEncodedHere() {
        assertThat(SubjectHeader.needsOwnEncoding("[PM] ai-law: Модельный закон")).isFalse();
        assertThat(SubjectHeader.needsOwnEncoding("[PM] ai-law: рост экспорта \uD83D\uDCC8")).isTrue();
    }

    /** A long subject is folded between words of at most 75 characters, none splitting a character, and decodes whole. */
    @Test
    void aLongSubjectIsFoldedIntoWordsOfWholeCharactersThatDecodeToIt() throws Exception {
        String subject = "[PM] ai-law: " + "модельный закон \uD83E\uDD16 ".repeat(9) + "end";
        String header = SubjectHeader.encode(subject);
        assertThat(header.split("\n ")).allSatisfy(word -> assertThat(word).hasSizeLessThanOrEqualTo(75)
                .startsWith("=?UTF-8?B?").endsWith("?=").matches("[\\x21-\\x7e]+"));
        assertThat(MimeUtility.decodeText(header.replace("\n ", "\r\n "))).isEqualTo(subject);
    }
}
