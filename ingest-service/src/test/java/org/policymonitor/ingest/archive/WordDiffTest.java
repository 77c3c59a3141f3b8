package org.policymonitor.ingest.archive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.events.DiffChunk;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    final WordDiff diff = new WordDiff(2);

    /** Chunks written as {@code =equal -deleted +inserted}, separated by " | ". */
    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            a b c d e f g h                  ; a b c X e f g h                  ; =… b c | -d | +X | =e f …
            a b c d e f g h                  ; a b c d e f g h                  ; ''
            a b c                            ; a b c d                          ; =… b c | +d
            a b c                            ; b c                              ; -a | =b c
            one two three four five six      ; one 2 three four five 6          ; =one | -two | +2 | =three four five | -six | +6
            w1 w2 w3 w4 w5 w6 w7 w8 w9       ; w1 X w3 w4 w5 w6 w7 Y w9         ; =w1 | -w2 | +X | =w3 w4 … w6 w7 | -w8 | +Y | =w9
            Указ подписан 5 мая              ; Указ подписан 7 мая              ; =Указ подписан | -5 | +7 | =мая
            ''                               ; new text                         ; +new text
            old text                         ; ''                               ; -old text
            """)
    void wordDiffsKeepAFewWordsOfContextAroundEachChange(String older, String newer, String expected) {
        List<DiffChunk> chunks = diff.between(older, newer);
        String written = chunks.stream().map(c -> switch (c.op()) {
            case EQUAL -> "=" + c.text();
            case DELETE -> "-" + c.text();
            case INSERT -> "+" + c.text();
        }).collect(Collectors.joining(" | "));
        assertThat(written).isEqualTo(expected);
    }
}
