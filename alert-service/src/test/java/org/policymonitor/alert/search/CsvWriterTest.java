package org.policymonitor.alert.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void quotesWhatNeedsQuoting() {
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void defusesSpreadsheetFormulas() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.cell("-2")).isEqualTo("\"'-2\"");
    }
}
