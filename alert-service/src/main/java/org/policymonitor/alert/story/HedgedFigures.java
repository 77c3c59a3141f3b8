package org.policymonitor.alert.story;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sixty-third round (issue 11, recall): a figure another site gives hedged and rounded. The weather service reports
 * "+34,6 °С", the refinery "11,8 млн т", the agency "68 мм"; the local paper the next morning writes «почти 35
 * градусов», «почти 12 млн тонн», "almost 70 mm", «больше 250 мест». Read as written the round figure was a figure of its
 * own, and two figures that differ are the sign of two reports ({@link KeyProfile#figuresDiffer}), so the retelling was
 * refused; round 56's {@link RoundedFigures} reads a rounding only within 1 %, from 100 on and never a percentage, as an
 * unhedged round figure may be another report's.
 * <p>
 * The hedge is what says the figure is rounded, and which way: "almost" ("почти", "амаль", "nearly") stands for a
 * precise figure under it, "more than" ("более", "больше", "свыше", "больш за", "over") for one over it, "about"
 * ("около", "каля", "around", "порядка") for either. The extractor writes a marker key beside the figure's
 * ({@code ≈<#35} beside {@code #35}); it weighs nothing and is no index entry. For one pair, a hedged figure is read as
 * the other side's stated figure (with the same unit or percent sign) that it rounds to fewer significant digits, on
 * the hedge's side of it and within 5 % of it. Both figures come parsed with the items' key profiles, once per item:
 * nothing is parsed per scored pair.
 */
final class HedgedFigures {

    /** The marker before a hedged figure's key: under it ("почти 35"), over it ("более 250"), either ("около 12"). */
    static final String BELOW = "≈<";
    static final String ABOVE = "≈>";
    static final String ABOUT = "≈~";
    /** How far the precise figure may be from the hedged one, as a share of the hedged one. */
    private static final BigDecimal WITHIN = new BigDecimal("0.05");
    /** The least a hedged figure may be: "почти 3" is a small count, not a figure rounded. */
    private static final BigDecimal LEAST = BigDecimal.valueOf(5);
    /** How far before a figure its hedge may start ("более чем на $", "почти до +"). */
    private static final int WINDOW = 32;

    private static final Set<String> UNDER = Set.of("почти", "амаль", "almost", "nearly");
    private static final Set<String> OVER = Set.of("более", "больше", "болей", "больш", "свыше", "звыш", "over", "more",
            "exceeding");
    private static final Set<String> AROUND = Set.of("около", "каля", "about", "around", "approximately", "roughly",
            "порядка", "примерно", "приблизительно", "прыкладна");
    /** The hedge word, a joining word ("более чем", "больш за", "почти до", "more than") and a sign or currency. */
    private static final Pattern HEDGE = Pattern.compile(
            "(?<!\\p{L})(почти|амаль|almost|nearly|около|каля|about|around|approximately|roughly|порядка|примерно|"
                    + "приблизительно|прыкладна|более|больше|болей|больш|свыше|звыш|over|more(?=\\s+than)|exceeding)"
                    + "(?:\\s+(?:чем|за|як|than|до|да|to|на|by))?[\\s\\u00a0]*(?:[$€£+\\-−–]|br|byn|usd|eur|rub)?[\\s\\u00a0]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private HedgedFigures() {
    }

    /** The marker of the hedge written right before {@code at} in {@code text}, or null when there is none. */
    static String before(String text, int at) {
        Matcher m = HEDGE.matcher(text).region(Math.max(0, at - WINDOW), at);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return UNDER.contains(word) ? BELOW : OVER.contains(word) ? ABOVE : ABOUT;
    }

    /** Words between a hedge and its number written in words ("почти до сорока", "больш за дваццаць", "more than"). */
    private static final Set<String> JOINERS = Set.of("чем", "за", "як", "than", "до", "да", "to", "на", "by");

    /** The marker of the hedge right before the token {@code at} (a number written in words), or null. */
    static String beforeToken(List<Tokens.Token> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && JOINERS.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 0 || tokens.get(k).punctuated()) {
            return null;
        }
        String word = tokens.get(k).lower();
        if (word.equals("more")) {
            return k == at - 2 && tokens.get(at - 1).lower().equals("than") ? ABOVE : null;
        }
        if (UNDER.contains(word)) {
            return BELOW;
        }
        if (OVER.contains(word)) {
            return ABOVE;
        }
        return AROUND.contains(word) ? ABOUT : null;
    }

    /** A figure key with its value and its unit or percent sign ({@code #34.6}, {@code #7.9%}, {@code #12t}). */
    record Stated(String key, BigDecimal value, BigDecimal stripped, String unit) {

        /** The figure of a key, or null for a date ({@code #09-25}), a compound ({@code #8:kbt}) or another key. */
        static Stated of(String key) {
            if (!key.startsWith(Keys.NUMBER)) {
                return null;
            }
            int i = Keys.NUMBER.length();
            int points = 0;
            while (i < key.length() && (Character.isDigit(key.charAt(i)) || key.charAt(i) == '.')) {
                points += key.charAt(i) == '.' ? 1 : 0;
                i++;
            }
            if (i == Keys.NUMBER.length() || points > 1 || key.charAt(i - 1) == '.' || key.charAt(1) == '.') {
                return null;
            }
            String unit = key.substring(i);
            for (int k = 0; k < unit.length(); k++) {
                char c = unit.charAt(k);
                if (!Character.isLetter(c) && c != '%') {
                    return null;
                }
            }
            BigDecimal v = new BigDecimal(key.substring(Keys.NUMBER.length(), i));
            return new Stated(key, v, v.stripTrailingZeros(), unit);
        }
    }

    /** A hedged figure: its key ({@code #35}), the marker that says which way, its value. */
    record Hedged(String marker, Stated figure) {

        /** Whether {@code precise} is the figure this one hedges and rounds (see the class). */
        boolean rounds(Stated precise) {
            Stated r = figure;
            if (!r.unit().equals(precise.unit()) || r.value().compareTo(LEAST) < 0
                    || r.value().compareTo(precise.value()) == 0
                    || r.stripped().precision() >= precise.stripped().precision()) {
                return false;
            }
            BigDecimal gap = precise.value().subtract(r.value());
            if (gap.abs().compareTo(r.value().multiply(WITHIN)) > 0) {
                return false;
            }
            return marker.equals(ABOUT) || marker.equals(BELOW) == (gap.signum() < 0);
        }
    }

    /** The hedged figures among an item's keys, read once per item ({@link KeyProfile}); mostly none. */
    static List<Hedged> hedgedOf(Collection<String> keys) {
        List<Hedged> out = null;
        for (String k : keys) {
            if (k.isEmpty() || k.charAt(0) != '≈' || k.length() <= BELOW.length()) {
                continue;
            }
            Stated s = Stated.of(k.substring(BELOW.length()));
            if (s != null && keys.contains(s.key())) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(new Hedged(k.substring(0, BELOW.length()), s));
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /** The figures an item states unhedged, the precise side's ({@link KeyProfile#stated(Set)}): read once per item. */
    static List<Stated> statedOf(Collection<String> keys) {
        List<Stated> out = null;
        for (String k : keys) {
            Stated s = Stated.of(k);
            if (s != null && !keys.contains(BELOW + k) && !keys.contains(ABOVE + k) && !keys.contains(ABOUT + k)) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(s);
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }
}
