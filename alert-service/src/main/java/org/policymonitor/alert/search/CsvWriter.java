package org.policymonitor.alert.search;

import org.policymonitor.events.Evidence;
import org.policymonitor.events.Tag;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV of items, safe to open in a spreadsheet (no formula injection from item text). */
public final class CsvWriter {

    public static final List<String> HEADER = List.of("id", "source_id", "source_name", "title", "link", "language",
            "published_at", "fetched_at", "themes", "evidence", "review_status", "ruleset_version",
            "story_id", "acts", "status", "version_count");

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void header() throws IOException {
        line(HEADER, false); // fixed names, nothing to defuse; unquoted so that tools matching the header still do
    }

    public void row(ItemRow r) throws IOException {
        List<String> evidence = new ArrayList<>();
        for (Tag t : r.tags()) {
            for (Evidence e : t.evidence()) {
                evidence.add(t.theme() + ": " + e.text() + " (" + e.field() + ")");
            }
        }
        line(List.of(r.id(), r.sourceId(), n(r.sourceName()), n(r.title()), n(r.link()), n(r.language()),
                r.publishedAt() == null ? "" : r.publishedAt().toString(),
                r.fetchedAt() == null ? "" : r.fetchedAt().toString(),
                String.join(";", r.themes()), String.join("; ", evidence), r.reviewStatus(), n(r.rulesetVersion()),
                n(r.storyId()), String.join(";", r.acts().stream().map(a -> a.id()).distinct().toList()),
                n(r.status()), String.valueOf(r.versionCount())));
    }

    private void line(List<String> cells) throws IOException {
        line(cells, true);
    }

    private void line(List<String> cells, boolean quote) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote ? cell(cells.get(i)) : cells.get(i));
        }
        out.write("\r\n");
    }

    /**
     * Every cell quoted, so that a reader splitting on ';' (the list separator of ru-BY and be-BY spreadsheets) or on
     * ',' keeps it whole: unquoted, {@code Report;=WEBSERVICE(...)} opens as two cells, the second a live formula.
     * A cell starting with = + - @ tab or CR is run as a formula by spreadsheets: a leading ' makes it text. So is
     * one starting with their full-width (＝ ＋ － ＠, what CJK input methods type) or small (﹦ ﹢ ﹣ ﹫) forms, which
     * spreadsheets read as the ASCII ones: the first character is compared in its compatibility (NFKC) form.
     */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && startsAFormula(v.charAt(0))) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static boolean startsAFormula(char c) {
        String compatible = c < 0x80 ? String.valueOf(c) : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return !compatible.isEmpty() && "=+-@\t\r".indexOf(compatible.charAt(0)) >= 0;
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
