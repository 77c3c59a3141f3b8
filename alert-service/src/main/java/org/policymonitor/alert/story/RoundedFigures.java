package org.policymonitor.alert.story;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fifty-sixth round (issue 11, recall): the same figure reported rounded. The statistics office and the agency give
 * "2 915,6 рубля", "86,7 млрд рублей", "470,51 рубля"; a newspaper or a finance site retelling the report writes "2915
 * рублей", "около 87 млрд", "более 3,6 тысячи", "470 рублей". Read as they are written the two are two figures, and
 * two figures that differ are the very sign of two reports (two months' wages, two programmes' budgets:
 * {@link KeyProfile#amountsDiffer}, {@link KeyProfile#figuresDiffer}), so the retelling was refused even where it
 * named the report's period and subject.
 * <p>
 * For one pair, a figure of one side that is a figure of the other rounded — to a whole number, or to fewer
 * significant digits, half up or cut — is read as that figure (the pair is scored as if the retelling had written it
 * in full). Narrow on purpose: sums, counts and prices of 100 and more only, two significant digits at least and
 * within 1 % of the precise figure; under a million rounded to a whole number or fewer decimals only, a sum of a
 * million and more to whole millions or billions too; never a percentage (5 % and 5.3 % are two months' inflation, not one figure
 * rounded), a date or a quantity with its unit; only a figure the precise side does not also state as written.
 * <p>
 * Both the PostgreSQL and the in-memory paths score the features an item was stored with, so reading the roundings
 * from the keys at scoring time needs no key, index row or migration of its own.
 */
final class RoundedFigures {

    /** The least a rounded figure may be: smaller ones are counts ("более 30") more often than figures rounded. */
    private static final BigDecimal LEAST = BigDecimal.valueOf(100);
    /** How far a rounded figure may be from the precise one, as a share of it. */
    private static final BigDecimal WITHIN = new BigDecimal("0.01");
    /** Sums from a million on are rounded to whole millions or billions ("около 87 млрд"), smaller figures to units. */
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private RoundedFigures() {
    }

    /** A plain figure key and its value, parsed once per item ({@link KeyProfile#figures}), not once per scored pair. */
    record Figure(String key, BigDecimal value, BigDecimal stripped) {

        static Figure of(String key) {
            BigDecimal v = RoundedFigures.value(key);
            return v == null ? null : new Figure(key, v, v.stripTrailingZeros());
        }
    }

    /**
     * {@code f} with each figure that is one of {@code precise}'s figures rounded read as that figure, or {@code f}
     * itself when it has none (the usual case: no copy, no new profile). The figures come parsed with the items' key
     * profiles: this runs for every scored pair, and parsing them here doubled the storing thread's CPU per item in the
     * system benchmark (0.14 → 0.28–0.31 ms, 7 December 2026).
     */
    static StoryFeatures readAsStatedIn(StoryFeatures f, StoryFeatures precise) {
        List<Figure> ownFigures = f.profile().figures();
        List<HedgedFigures.Hedged> hedged = f.profile().hedged();
        if (ownFigures.isEmpty() && hedged.isEmpty()) {
            return f;
        }
        List<Figure> preciseFigures = precise.profile().figures();
        Set<String> keys = null;
        for (int i = 0; i < ownFigures.size() && !preciseFigures.isEmpty(); i++) {
            Figure r = ownFigures.get(i);
            if (precise.keys().contains(r.key())) {
                continue; // stated alike on both sides
            }
            for (Figure p : preciseFigures) {
                if (rounds(p, r) && !f.keys().contains(p.key())) {
                    if (keys == null) {
                        keys = new HashSet<>(f.keys());
                    }
                    keys.remove(r.key());
                    keys.add(p.key());
                    break;
                }
            }
        }
        // Sixty-third round: a figure written hedged ("почти 35") is read as the precise figure it rounds
        // (HedgedFigures), the other side's stated ones read only then
        for (int i = 0; i < hedged.size(); i++) {
            HedgedFigures.Hedged h = hedged.get(i);
            String own = h.figure().key();
            if (precise.keys().contains(own) || keys != null && !keys.contains(own)) {
                continue; // stated alike on both sides, or read already as a rounding
            }
            for (HedgedFigures.Stated p : precise.profile().stated(precise.keys())) {
                if (h.rounds(p) && !f.keys().contains(p.key())) {
                    if (keys == null) {
                        keys = new HashSet<>(f.keys());
                    }
                    keys.remove(own);
                    keys.add(p.key());
                    break;
                }
            }
        }
        return keys == null ? f : new StoryFeatures(f.language(), f.at(), f.link(), f.simhash(), keys);
    }

    /** Whether the figure key {@code rounded} is the figure key {@code precise} rounded (see the class). */
    static boolean rounds(String precise, String rounded) {
        Figure p = Figure.of(precise);
        Figure r = Figure.of(rounded);
        return p != null && r != null && rounds(p, r);
    }

    private static boolean rounds(Figure precise, Figure rounded) {
        BigDecimal p = precise.value();
        BigDecimal r = rounded.value();
        if (r.compareTo(LEAST) < 0 || p.compareTo(r) == 0) {
            return false;
        }
        BigDecimal ps = precise.stripped();
        BigDecimal rs = rounded.stripped();
        if (rs.precision() < 2 || rs.precision() >= ps.precision()
                || p.subtract(r).abs().compareTo(p.multiply(WITHIN)) > 0) {
            return false;
        }
        // a figure under a million rounded to a whole number or fewer decimals ("2915" or "2916" for 2 915,6), not to
        // tens or thousands ("более 3,6 тысячи" stands for any wage from 3 600 to 3 699: Minsk's, or a region's
        // beside it); a sum of a million and more to whole millions or billions too ("около 87 млрд" for 86,7)
        int scale = p.compareTo(MILLION) < 0 ? Math.max(rs.scale(), 0) : rs.scale();
        return ps.setScale(scale, RoundingMode.HALF_UP).compareTo(r) == 0
                || ps.setScale(scale, RoundingMode.DOWN).compareTo(r) == 0;
    }

    /**
     * The whole numbers a figure with decimals under a million is rounded to ({@code #470} and {@code #471} for {@code
     * #470.51}), as keys: what {@link Keys#indexed} finds it by besides the figure as stated. None for any other key.
     */
    static List<String> wholeForms(String key) {
        BigDecimal p = value(key);
        if (p == null || p.scale() <= 0 || p.compareTo(LEAST) < 0 || p.compareTo(MILLION) >= 0) {
            return List.of();
        }
        String down = Keys.NUMBER + p.setScale(0, RoundingMode.DOWN).toPlainString();
        String up = Keys.NUMBER + p.setScale(0, RoundingMode.HALF_UP).toPlainString();
        return down.equals(up) ? List.of(down) : List.of(down, up);
    }

    /** The figures among these keys: plain numbers, no percentage, date or quantity with a unit. */
    static List<Figure> figuresOf(Collection<String> keys) {
        List<Figure> out = null;
        for (String k : keys) {
            Figure f = Figure.of(k);
            if (f != null) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(f);
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /** The value of a plain figure key ({@code #2915.6}), or null for any other key. */
    private static BigDecimal value(String key) {
        if (key.length() < 4 || !key.startsWith(Keys.NUMBER)) {
            return null; // "#9" and other counts under a hundred are never a figure rounded
        }
        int points = 0;
        for (int i = Keys.NUMBER.length(); i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.') {
                points++;
            } else if (c < '0' || c > '9') {
                return null; // a percentage, a date (#09-25), a quantity with its unit (#30kg)
            }
        }
        if (points > 1 || key.charAt(key.length() - 1) == '.' || key.charAt(Keys.NUMBER.length()) == '.') {
            return null;
        }
        return new BigDecimal(key.substring(Keys.NUMBER.length()));
    }
}
