package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WebTextCharFilter} on its own: what it reads each entity and look-alike as, what it leaves as written, and
 * that every token's offsets still slice the text as written — wherever an entity falls against the filter's
 * read-ahead, on a text of a megabyte, and when the caller reads one character at a time.
 */
class WebTextCharFilterTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a&nbsp;b               | a\u00A0b
            a&#160;b&#xa0;c&#XA0;d | a\u00A0b\u00A0c\u00A0d
            a&amp;nbsp;b           | a\u00A0b
            a&amp;amp;nbsp;b       | a\u00A0b
            AT&amp;T               | AT&T
            AT&T                   | AT&T
            a&unknown;b            | a&unknown;b
            a&nbsp b               | a&nbsp b
            a&#;b&#x;c&#0;d        | a&#;b&#x;c&#0;d
            a&#99999999;b          | a&#99999999;b
            a&#xD800;b             | a&#xD800;b
            x&#128512;y            | x😀y
            end&nbsp               | end&nbsp
            №\u202F200             | № 200
            камп′ютар камп`ютар    | камп’ютар камп’ютар
            ＡＩ１２               | AI12
            """)
    void readsEntitiesAndLookAlikesAsTheirCharacters(String written, String read) throws IOException {
        assertThat(filtered(unescape(written), 4096)).isEqualTo(unescape(read));
        assertThat(filtered(unescape(written), 1)).as("read one character at a time").isEqualTo(unescape(read));
    }

    @Test
    void tokenOffsetsSliceTheTextAsWrittenWhereverAnEntityFalls() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            // every distance to the filter's read-ahead boundary, entities of each length and a supplementary one
            text.append("слова".repeat(i % 7)).append(i % 3 == 0 ? "&nbsp;" : i % 3 == 1 ? "&amp;#8209;" : "&#128512;")
                    .append("интеллект").append(' ');
        }
        String written = text.toString();
        Analyzer analyzer = LanguageAnalyzers.forLanguage(Language.RU);
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream("f", written)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String slice = written.substring(offset.startOffset(), offset.endOffset());
                if (term.toString().startsWith("интеллект")) {
                    assertThat(slice).as("token %d", tokens).isEqualTo("интеллект");
                }
                assertThat(slice).doesNotContain(" ");
                tokens++;
            }
            stream.end();
        }
        assertThat(tokens).isGreaterThan(50_000);
    }

    private static String filtered(String text, int chunk) throws IOException {
        List<Character> out = new ArrayList<>();
        try (Reader reader = new WebTextCharFilter(new StringReader(text))) {
            char[] buffer = new char[chunk];
            int n;
            while ((n = reader.read(buffer, 0, chunk)) >= 0) {
                for (int i = 0; i < n; i++) {
                    out.add(buffer[i]);
                }
            }
        }
        StringBuilder s = new StringBuilder();
        out.forEach(s::append);
        return s.toString();
    }

    private static String unescape(String s) {
        return s.replace("\\u00A0", "\u00A0").replace("\\u202F", "\u202F");
    }
}
