package org.policymonitor.alert.story;

import java.util.ArrayList;
import java.util.Arrays;
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
        // the word's letters as written, then lower-cased in place: one string per token, not three (the builder's, the
        // lower-cased copy, the ё-less copy) — the consumer's JIT (C1 only) removes none of them
        char[] word = new char[32];
        int length = 0;
        boolean sentenceStart = true;
        boolean quoted = false;
        boolean initial = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = c;
            } else if ((c == '\'' || c == '’' || c == 'ʼ') && length > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)) && !possessive(text, i)) {
                // apostrophe inside a word (Belarusian): the word goes on
            } else {
                if (length > 0) {
                    boolean capitalised = Character.isUpperCase(word[0]);
                    boolean allCaps = length > 1 && allCaps(word, length);
                    // «Гомельводоканал»: one word in quotes is a name (a company's), not the start of a title
                    boolean start = sentenceStart && !(quoted && (c == '»' || c == '"' || c == '”'));
                    tokens.add(new Token(lower(word, length), capitalised, allCaps, start, punctuation(text, i)));
                    initial = length == 1 && capitalised;
                    length = 0;
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

    private static boolean allCaps(char[] w, int length) {
        for (int k = 0; k < length; k++) {
            char ch = w[k];
            if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code new String(word, 0, length).toLowerCase(Locale.ROOT).replace('ё', 'е')}, lower-casing {@code word} in
     * place. Letter by letter that is {@link Character#toLowerCase(char)} but for the two letters whose lower case
     * depends on more than the letter: «İ» becomes two characters and «Σ» a final «ς» at a word's end; a word with
     * either is lower-cased by {@link String#toLowerCase} as before. (A token holds no surrogates: they are no letter
     * or digit as a {@code char}.)
     */
    static String lower(char[] word, int length) {
        for (int k = 0; k < length; k++) {
            if (word[k] == '\u0130' || word[k] == '\u03a3') {
                return new String(word, 0, length).toLowerCase(Locale.ROOT).replace('ё', 'е');
            }
        }
        for (int k = 0; k < length; k++) {
            char lower = Character.toLowerCase(word[k]);
            word[k] = lower == 'ё' ? 'е' : lower;
        }
        return new String(word, 0, length);
    }
}
