package org.policymonitor.alert.console.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgBarChartTest {

    @Test
    void barsAreProportionalAndLabelsEscaped() {
        String svg = SvgBarChart.horizontal("Per source", List.of(new SvgBarChart.Bar("BelTA <ru>", 10),
                new SvgBarChart.Bar("NASB", 5)));
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("BelTA &lt;ru&gt;")
                .contains("width=\"360\"").contains("width=\"180\"").doesNotContain("style=");
    }

    @Test
    void columnsLabelFirstAndLastDay() {
        String svg = SvgBarChart.columns("Per day", List.of(new SvgBarChart.Bar("2026-01-01", 1),
                new SvgBarChart.Bar("2026-01-02", 0), new SvgBarChart.Bar("2026-01-03", 4)));
        assertThat(svg).contains(">2026-01-01<").contains(">2026-01-03<").doesNotContain(">2026-01-02<");
    }
}
