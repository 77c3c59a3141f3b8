package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Folds spelling variants that writers use interchangeably, on lower-cased tokens. Works on the token only
 * (not as a char filter), so offsets still point into the original text and evidence shows what was written.
 * <ul>
 *   <li>Russian: ё → е (most Russian text omits the dots).</li>
 *   <li>Belarusian ({@code belarusian=true}) additionally: ў → у (ў is the non-syllabic variant of у that
 *       appears after a vowel: «у Мінску» / «ва ўрадзе», «дзяржава» / «дзяржаўны»), о → а (Belarusian writes
 *       the akanne: an unstressed о is written а, so «закон» / «законапраект», «горад» / «гарады» differ only
 *       by stress), and apostrophes are dropped («аб'яднаны», «аб’яднаны» and «абʼяднаны» are one word).</li>
 * </ul>
 */
public final class CyrillicFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean belarusian;

    public CyrillicFoldingFilter(TokenStream input, boolean belarusian) {
        super(input);
        this.belarusian = belarusian;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == 'ё') {
                c = 'е';
            } else if (belarusian) {
                if (c == 'ў') {
                    c = 'у';
                } else if (c == 'о') {
                    c = 'а';
                } else if (c == '\'' || c == '’' || c == 'ʼ' || c == '`') {
                    continue;
                }
            }
            buffer[out++] = c;
        }
        term.setLength(out);
        return true;
    }
}
