package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * In Russian and Belarusian text, a word of one Latin letter that looks like a Cyrillic one is that Cyrillic letter:
 * the conjunction «і» typed as the Latin «i» (keyboards without the Belarusian letter — very common in real
 * Belarusian text), the prepositions «с», «у», «о» and the conjunction «а» typed in the wrong layout. Such a word has
 * no Cyrillic letter beside it, so {@link LookAlikeFoldingFilter} (which folds a word mixing the scripts) leaves it,
 * and a phrase through it («Міністэрства сувязі і інфарматызацыі») did not match. The rules of these languages name
 * no one-letter Latin word. Term text only: the offsets, hence the evidence, stay as written.
 */
public final class LoneLatinLetterFilter extends TokenFilter {

    /** Latin letters and, at the same index, their Cyrillic twins (as platform's {@code LookAlikeLetters}). */
    private static final String LATIN = "ABCEHIKMOPTXYaceiopxy";
    private static final String CYRILLIC = "АВСЕНІКМОРТХУасеіорху";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public LoneLatinLetterFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() == 1) {
            int twin = LATIN.indexOf(term.buffer()[0]);
            if (twin >= 0) {
                term.buffer()[0] = CYRILLIC.charAt(twin);
            }
        }
        return true;
    }
}
