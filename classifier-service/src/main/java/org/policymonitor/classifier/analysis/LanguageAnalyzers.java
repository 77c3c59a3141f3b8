package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * The analysis chain of each language, used for the item's fields and for the rules alike (a rule term goes
 * through the same chain, so «закон» in a rule and «законом» in an item meet at the same stem).
 * <ul>
 *   <li>English: Lucene's {@link EnglishAnalyzer}'s chain (possessive 's, lower case, Porter stemmer).</li>
 *   <li>Russian: standard tokenizer, lower case, ё → е, Snowball Russian stemmer (as Lucene's RussianAnalyzer).</li>
 *   <li>Belarusian: standard tokenizer, lower case, {@link CyrillicFoldingFilter} (ё, ў, akanne,
 *       apostrophes), {@link BelarusianStemmer}.</li>
 * </ul>
 * In each, the text is first read by {@link WebTextCharFilter} (HTML entities left in it, the narrow no-break space,
 * the apostrophe's look-alikes, full-width letters), and the tokenizer's tokens go through
 * {@link LookAlikeFoldingFilter} (a Latin «i» in a Cyrillic word, stress marks, soft hyphens) before lower case; in
 * Russian and Belarusian then {@link LoneLatinLetterFilter} (the conjunction «і» typed as a Latin «i»).
 * No stop words are removed: a phrase in a rule then matches word for word (each word by its stem), and
 * short words that are also stop words («IT», «и») cannot silently vanish from a rule.
 * Tokens of one or two letters are never stemmed: they are abbreviations («ИИ», «ШІ», «АИ»), and the Russian
 * stemmer would otherwise cut «ии» to «и».
 */
public final class LanguageAnalyzers {

    private static final Pattern SHORT_TOKEN = Pattern.compile(".{1,2}");

    private LanguageAnalyzers() {
    }

    public static Analyzer forLanguage(Language language) {
        return switch (language) {
            case EN -> new EnglishRuleAnalyzer();
            case RU -> new RussianRuleAnalyzer();
            case BE -> new BelarusianAnalyzer();
        };
    }

    /** Lucene's {@link EnglishAnalyzer} without stop words, its tokens first folded by {@link LookAlikeFoldingFilter}. */
    static final class EnglishRuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LookAlikeFoldingFilter(source);
            result = new EnglishPossessiveFilter(result);
            result = new LowerCaseFilter(result);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new WebTextCharFilter(reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new LookAlikeFoldingFilter(in));
        }
    }

    static final class RussianRuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(new LoneLatinLetterFilter(new LookAlikeFoldingFilter(source)));
            result = new CyrillicFoldingFilter(result, false);
            result = new PatternKeywordMarkerFilter(result, SHORT_TOKEN);
            result = new SnowballFilter(result, new RussianStemmer());
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new WebTextCharFilter(reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new CyrillicFoldingFilter(new LowerCaseFilter(new LookAlikeFoldingFilter(in)), false);
        }
    }

    /** Belarusian analysis; see {@link BelarusianStemmer} for how the stems are made. */
    public static final class BelarusianAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(new LoneLatinLetterFilter(new LookAlikeFoldingFilter(source)));
            result = new CyrillicFoldingFilter(result, true);
            result = new PatternKeywordMarkerFilter(result, SHORT_TOKEN);
            result = new BelarusianStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new WebTextCharFilter(reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new CyrillicFoldingFilter(new LowerCaseFilter(new LookAlikeFoldingFilter(in)), true);
        }
    }
}
