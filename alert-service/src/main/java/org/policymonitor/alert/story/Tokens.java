package org.policymonitor.alert.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words (letters and digits), lower-cased with ё→е and apostrophes dropped ("аб'яднаны" → "абяднаны"). */
final class Tokens {

    /** A word: its lower-cased form, whether it was written with a capital, and whether all in capitals. */
    record Token(String lower, boolean capitalised, boolean allCaps, boolean sentenceStart) {
    }

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        StringBuilder word = new StringBuilder();
        boolean sentenceStart = true;
        boolean initial = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if ((c == '\'' || c == '’' || c == 'ʼ') && !word.isEmpty() && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1))) {
                // apostrophe inside a word (Belarusian): the word goes on
            } else {
                if (!word.isEmpty()) {
                    String w = word.toString();
                    boolean capitalised = Character.isUpperCase(w.charAt(0));
                    boolean allCaps = w.length() > 1 && allCaps(w);
                    tokens.add(new Token(w.toLowerCase(Locale.ROOT).replace('ё', 'е'), capitalised, allCaps, sentenceStart));
                    initial = w.length() == 1 && capitalised;
                    word.setLength(0);
                    sentenceStart = false;
                } else if (c != ' ') {
                    initial = false;
                }
                // the period of an initial ("Б.И. Степанова") ends no sentence: the name after it is a name
                if (c == '.' && !initial || c == '!' || c == '?' || c == ':' || c == '«' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
            }
        }
        return tokens;
    }

    private static boolean allCaps(String w) {
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
                return false;
            }
        }
        return true;
    }
}
