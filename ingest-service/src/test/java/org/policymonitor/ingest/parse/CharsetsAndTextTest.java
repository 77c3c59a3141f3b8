package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetsAndTextTest {

    private static final Charset W1252 = Charset.forName("windows-1252");
    private static final String RUSSIAN = "Искусственный интеллект и цифровая экономика";

    @Test
    void theDeclaredCharsetIsUsedForSingleByteText() {
        byte[] koi8 = ("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><t>" + RUSSIAN + "</t>").getBytes(Charset.forName("KOI8-R"));
        assertThat(Charsets.decode(koi8, "application/xml", W1252)).contains(RUSSIAN);
        byte[] cp1251 = ("<t>" + RUSSIAN + "</t>").getBytes(Charset.forName("windows-1251"));
        assertThat(Charsets.decode(cp1251, "text/xml; charset=windows-1251", W1252)).contains(RUSSIAN);
    }

    @Test
    void aWrongUtf8HeaderDoesNotWinOverTheProlog() {
        byte[] cp1251 = ("<?xml version='1.0' encoding='windows-1251'?><t>" + RUSSIAN + "</t>").getBytes(Charset.forName("windows-1251"));
        assertThat(Charsets.decode(cp1251, "application/rss+xml; charset=UTF-8", W1252)).contains(RUSSIAN);
    }

    @Test
    void validUtf8IsUtf8WhateverTheLabelsSayAndTheBomIsRemoved() {
        byte[] utf8 = ("<?xml version='1.0' encoding='windows-1251'?><t>" + RUSSIAN + "</t>").getBytes(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(utf8, null, W1252)).contains(RUSSIAN);
        byte[] bom = new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'};
        assertThat(Charsets.decode(bom, "text/xml; charset=iso-8859-1", W1252)).isEqualTo("<a/>");
        byte[] utf16 = "\uFEFF<t>ß</t>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Charsets.decode(utf16, null, W1252)).isEqualTo("<t>ß</t>");
    }

    @Test
    void undeclaredNonUtf8TextUsesTheCallersFallback() {
        byte[] cp1251 = RUSSIAN.getBytes(Charset.forName("windows-1251"));
        assertThat(Charsets.decode(cp1251, null, Charset.forName("windows-1251"))).isEqualTo(RUSSIAN);
    }

    static Stream<Arguments> htmlAndItsText() {
        return Stream.of(
                Arguments.of("<p>MINSK &ndash; <b>AI</b> &amp; data</p><p>Second</p><script>alert(1)</script>",
                        "MINSK – AI & data\nSecond"),
                Arguments.of("Tom &amp;amp; Jerry &amp;laquo;show&amp;raquo;", "Tom & Jerry «show»"),
                Arguments.of("  padded\n\t\ttext  ", "padded text"),
                Arguments.of("<p> </p>", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlAndItsText")
    void htmlBecomesPlainTextWithEntitiesDecoded(String html, String expected) {
        assertThat(HtmlText.toPlainText(html)).isEqualTo(expected);
    }

    @Test
    void longTextIsCutAtAWord() {
        assertThat(HtmlText.truncate("one two three four", 10)).isEqualTo("one two…");
    }

    /** Text without a space to cut at (one long word, CJK) is cut between characters, never inside one. */
    @Test
    void textWithoutSpacesIsCutBetweenCharactersNotInsideOne() {
        String cut = HtmlText.truncate("数据" + "\uD840\uDC0B".repeat(10), 8);
        assertThat(cut).isEqualTo("数据\uD840\uDC0B\uD840\uDC0B…");
    }
}
