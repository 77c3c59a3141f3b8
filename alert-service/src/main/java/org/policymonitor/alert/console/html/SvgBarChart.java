package org.policymonitor.alert.console.html;

import org.policymonitor.alert.delivery.email.Html;
import org.policymonitor.platform.text.TextCut;

import java.util.List;

/**
 * Bar charts drawn as SVG by the service: no chart library, no script, nothing fetched from elsewhere, and they print.
 * Colours are presentation attributes (not inline styles), so the console's Content-Security-Policy allows them.
 */
public final class SvgBarChart {

    /** One bar: its label and count. */
    public record Bar(String label, long count) {
    }

    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 360;
    private static final int COLUMN = 18;
    private static final int COLUMNS_HEIGHT = 160;

    private SvgBarChart() {
    }

    /** Horizontal bars (themes, sources): one row per bar, the count at its end. */
    public static String horizontal(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = open(title, width, height);
        int y = 2;
        for (Bar bar : bars) {
            int w = (int) Math.max(1, Math.round((double) bar.count() / max * BAR_WIDTH));
            svg.append("<g><title>").append(Html.escape(bar.label() + ": " + bar.count())).append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" class=\"chart-label\">").append(Html.escape(shorten(bar.label(), 28)))
                    .append("</text><rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(w).append("\" height=\"").append(ROW - 6)
                    .append("\" class=\"chart-bar\"/><text x=\"").append(LABEL_WIDTH + w + 6).append("\" y=\"")
                    .append(y + 15).append("\" class=\"chart-value\">").append(bar.count()).append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical columns in order (days): labels under the first, last and every seventh column. */
    public static String columns(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        int width = Math.max(200, bars.size() * COLUMN + 60);
        int height = COLUMNS_HEIGHT + 40;
        StringBuilder svg = open(title, width, height);
        svg.append("<text x=\"0\" y=\"12\" class=\"chart-value\">").append(max).append("</text>");
        int x = 40;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int h = (int) Math.max(1, Math.round((double) bar.count() / max * COLUMNS_HEIGHT));
            svg.append("<g><title>").append(Html.escape(bar.label() + ": " + bar.count())).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(COLUMNS_HEIGHT - h + 16)
                    .append("\" width=\"").append(COLUMN - 4).append("\" height=\"").append(h)
                    .append("\" class=\"chart-bar\"/></g>");
            if (i == 0 || i == bars.size() - 1 || i % 7 == 0) {
                svg.append("<text x=\"").append(x).append("\" y=\"").append(COLUMNS_HEIGHT + 34)
                        .append("\" class=\"chart-label\">").append(Html.escape(bar.label())).append("</text>");
            }
            x += COLUMN;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(256).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title>").append(Html.escape(title)).append("</title>");
    }

    private static String shorten(String label, int max) {
        return TextCut.shortened(label, max);
    }
}
