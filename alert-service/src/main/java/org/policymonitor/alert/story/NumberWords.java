package org.policymonitor.alert.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers written in words, from ten to a hundred, in English, Russian and Belarusian (any inflection: "сорока",
 * "дваццаці", "пятнадцати"), with a following unit word ("twenty-five", "двадцать пять", "дваццаць пяць"), so that
 * "forty points" meets "40 пунктов". Smaller numbers are left out, as the digits are: small counts are everywhere.
 */
final class NumberWords {

    /** Stems of the tens and teens; each is matched as a word prefix, the value is the stem's. */
    private static final String[][] TENS = {
            {"10", "ten", "десят", "дзесяц", "дзесяці"},
            {"11", "eleven", "одиннадцат", "адзінаццац"},
            {"12", "twelve", "двенадцат", "дванаццац"},
            {"13", "thirteen", "тринадцат", "трынаццац"},
            {"14", "fourteen", "четырнадцат", "чатырнаццац"},
            {"15", "fifteen", "пятнадцат", "пятнаццац"},
            {"16", "sixteen", "шестнадцат", "шаснаццац"},
            {"17", "seventeen", "семнадцат", "сямнаццац"},
            {"18", "eighteen", "восемнадцат", "васямнаццац"},
            {"19", "nineteen", "девятнадцат", "дзевятнаццац"},
            {"20", "twenty", "двадцат", "дваццац"},
            {"30", "thirty", "тридцат", "трыццац"},
            {"40", "forty", "сорок", "сорак", "сарака"},
            {"50", "fifty", "пятьдесят", "пятидесят", "пяцьдзясят", "пяцідзесяц"},
            {"60", "sixty", "шестьдесят", "шестидесят", "шэсцьдзясят", "шасцідзесяц"},
            {"70", "seventy", "семьдесят", "семидесят", "семдзесят", "сямідзесяц"},
            {"80", "eighty", "восемьдесят", "восьмидесят", "восемдзесят", "васьмідзесяц"},
            {"90", "ninety", "девяносто", "девяноста", "дзевяноста"},
            {"100", "hundred", "сто", "ста"}};

    /** Units after a ten: "twenty-five", "двадцать пять", "дваццаць пяць". */
    private static final String[][] UNITS = {
            {"1", "one", "один", "одна", "одно", "одного", "адзін", "адна", "аднаго"},
            {"2", "two", "два", "две", "двух", "дзве", "дзвюх"},
            {"3", "three", "три", "трех", "тры", "трох"},
            {"4", "four", "четыре", "четырех", "чатыры", "чатырох"},
            {"5", "five", "пять", "пяти", "пяць", "пяці"},
            {"6", "six", "шесть", "шести", "шэсць", "шасці"},
            {"7", "seven", "семь", "семи", "сем", "сямі"},
            {"8", "eight", "восемь", "восьми", "восем", "васьмі"},
            {"9", "nine", "девять", "девяти", "дзевяць", "дзевяці"}};

    /**
     * Fifty-fifth round: the unit of a compound numeral after its ten that {@link #UNITS} does not read on its own —
     * an ORDINAL's unit ("двадцать девятого", "дваццаць дзявятага", "thirty-first", "трыццаць першым") and a
     * cardinal's in the other cases ("трыццаці адной", "двадцати двум", "сорока пятью"). Stems, each with an ending of
     * at most three letters ("девят" + "ого", "трэц" + "яга"); read only right after a ten, where they cannot be
     * another word ("семью" alone is a family, "второй" alone the second of anything; the English ordinals are whole
     * words only: "second" alone is a unit of time).
     */
    private static final String[][] UNITS_AFTER_A_TEN = {
            {"1", "first", "перв", "перш", "одной", "одним", "одному", "одну", "адной", "адным", "адну"},
            {"2", "second", "втор", "другі", "другога", "другім", "другому", "двум", "двумя", "дзвюм", "дзвюма"},
            {"3", "third", "трети", "треть", "трэц", "трем", "тремя", "тром", "трыма"},
            {"4", "fourth", "четверт", "чацверт", "четырем", "четырьмя", "чатыром", "чатырма"},
            {"5", "fifth", "пят", "пяццю"},
            {"6", "sixth", "шест", "шост", "шасцю"},
            {"7", "seventh", "седьм", "семы", "семага", "семым", "семай", "семую"},
            {"8", "eighth", "восьм", "васьм", "восем"},
            {"9", "ninth", "девят", "дзевят", "дзявят", "дзевяццю"}};

