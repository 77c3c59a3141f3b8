package org.policymonitor.alert.story;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The weight of each kind of key, and which keys the candidate search indexes. */
public final class Keys {

    static final String ACT = "a:";
    static final String NUMBER = "#";
    static final String CONCEPT = "c:";
    static final String NAME = "n:";
    static final String WORD = "w:";
    /** A word of the shipped lexicon, the same in the three languages ({@code x:snow}): compared across languages. */
    static final String LEXICON = "x:";
    /** A word of the learned lexicon ({@code x:~ru-кибер}, nineteenth round): see {@link Lexicon#learned()}. */
    static final String LEARNED = LEXICON + "~";
    static final String LINK = "l:";
    static final String SIMHASH_BAND = "h:";
    /** Marks a place outside the glossary, by its skeleton ({@code c:place:~smrkn}): weaker, and vetoes nothing. */
    static final String UNKNOWN_PLACE = "~";
    static final String PLACE = CONCEPT + "place:";
    /** The kind of an act named without its number ({@code c:act:law}): "подписан Закон «Об …»". */
    static final String ACT_KIND = CONCEPT + "act:";
    /** The head of state ({@code c:head:head-of-state}): the actor of his own deeds, not a detail. */
    static final String HEAD = CONCEPT + "head:";
    /** An acronym outside the glossary, as its letters sound ({@code n:^rss} for РСС and RCC): a body's name. */
    static final String ACRONYM = NAME + "^";
    /**
     * Forty-second round: marks an acronym of the item as the name of an event's edition ({@code e:tiba} for
     * "ТИБО-2026", "TIBO 2026": an acronym with its year). Weightless, never indexed: it only tells the matcher that the
     * shared acronym is the forum's name, the frame of all its events, not a body ({@link KeyProfile#EVENT_NAME}).
     */
    static final String EVENT_NAME = "e:";
    /**
     * Forty-second round: marks an item that tells a later day of an event ("во второй день форума", "on the second day
     * of TIBO", "у другі дзень"): weightless, never indexed (see {@link KeyProfile#laterDay}).
     */
    static final String LATER_DAY = EVENT_NAME + "+later-day";

    /**
     * Forty-fifth round: marks a subject's index entry ({@code s:c:theme:telemedicine}): the themes an item names, kept
     * apart from {@link #indexed} (too frequent to find candidates by) and read only by the subject look-up
     * ({@link StoryIndex#subjectCandidates}).
     */
    static final String SUBJECT = "s:";

    /** Items with at most this many indexed keys of their own are found by their lexicon words too. */
    static final int FEW_KEYS = 2;
    /** Lexicon words indexed per such item at most. */
    static final int LEXICON_KEYS = 4;
    /** The longest key the index stores ({@code story_key.key}, VARCHAR(200)). */
    static final int MAX_INDEXED = 200;
    /** How much of a longer key's text its index entry keeps before the hash, for a reader of the table. */
    private static final int KEPT_OF_LONG_KEY = 12;

    private Keys() {
    }

    public static double weight(String key) {
        if (key.startsWith(ACT)) {
            return 3.0;
        }
        if (key.startsWith(NUMBER)) {
            if (small(key)) {
                return 0.4; // "nine ambassadors": a count under ten
            }
            // amounts, percentages and long numbers say more than a day of the month
            return key.length() >= 4 || key.endsWith("%") ? 1.2 : 0.6;
        }
        if (key.startsWith(CONCEPT)) {
            String category = key.substring(2, key.indexOf(':', 2));
            return switch (category) {
                case "person" -> 1.5;
                case "org" -> 1.0;
                case "place" -> key.startsWith(PLACE + UNKNOWN_PLACE) ? 0.8 : 1.0; // as a name
                case "country" -> 0.8;
                case "theme" -> 0.7;
                default -> 0.4; // event types: signed, memorandum, first reading
            };
        }
        if (key.startsWith(NAME)) {
            return 0.8;
        }
        if (key.startsWith(WORD) || key.startsWith(LEXICON)) {
            return 0.25;
        }
        return 0;
    }

    /** A count under ten ({@code #2} … {@code #9}): a weak detail, and too frequent to find candidates. */
    static boolean small(String key) {
        return key.length() == 2 && key.startsWith(NUMBER);
    }

    /** A quantity with its unit ({@code #30kg}) or a number glued to a word ({@code #8:kbt}): what was counted is said. */
    static boolean measured(String key) {
        return key.startsWith(NUMBER) && Character.isLetter(key.charAt(key.length() - 1));
    }

