package org.policymonitor.alert.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words (letters and digits), lower-cased with ё→е and apostrophes dropped ("аб'яднаны" → "абяднаны"). */
final class Tokens {

    /**
     * A word: its lower-cased form, whether it was written with a capital, whether all in capitals, whether it starts
     * a sentence, and whether a punctuation mark follows it ("Amkodor, Petrov": two names, not a first name and a
     * surname).
     */
    record Token(String lower, boolean capitalised, boolean allCaps, boolean sentenceStart, boolean punctuated) {
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
        boolean quoted = false;
        boolean initial = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if ((c == '\'' || c == '’' || c == 'ʼ') && !word.isEmpty() && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)) && !possessive(text, i)) {
                // apostrophe inside a word (Belarusian): the word goes on
            } else {
                if (!word.isEmpty()) {
                    String w = word.toString();
                    boolean capitalised = Character.isUpperCase(w.charAt(0));
                    boolean allCaps = w.length() > 1 && allCaps(w);
                    // «Гомельводоканал»: one word in quotes is a name (a company's), not the start of a title
                    boolean start = sentenceStart && !(quoted && (c == '»' || c == '"' || c == '”'));
                    tokens.add(new Token(w.toLowerCase(Locale.ROOT).replace('ё', 'е'), capitalised, allCaps, start,
                            punctuation(text, i)));
                    initial = w.length() == 1 && capitalised;
                    word.setLength(0);
                    sentenceStart = false;
                    quoted = false;
                } else if (c != ' ') {
                    initial = false;
                }
                if (possessive(text, i)) {
                    i++; // "China's": the word is "China", the "s" no word of its own
                    continue;
                }
                // the period of an initial ("Б.И. Степанова") ends no sentence: the name after it is a name
                if (c == '.' && !initial || c == '!' || c == '?' || c == ':' || c == '«' || c == '"' || c == '“') {
                    sentenceStart = true;
                    quoted = c == '«' || c == '"' || c == '“';
                } else if (c != ' ') {
                    quoted = false;
                }
            }
        }
        return tokens;
    }

    /** An English possessive after a Latin word: an apostrophe, "s" and no more letters ("China's"). */
    private static boolean possessive(String text, int i) {
        if (i <= 0 || i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        char s = text.charAt(i + 1);
        return (c == '\'' || c == '’') && (s == 's' || s == 'S') && text.charAt(i - 1) < '\u0400'
                && Character.isLetter(text.charAt(i - 1)) && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    /** Whether the first character after the word (at {@code i}) that is not a space is a punctuation mark. */
    private static boolean punctuation(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return !Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '’';
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