    /**
     * The combining forms that begin a compound word with a number: "восьмикубитного", "васьмікубітнага" (= "8-qubit"),
     * "трехлетний", "пяцігадовы". "одно"/"дву" are left out: "одновременно", "двусторонний" are no counts.
     */
    private static final String[][] COMBINING = {
            {"2", "двух"}, {"3", "трех", "трох"}, {"4", "четырех", "чатырох"}, {"5", "пяти", "пяці"},
            {"6", "шести", "шасці"}, {"7", "семи", "сямі"}, {"8", "восьми", "васьмі"}, {"9", "девяти", "дзевяці"},
            {"10", "десяти", "дзесяці"}};
    /** Words that only look like compounds of a number ("семинар" is no seven). */
    private static final String[] NOT_COMPOUNDS = {"семинар", "семитск", "пятилетк"};
    /** The letters of the glued word's skeleton kept: enough to tell qubits from years, few enough for inflection. */
    private static final int COMPOUND_SKELETON = 3;

    /** Whole words (English words, short stems) and stems (with an ending of at most three letters), by value. */
    private static final Map<String, Integer> WHOLE = new HashMap<>();
    private static final Map<String, Integer> STEMS = new HashMap<>();
    private static final Map<String, Integer> UNIT_WORDS = new HashMap<>();
    private static final Map<String, Integer> COMBINING_FORMS = new HashMap<>();
    private static final Map<String, Integer> AFTER_A_TEN = new HashMap<>();

    static {
        for (String[] row : TENS) {
            for (int k = 1; k < row.length; k++) {
                // English words and short stems ("сто", "ста") only as whole words, not "tender", "стол"; others with
                // an inflection ending of at most three letters ("сорока", "пятнадцатью"), not "десятилетие"
                boolean whole = row[k].length() <= 3 || row[k].matches("[a-z]+");
                (whole ? WHOLE : STEMS).put(row[k], Integer.parseInt(row[0]));
            }
        }
        for (String[] row : UNITS) {
            for (int k = 1; k < row.length; k++) {
                UNIT_WORDS.put(row[k], Integer.parseInt(row[0]));
            }
        }
        for (String[] row : UNITS_AFTER_A_TEN) {
            for (int k = 1; k < row.length; k++) {
                AFTER_A_TEN.put(row[k], Integer.parseInt(row[0]));
            }
        }
        for (String[] row : COMBINING) {
            for (int k = 1; k < row.length; k++) {
                COMBINING_FORMS.put(row[k], Integer.parseInt(row[0]));
            }
        }
    }

    /** {@link #STEMS} and {@link #COMBINING_FORMS}, looked up by a word's first letters without cutting them out. */
    private static final PrefixMap<Integer> STEM_INDEX = new PrefixMap<>(STEMS);
    private static final PrefixMap<Integer> COMBINING_INDEX = new PrefixMap<>(COMBINING_FORMS);
    private static final PrefixMap<Integer> AFTER_A_TEN_INDEX = new PrefixMap<>(AFTER_A_TEN);

    private NumberWords() {
    }

    /**
     * The values of the numbers written in words among the tokens: tens and teens with their units, small numbers
     * from two to nine on their own ("nine", "девяти", "дзевяць"), and numbers glued to a word ("восьмикубитного":
     * {@code 8} and the compound {@code 8:kbt}, which "8-qubit" gives too). A compound numeral is read whole, its unit
     * cardinal or ordinal ("двадцать девятого созыва" = 29, as "29-го созыва" and "29th" read: a convocation's or an
     * edition's number is a figure every version states); a day of a month in words is a date, as the digits are
     * ({@link FeatureExtractor#otherDay}): "двадцать пятого сентября" is the date {@code 09-25} when it is another day
     * than {@code at}'s, nothing when it is today's or the next (every item of the day names it), never the count 25.
     */
    static List<String> values(List<Tokens.Token> tokens, Instant at) {
        return values(tokens, at, new ArrayList<>(0));
    }