    /**
     * The same skeleton as the other of a name and a place outside the glossary ({@code n:blst} ↔ {@code
     * c:place:~blst}), or null: "в Белстате" is read as a place, "Belstat said" as a name.
     */
    static String asPlaceOrName(String key) {
        if (key.startsWith(NAME)) {
            return PLACE + UNKNOWN_PLACE + key.substring(NAME.length());
        }
        if (key.startsWith(PLACE + UNKNOWN_PLACE)) {
            return NAME + key.substring(PLACE.length() + UNKNOWN_PLACE.length());
        }
        return null;
    }

    /** A place, of the glossary or not ("в Самарканде"). */
    static boolean place(String key) {
        return key.startsWith(PLACE);
    }

    /** Keys that single out an event rather than a topic: acts, numbers, people, places, unknown names. */
    static boolean specific(String key) {
        return key.startsWith(ACT) || key.startsWith(NUMBER) || key.startsWith(NAME) || key.startsWith("c:person:")
                || key.startsWith("c:place:");
    }

    /**
     * The keys worth an index entry: acts, numbers (but counts under ten), people, organisations, places, countries,
     * names, the link and the SimHash bands. Words, themes and event types are too frequent: they weigh in the score
     * but do not find candidates. Countries are frequent too, but a version that gives no number or name (a law
     * named by its title, a ceremony with the ambassadors of three countries) shares nothing else to be found by; the
     * bounds per key and per item keep their cost. An item with at most {@link #FEW_KEYS} such keys is also indexed by
     * up to {@link #LEXICON_KEYS} lexicon words (tenth round): it has nothing else to be found by.
     */
    public static List<String> indexed(StoryFeatures f) {
        List<String> out = new ArrayList<>();
        for (String k : f.keys()) {
            if (k.startsWith(ACT) || k.startsWith(NUMBER) && !small(k) || k.startsWith(NAME) || k.startsWith("c:person:")
                    || k.startsWith("c:org:") || k.startsWith("c:place:") || k.startsWith("c:country:")
                    || k.startsWith(ACT_KIND) || k.startsWith(HEAD)) {
                out.add(k);
            }
        }
        int stated = out.size();
        for (int i = 0; i < stated; i++) {
            // Fifty-sixth round: a figure with decimals is found by its whole forms too ("470" for 470,51), so another
            // site's piece giving it rounded meets the report it retells (the pair is scored by RoundedFigures)
            for (String whole : RoundedFigures.wholeForms(out.get(i))) {
                if (!f.keys().contains(whole) && !out.contains(whole)) {
                    out.add(whole);
                }
            }
        }
        if (stated <= FEW_KEYS) {
            // Tenth round: an item with next to nothing to be found by (no act, number, name, body or place: a
            // cyberattack on a payment service, snow in the capital) is found by its everyday words too — at most
            // LEXICON_KEYS of them, the first in alphabetical order so that versions with the same words choose alike;
            // items with keys of their own are not (the words are frequent, and such items are found anyway)
            f.keys().stream().filter(k -> k.startsWith(LEXICON)).sorted().limit(LEXICON_KEYS).forEach(out::add);
        }
        if (f.link() != null) {
            // hashed: a URL may be longer than an index key should be
            out.add(LINK + UUID.nameUUIDFromBytes(f.link().getBytes(StandardCharsets.UTF_8)));
        }
        for (int band = 0; band < 4; band++) {
            // near-duplicates (≤ 3 differing bits) share at least one 16-bit band: pigeonhole
            out.add(SIMHASH_BAND + f.language() + ":" + band + ":" + Long.toHexString((f.simhash() >>> (16 * band)) & 0xFFFF));
        }
        out.replaceAll(Keys::fitted);
        return out;
    }

    /**
     * Forty-fifth round: the subject index entries of an item ({@link #SUBJECT}): one per theme it names but the law
     * (a frame of half the items, no subject), in alphabetical order — the first {@link StoryIndex#SUBJECTS_LOOKED_UP}
     * are those the item's own look-up asks.
     */
    public static List<String> subjectIndexed(StoryFeatures f) {
        List<String> out = new ArrayList<>();
        for (String k : f.keys()) {
            if (k.startsWith(StoryMatcher.THEME) && !k.equals(StoryMatcher.LAW_THEME)) {
                out.add(fitted(SUBJECT + k));
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * The key as the index stores it: whole when it fits, else its start and a hash of all of it — still equal for
     * equal keys, which is all the candidate search asks of it. A figure is a key as long as its digits, and a figure
     * of hundreds of digits (a serial or a hash printed in decimal, table cells run together) was refused by the
     * column: the whole item went to the dead-letter topic.
     */
    static String fitted(String key) {
        if (key.length() <= MAX_INDEXED) {
            return key;
        }
        return key.substring(0, KEPT_OF_LONG_KEY) + "…" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
