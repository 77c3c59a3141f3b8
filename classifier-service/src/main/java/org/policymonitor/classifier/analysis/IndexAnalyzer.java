package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.HashMap;
import java.util.Map;

/**
 * The one analyzer of the engine, shared by items and rules: each language-specific field
 * ({@link Fields#indexed}) gets its language's chain, {@code source} is a lower-cased keyword.
 * Lucene analyzers are thread-safe, so one instance serves every thread.
 */
public final class IndexAnalyzer {

    private static final Analyzer INSTANCE = build();

    private IndexAnalyzer() {
    }

    public static Analyzer get() {
        return INSTANCE;
    }

    private static Analyzer build() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
            for (String field : Fields.TEXT) {
                perField.put(Fields.indexed(field, language), analyzer);
            }
            perField.put(Fields.indexed(Fields.ALL, language), analyzer);
        }
        perField.put(Fields.SOURCE, new LowerCaseKeywordAnalyzer());
        return new PerFieldAnalyzerWrapper(LanguageAnalyzers.forLanguage(Language.EN), perField);
    }

    static final class LowerCaseKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