    /**
     * {@link #values(List, Instant)}, and the marker key of each number written after a hedge ("почти пять миллионов",
     * "almost forty per cent": {@link HedgedFigures}) added to {@code hedged}.
     */
    static List<String> values(List<Tokens.Token> tokens, Instant at, List<String> hedged) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            if (!Character.isLetter(word.charAt(0))) {
                continue;
            }
            int tens = tens(word);
            if (tens < 0) {
                Integer unit = UNIT_WORDS.get(word);
                if (unit != null && unit >= 2) {
                    out.add(key(unit, tokens, i + 1));
                    hedge(tokens, i, out, hedged);
                } else if (aMillion(word) && !counted(tokens, i)) {
                    out.add("1000000"); // "миллион тонн", "миллионный рубеж", "a million tonnes"
                } else if (word.length() >= 8) {
                    glued(word, out);
                }
                continue;
            }
            int value = tens;
            int start = i;
            if (tens >= 20 && tens < 100 && i + 1 < tokens.size()) {
                int unit = unitAfterATen(tokens.get(i + 1).lower());
                if (unit > 0) {
                    value += unit;
                    i++;
                }
            }
            int month = value <= 31 && i + 1 < tokens.size() ? FeatureExtractor.month(tokens.get(i + 1).lower()) : 0;
            if (month > 0) {
                // "двадцать пятого сентября", "дваццаць пятага верасня": a date, as "25 сентября" is, not a count
                String date = FeatureExtractor.otherDay(value, month, at);
                if (date != null) {
                    out.add(date);
                }
                continue;
            }
            out.add(key(value, tokens, i + 1));
            hedge(tokens, start, out, hedged);
        }
        return out;
    }

    /** The marker key of the number just read, from the token {@code start}, when a hedge comes before it. */
    private static void hedge(List<Tokens.Token> tokens, int start, List<String> out, List<String> hedged) {
        String marker = HedgedFigures.beforeToken(tokens, start);
        if (marker != null) {
            hedged.add(marker + Keys.NUMBER + out.get(out.size() - 1));
        }
    }

    /** The value with its scale ("forty million") or as a percentage ("forty-two per cent", "сорак працэнтаў"). */
    private static String key(long value, List<Tokens.Token> tokens, int at) {
        return percent(tokens, at) ? value + "%" : String.valueOf(value * scale(tokens, at));
    }

    /** "percent", "per cent", "процентов", "працэнтаў" at {@code at}: the number before is a share, as "42%" reads. */
    private static boolean percent(List<Tokens.Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        String w = tokens.get(at).lower();
        return w.startsWith("percent") || w.startsWith("процент") || w.startsWith("працэнт")
                || w.equals("per") && at + 1 < tokens.size() && tokens.get(at + 1).lower().equals("cent");
    }

    /**
     * The multiplier of a scale word at {@code at} (tokens are lower-case with ё as е) ("сорак восем мільёнаў" = 48 million, "тринадцатью миллиардами" =
     * 13 billion, as the digits "48 млн", "13 billion" read), else 1.
     */
    static long scale(List<Tokens.Token> tokens, int at) {
        if (at >= tokens.size()) {
            return 1;
        }
        String w = tokens.get(at).lower();
        if (w.startsWith("million") || w.startsWith("миллион") || w.startsWith("мільен") || w.equals("млн")) {
            return 1_000_000L;
        }
        if (w.startsWith("billion") || w.startsWith("миллиард") || w.startsWith("мільярд") || w.equals("млрд")) {
            return 1_000_000_000L;
        }
        if (w.startsWith("thousand") || w.startsWith("тысяч") || w.equals("тыс")) {
            return 1_000L;
        }
        return 1;
    }

    /**
     * Fifty-fourth round: a million in the singular, or its adjective ("миллион", "миллиона", "мільен", "million",
     * "миллионный рубеж", "мільенны"), names one million when no count stands before it and none follows: the local
     * paper's "Миллион тонн у Брестчины" is the agency's "1 млн т". The plural ("миллионы", "миллионов", "millions")
     * is no figure; "многомиллионный" does not begin with the word. A billion alone is not read so: it is the round
     * figure of a sum the other versions give exactly ("миллиард долларов контрактов" beside "$1,1 млрд",
     * "перасягнуў мільярд" beside "$1,2 млрд": two tuning sets' true pairs were refused by it).
     */
    private static boolean aMillion(String word) {
        return A_MILLION.contains(word) || word.startsWith("миллионн") || word.startsWith("мільенн");
    }

    private static final Set<String> A_MILLION = Set.of("million",
            "миллион", "миллиона", "миллиону", "миллионом", "миллионе", "мільен", "мільена", "мільену", "мільене");

    /**
     * A count stands before the million at {@code i} — digits ("1 млн", "1,5 миллиона": the figure is read from the
     * text), a number word ("два миллиона", "двадцать один миллион": read by {@link #values}), half of one more
     * ("полтора миллиона") — or after it ("один миллион двести тысяч"). "One million", "один миллион" alone are one
     * million, as the word alone is.
     */
    private static boolean counted(List<Tokens.Token> tokens, int i) {
        if (i + 1 < tokens.size() && aCount(tokens.get(i + 1).lower())) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        if (Character.isDigit(before.charAt(0)) || HALF_MORE.contains(before) || tens(before) >= 0) {
            return true;
        }
        Integer unit = UNIT_WORDS.get(before);
        return unit != null && (unit >= 2 || i >= 2 && tens(tokens.get(i - 2).lower()) >= 0);
    }

    private static boolean aCount(String word) {
        if (Character.isDigit(word.charAt(0)) || UNIT_WORDS.containsKey(word) || tens(word) >= 0) {
            return true;
        }
        for (String hundreds : HUNDREDS) {
            if (word.startsWith(hundreds)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] HUNDREDS = {"двест", "трист", "четырест", "пятьсот", "шестьсот", "семьсот",
            "восемьсот", "девятьсот", "дзвесц", "трыста", "чатырыста", "пяцьсот", "шэсцьсот", "семсот", "восемсот",
            "дзевяцьсот"};

    private static final Set<String> HALF_MORE = Set.of("полтора", "полторы", "полутора", "паўтара", "паўтары");

    /** "восьмикубитного" → 8 and 8:kbt; nothing for a word that does not begin with a combining form. */
    private static void glued(String word, List<String> out) {
        for (int cut = 4; cut <= 7 && cut <= word.length() - 4; cut++) {
            Integer value = COMBINING_INDEX.get(word, cut);
            if (value != null) {
                for (String not : NOT_COMPOUNDS) {
                    if (word.startsWith(not)) {
                        return;
                    }
                }
                String compound = compound(value, word.substring(cut));
                if (compound != null) {
                    out.add(String.valueOf(value));
                    out.add(compound);
                }
                return;
            }
        }
    }

    /** The key of a number glued to a word: the number and the first consonants of the word, in any script. */
    static String compound(int value, String word) {
        String skeleton = Transliteration.skeleton(word);
        if (skeleton.length() < COMPOUND_SKELETON) {
            return null;
        }
        return value + ":" + skeleton.substring(0, COMPOUND_SKELETON);
    }

    /** The unit (1–9) of the word after a ten, in any case, cardinal or ordinal, or 0. */
    private static int unitAfterATen(String word) {
        Integer unit = UNIT_WORDS.get(word);
        if (unit == null) {
            unit = AFTER_A_TEN.get(word);
        }
        if (unit == null && word.length() >= 4 && Character.isLetter(word.charAt(0)) && word.charAt(0) >= '\u0400') {
            // an ordinal's stem with its ending ("девятого", "першым", "трэцяга"): at least three letters of stem
            unit = AFTER_A_TEN_INDEX.longest(word, Math.max(3, word.length() - 3), word.length());
        }
        return unit == null ? 0 : unit;
    }

    private static int tens(String word) {
        Integer whole = WHOLE.get(word);
        if (whole != null) {
            return whole;
        }
        // a stem is the word without an ending of zero to three letters, at least four letters left; the longest first
        Integer value = STEM_INDEX.longest(word, Math.max(4, word.length() - 3), word.length());
        return value != null ? value : -1;
    }
}
