package org.policymonitor.alert.act;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act's own date where it is not next to the number: after the act's title or a "was signed"
 * ("Edict No. 97 'On Measures …' of 10 April 2030", "Law No. 305-Z 'On …' was signed on 2 December 2030", "Указ № 97
 * «О мерах …» подписан 10 апреля 2030 г.", "The Law 'On Personal Data Protection' of 7 May 2021"), or at the start of
 * the clause whose verb signed it ("On 1 April 2025, Aleksandr Lukashenko signed Decree No. 135", "Аляксандр Лукашэнка
 * 2 снежня 2030 года падпісаў Закон «…»"). A Belarusian decree or law is dated the day the President signs it, so that
 * day is the act's date; the day a chamber adopted a bill, or an act takes effect, is not.
 */
final class ActDates {

    /** A quoted title without digits (a title with a number may name another act, read on its own). */
    private static final String TITLE = "[«\"'‘“„][^«»\"'‘’“”„\\d\\n]{2,150}[»\"'’”“]";
    /** "was signed on", "signed on", "подписан", "подписанный", "падпісаны": the act's signing, told after it. */
    private static final String SIGNED_PASSIVE = "(?:(?:was|were|has\\s+been|have\\s+been)\\s+signed\\s+(?:on\\s+)?"
            + "|signed\\s+on\\s+|(?:был\\s+|была\\s+|были\\s+)?подписан\\p{L}*\\s+|падпісан\\p{L}*\\s+)";
    private static final String DATE_AFTER = "(?:" + ActExtractor.DATE_PHRASE + "|" + SIGNED_PASSIVE
            + ActExtractor.DATE + ")";

    /** After a number: a title, then its date or signing ("… 'On …' of 2 June", "… 'On …' was signed on 2 June"). */
    private static final Pattern AFTER_NUMBER = Pattern.compile(
            "\\s*(?:" + TITLE + "\\s*,?\\s*" + DATE_AFTER + "|,?\\s*" + SIGNED_PASSIVE + ActExtractor.DATE + ")");
    /** After a law's title as recognised (its first words): the rest of the title and its closing quote, then a date. */
    private static final Pattern AFTER_TITLE = Pattern.compile(
            "(?:[^«»\"'‘’“”„\\d\\n]{0,150}?[»\"'’”“])?\\s*,?\\s*" + DATE_AFTER);

    /** The verb that signed the act, right before its kind word (an article may come between). */
    private static final Set<String> SIGNED = Set.of("signed", "signs", "подписал", "подписала", "подписали", "падпісаў",
            "падпісала", "падпісалі");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Pattern DATE = Pattern.compile(ActExtractor.DATE);
    /** A word that puts the clause's date in a phrase of its own ("after the talks on 2 June, … signed"). */
    private static final Pattern PREPOSITION = Pattern.compile("after|before|since|until|following|at|in|by|with|from"
            + "|to|for|during|после|до|с|со|по|при|за|на|к|из|от|для|о|об|пасля|да|з|са|па|пры|ад|аб|падчас|во|ва");
    /** Words at most in the clause besides its date: a subject ("the head of state", "Аляксандр Лукашэнка"). */
    private static final int MAX_CLAUSE_WORDS = 5;

    private ActDates() {
    }

    /** A date told after an act's number (past its title), or null; {@link Dated#end} is where the date ends. */
    static Dated afterNumber(String lower, int from) {
        return dated(AFTER_NUMBER.matcher(lower), from);
    }

    /** A date told after a law's title as recognised, or null. */
    static Dated afterTitle(String lower, int from) {
        return dated(AFTER_TITLE.matcher(lower), from);
    }

    private static Dated dated(Matcher m, int from) {
        if (!m.region(from, m.regionEnd()).lookingAt()) {
            return null;
        }
        LocalDate date = ActExtractor.date(m.group()); // what is skipped has no digits: the first date is the act's
        return date == null ? null : new Dated(date, m.end());
    }

    /**
     * The date at the start of the clause whose verb, right before {@code kindStart}, signed the act ("On 1 April
     * 2025, Aleksandr Lukashenko signed Decree …"), or null: no signing verb there, no date, or a date in a phrase of
     * its own (a preposition other than "on"/"в" before it, or more than a subject's few words besides it).
     */
    static LocalDate signedOn(String lower, int kindStart) {
        int verb = wordBefore(lower, kindStart);
        if (verb >= 0 && ARTICLES.contains(lower.substring(verb, wordEnd(lower, verb)))) {
            verb = wordBefore(lower, verb);
        }
        if (verb < 0 || !SIGNED.contains(lower.substring(verb, wordEnd(lower, verb)))) {
            return null;
        }
        int clauseStart = Sentences.start(lower, verb, Math.max(0, verb - 200));
        String clause = lower.substring(clauseStart, verb);
        Matcher d = DATE.matcher(clause);
        int dateStart = -1;
        int dateEnd = -1;
        while (d.find()) {
            dateStart = d.start();
            dateEnd = d.end();
        }
        if (dateStart < 0) {
            return null;
        }
        String[] before = words(clause.substring(0, dateStart));
        String[] after = words(clause.substring(dateEnd));
        int count = 0;
        for (int i = 0; i < before.length; i++) {
            boolean onTheDay = i == before.length - 1 && before[i].matches("on|в|у|ў");
            if (!onTheDay && PREPOSITION.matcher(before[i]).matches()) {
                return null;
            }
            count += onTheDay ? 0 : 1;
        }
        for (String w : after) {
            if (PREPOSITION.matcher(w).matches()) {
                return null;
            }
            count++;
        }
        return count > MAX_CLAUSE_WORDS ? null : ActExtractor.date(clause.substring(dateStart, dateEnd));
    }

    /** Where the word before {@code at} (after spaces) starts, or -1 when punctuation or the text's start comes first. */
    private static int wordBefore(String lower, int at) {
        int end = at;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        return end == at || start == end ? -1 : start;
    }

    private static int wordEnd(String lower, int start) {
        int end = start;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The words of a piece of clause; a comma or a year word ("года", "г.") is no word of it. */
    private static String[] words(String piece) {
        String cleaned = piece.replaceAll("(?<!\\p{L})(?:года|год|гады|г\\.|г(?!\\p{L})|year)(?!\\p{L})", " ")
                .replaceAll("[,\\s]+", " ").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }

    /** A date read after a reference, and where its phrase ends (the reference's evidence reaches there). */
    record Dated(LocalDate date, int end) {
    }
}
