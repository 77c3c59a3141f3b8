package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms of a word must meet at one index term, in Belarusian and in Russian. */
class BelarusianStemmerTest {

    static List<String> terms(Language language, String text) throws IOException {
        Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @ParameterizedTest(name = "be: {0} ~ {1}")
    @CsvSource({
            "штучны інтэлект, штучнага інтэлекту",
            "штучны інтэлект, штучным інтэлектам",
            "штучны інтэлект, штучным інтэлекце",
            "стандарт, стандартаў",
            "стандарт, стандарце",
            "стандарт, стандартамі",
            "закон, законам",
            "закон, законе",
            "рэгуляванне, рэгулявання",
            "рэгуляванне, рэгуляванні",
            "нейрасетка, нейрасеткі",
            "нейрасетка, нейрасетцы",
            "дзяржава, дзяржаве",
            "дзяржава, дзяржавай",
            "тэхналогія, тэхналогіях",
            "каланізацыя, каланізацыі",
            "кіберзлачыннасць, кіберзлачыннасці",
            "кіберзлачыннасць, кіберзлачыннасцю",
            "персанальныя даныя, персанальных даных",
            "суверэнітэт, суверэнітэту",
            "Саюзная дзяржава, Саюзнай дзяржавы",
            "аб'яднаны, аб’яднаны",
            "дзяржаўны, дзяржауны",
    })
    void belarusianFormsShareTheirStems(String base, String inflected) throws IOException {
        assertThat(terms(Language.BE, inflected)).isEqualTo(terms(Language.BE, base));
    }

    @ParameterizedTest(name = "ru: {0} ~ {1}")
    @CsvSource({
            "искусственный интеллект, искусственного интеллекта",
            "искусственный интеллект, искусственным интеллектом",
            "закон, законе",
            "персональные данные, персональных данных",
            "киберпреступность, киберпреступности",
            "суверенитет, суверенитетом",
            "ёлка, елки",
    })
    void russianFormsShareTheirStems(String base, String inflected) throws IOException {
        assertThat(terms(Language.RU, inflected)).isEqualTo(terms(Language.RU, base));
    }

    @Test
    void abbreviationsAreNotStemmed() throws IOException {
        assertThat(terms(Language.RU, "ИИ и АИ")).containsExactly("ии", "и", "аи");
        assertThat(terms(Language.BE, "ШІ")).containsExactly("ші");
    }

    @Test
    void differentWordsStayApart() throws IOException {
        assertThat(terms(Language.BE, "закон")).isNotEqualTo(terms(Language.BE, "завод"));
        assertThat(BelarusianStemmer.stem("сад")).isEqualTo("сад");
    }
}
