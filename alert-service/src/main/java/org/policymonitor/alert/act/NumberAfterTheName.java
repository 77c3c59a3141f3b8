package org.policymonitor.alert.act;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act named by its kind and a few words of its name, its number set off after them by a comma, a bracket or a dash
 * and closing there, as news tells it (the acts34 round): "Президент подписал указ о ПВТ (№ 135).", "… указ о мерах —
 * № 135.", "Подписан указ «О мерах», № 135 от 12 марта 2025 г.", "The President signed a decree on the HTP, No. 135."
 * The name may be left out, the number set off right after the kind word and closing the sentence or clause ("Я
 * подписал указ, № 135.", "He signed the decree, No. 135.": the acts35 round; until 6 December 2026 it had to close with
 * a comma or a bracket, and a sentence's end was missed); only a kind word in the case of a subject or an object
 * ({@link #NAMED_ALONE}).
 * Without a comma, bracket or dash the words between a kind word and its marker are read by {@link ActExtractor}
 * itself. The name is words and quoted titles, no clause punctuation, no other act; the number is not another thing's
 * ("указ о школе, № 135" is the school's) nor a rank, and the issuer, government and bill checks are those of any act.
 */
final class NumberAfterTheName {

    /** The name after the kind word: up to twelve words or quoted titles, nothing that ends a clause; or none. */
    private static final String NAME = "(?<name>(?:\\s+(?:\\p{L}[\\p{L}\\d'’-]*|" + ActExtractor.GAP_TITLE + ")"
            + "|\\s*" + ActExtractor.GAP_TITLE + "){0,12}?)";
    private static final String NUMBER = "(?<marker>" + ActExtractor.MARKER + ")" + ActExtractor.AFTER_MARKER
            + "(?<num>\\d{1,4})(?:\\s*-\\s*(?<suf>[зz]))?(?![\\d\\p{L}]|[/.,]\\d|-[\\p{L}\\d])" + ActExtractor.RANKED;
    /** A comma, a bracket or a dash after the name, the number closing there (maybe with its date). */
    private static final Pattern SET_OFF = Pattern.compile("(?<kind>" + ActExtractor.KIND.pattern() + ")" + NAME
            + "\\s*(?:,|\\(|\\s[—–])\\s*" + NUMBER + "(?<date>\\s*,?\\s*" + ActExtractor.DATE_PHRASE + ")?"
            + "(?=\\s*(?:[,);.!?]|$))");

    /**
     * A kind word that may take the number right after its comma, the name left out: the act as the subject or the
     * object of a sentence ("Я подписал указ, № 135.", "He signed the decree, No. 135."), not in another case ("в
     * приложении к указу, № 3" numbers the appendix).
     */
    private static final Pattern NAMED_ALONE = Pattern.compile("(?:presidential\\s+)?(?:decree|edict|ukaz|ukase|law"
            + "|resolution|directive)|указ|ўказ|декрет|дэкрэт|закон|постановление|пастанов[ау]|директив[ау]"
            + "|дырэктыв[ау]");

    private NumberAfterTheName() {
    }

    /** Adds the acts whose number follows their name so, for kind words no reference covers yet. */
    static void read(String field, String text, String lower, int[] starts, List<ActReference> refs) {
        Matcher setOff = SET_OFF.matcher(lower).useTransparentBounds(true);
        for (int start : starts) {
            if (ActExtractor.covered(refs, start) || !markerAhead(lower, start)) {
                continue; // most kind words: no marker within reach, or the act read already
            }
            Matcher m = setOff.region(start, lower.length());
            if (!m.lookingAt() || ActExtractor.covered(refs, m.start("num"))) {
                continue;
            }
            String word = m.group("kind");
            if (m.group("name").isEmpty() && !NAMED_ALONE.matcher(word).matches()) {
                continue; // "В приложении к указу, № 3": the appendix's number, not the act's
            }
            if (ActExtractor.KIND.matcher(m.group("name")).find()
                    || ActExtractor.NUMBERS_ITS_OWN.matcher(m.group("name")).find() || ActExtractor.bill(lower, start)) {
                continue; // "Указ о законе, № 5", "указ о школе, № 135", "проект закона о …, № 5"
            }
            ActKind kind = kind(word);
            int numberEnd = m.end();
            if (kind == ActKind.RESOLUTION && !ActExtractor.governments(text, lower, start, numberEnd)
                    || ActIssuer.notBelarusian(text, lower, start, m.start("name"), numberEnd, kind == ActKind.RESOLUTION)) {
                continue; // "Путин подписал указ о …, № 135", "постановление Минздрава о …, № 240"
            }
            refs.add(ActExtractor.reference(kind, m.group("num"), m.group("suf") != null ? "-Z" : "",
                    ActExtractor.date(m.group("date")), text, field, start, m.end()));
        }
    }

    /** The kind a kind word names ("presidential decree" is a decree). */
    private static ActKind kind(String word) {
        String wire = ActExtractor.kindOf(word.startsWith("presidential") ? "decree" : word);
        for (ActKind k : ActKind.values()) {
            if (k.wire().equals(wire)) {
                return k;
            }
        }
        throw new IllegalStateException(word);
    }

    /** How far after the kind word its number may be told: a name of twelve words. */
    private static final int REACH = 200;

    /** Whether "№", "No", "#" or a number word stands within reach: cheap, before any pattern runs. */
    private static boolean markerAhead(String lower, int start) {
        int to = Math.min(lower.length(), start + REACH);
        for (int i = start; i < to; i++) {
            char c = lower.charAt(i);
            if (c == '№' || c == '#' || (c == 'n' && i + 1 < to && lower.charAt(i + 1) == 'o' && (i == 0
                    || !Character.isLetter(lower.charAt(i - 1))))) {
                return true;
            }
            if ((c == 'н' || c == 'n') && (lower.startsWith("номер", i) || lower.startsWith("нумар", i)
                    || lower.startsWith("number", i))) {
                return true;
            }
        }
        return false;
    }
}
