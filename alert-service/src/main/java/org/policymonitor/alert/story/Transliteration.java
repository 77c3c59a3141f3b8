package org.policymonitor.alert.story;

/**
 * Russian and Belarusian Cyrillic to Latin, and a consonant skeleton that makes the spellings of one name meet:
 * Лукашенко, Лукашэнка and Lukashenko all become "lkshnk"; Караника, Каранік and Karanik "krnk". Inflection endings
 * are vowels mostly, and the skeleton keeps at most five consonants, so "Мишустина" and "Mishustin" meet as well.
 * Belarusian and Russian differ in regular ways that the skeleton evens out: дз/д and ц/т ("Гродзенскага" =
 * "Гродненского", "Сцяпанава" = "Степанова"), and the parts of compound institution names (выканкам = исполком:
 * "Мінгарвыканкама" = "Мингорисполкома").
 */
public final class Transliteration {

    private Transliteration() {
    }

    public static String latin(String lower) {
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(switch (c) {
                case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'ґ' -> "g"; case 'д' -> "d";
                case 'е', 'ё', 'э', 'є' -> "e"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и', 'і', 'ї', 'й' -> "i";
                case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p";
                case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t"; case 'у' -> "u"; case 'ў' -> "v"; case 'ф' -> "f";
                case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch"; case 'ш' -> "sh"; case 'щ' -> "shch";
                case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'ю' -> "yu"; case 'я' -> "ya";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /** Belarusian parts of compound names and their Russian equivalents (a prefix of the Russian is enough). */
    private static final String[][] COMPOUND_PARTS = {{"выканкам", "исполком"}, {"выканаўч", "исполнит"}};

    /** Instrumental endings of Russian and Belarusian names, the only case endings with a consonant ("Ариповым"). */
    private static final String[] INSTRUMENTAL = {"ыми", "ами", "імі", "ымі", "амі", "ым", "ом", "ем", "ам", "ім", "ким"};

    /**
     * "Ариповым", "Савицким", "Арыпавым" without the ending, so that they meet "Aripov", "Savitsky": the other cases end in
     * vowels, which the skeleton drops. Cyrillic words of six letters and more only ("Ислам" keeps its "м").
     */
    static String withoutInstrumental(String lower) {
        if (lower.length() < 6 || lower.charAt(0) < '\u0400' || lower.charAt(0) > '\u04ff') {
            return lower;
        }
        for (String ending : INSTRUMENTAL) {
            if (lower.endsWith(ending)) {
                // "-ким": the "к" is the stem's ("Савицк-им")
                return lower.substring(0, lower.length() - (ending.equals("ким") ? 2 : ending.length()));
            }
        }
        return lower;
    }

    /**
     * Twenty-sixth round: a region named after its centre with -щина/-шчына and their endings ("Витебщины",
     * "Віцебшчыне", "Брестчина", "Магілёўшчына") is named by the centre: without the suffix its skeleton is the
     * centre's, as the region's adjective's is ("Витебской", "Vitebsk Oblast"). A stem of four letters at least, so that
     * no short word loses most of itself.
     */
    static String regionAsItsCentre(String lower) {
        if (lower.length() < 8 || lower.charAt(0) < '\u0400' || lower.charAt(0) > '\u04ff') {
            return lower;
        }
        int end = lower.length();
        while (end > 0 && "аеиоуыэюяіёй".indexOf(lower.charAt(end - 1)) >= 0 && lower.length() - end < 2) {
            end--;
        }
        for (String suffix : REGION_SUFFIXES) {
            int stem = end - suffix.length();
            if (stem >= 4 && lower.startsWith(suffix, stem) && (suffix.charAt(0) != 'ч' || lower.startsWith("ст", stem - 2))) {
                return lower.substring(0, stem);
            }
        }
        return lower;
    }

    /**
     * Twenty-sixth round: the word names a region after its centre ({@link #regionAsItsCentre}): a place whatever
     * stands before it ("на Віцебшчыне", "Могилевщина делает ставку"), as a name after "в" is.
     */
    static boolean namesARegion(String lower) {
        return !regionAsItsCentre(lower).equals(lower);
    }

    /** The suffixes of a region named after its centre; "чин"/"чын" only after "ст" (Брестчина, Брэстчына: Брест). */
    private static final String[] REGION_SUFFIXES = {"шчын", "щин", "чин", "чын"};

    /** The consonant skeleton of a (lower-case) word in any of the three scripts; the first letter is kept. */
    public static String skeleton(String lower) {
        String word = withoutInstrumental(regionAsItsCentre(lower));
        for (String[] part : COMPOUND_PARTS) {
            word = word.replace(part[0], part[1]);
        }
        String latin = latin(word)
                .replace("kh", "h").replace("sch", "sh").replace("tz", "ts").replace("w", "v").replace("j", "i")
                .replace("x", "ks").replace("ck", "k").replace("q", "k").replace("c", "ts")
                // Belarusian дз and ц where Russian has д and т (also in transliterations of either)
                .replace("dz", "d")
                // but a place's adjective in -тск-/-цк- ("Брестской", "Брэсцкай") keeps its -ск-, which the rule for
                // adjectives below takes off: "brestskoi" is "Brest"'s, not "brestkoi" (a mark that is no letter, skipped)
                .replace("tsk", "t_sk").replace("ts", "t");
        StringBuilder s = new StringBuilder();
        char last = 0;
        for (int i = 0; i < latin.length() && s.length() < 5; i++) {
            char c = latin.charAt(i);
            if (c == 'h' || c == 'g') {
                c = 'g'; // Belarusian г is h; Russian г is g: one name
            }
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if ((i == 0 || !vowel) && c != last && Character.isLetterOrDigit(c)) {
                s.append(vowel ? 'a' : c);
                last = c;
            }
        }
        // a place's adjective ends in -ск- ("Гомельской", "Витебского", "Харбинским", cut to "...s" by the five
        // consonants): without it, it meets the place ("Gomel", "Vitebsk" likewise without its "sk"); at least three
        // consonants stay, so "Minsk" and "Pinsk" keep theirs
        int n = s.length();
        if (n >= 5 && s.charAt(n - 2) == 's' && s.charAt(n - 1) == 'k') {
            s.setLength(n - 2);
        } else if (n >= 4 && s.charAt(n - 1) == 's') {
            s.setLength(n - 1);
        }
        return s.toString();
    }
}
