package org.policymonitor.alert.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link StoryMatcher} reads of one item's keys, read once per item ({@link StoryFeatures#profile}): each key's
 * weight and kind, the families a pair must not disagree on (acts by kind, countries, places), its numbers and sums,
 * its site. Before, every pair re-scanned both items' keys for each of these (prefix tests, substrings, small sets) —
 * half the alert storing thread's CPU with {@link StoryIndex#MAX_CANDIDATES} candidates per item. The keys are kept in
 * the set's own iteration order, so that the matcher adds the same weights in the same order as before.
 */
final class KeyProfile {

    // what a key is, as bits: the kinds that decide whether it is compared at all …
    static final int LEXICON = 1;
    static final int WORD = 1 << 1;
    static final int ACT = 1 << 2;
    // … what a shared key counts as (one of these) …
    static final int PERSON = 1 << 3;
    static final int SMALL = 1 << 4;
    static final int PLAIN_NUMBER = 1 << 5;
    static final int PLACE = 1 << 6;
    static final int NAME = 1 << 7;
    static final int ACRONYM = 1 << 8;
    static final int OTHER_SPECIFIC = 1 << 9;
    // … and what else it says of the event
    static final int THEME = 1 << 10;
    static final int ACT_KIND = 1 << 11;
    static final int HEAD = 1 << 12;
    static final int SIGNED = 1 << 13;
    static final int VISIT = 1 << 14;
    static final int COUNTRY = 1 << 15;
    static final int SITTING = 1 << 16;
    static final int ROUTINE = 1 << 17;
    static final int EVENT = 1 << 18;
    static final int ORG = 1 << 19;
    /** An act named by its title, not its number ({@code a:law:artificial-intelligence}): see {@link StoryMatcher}. */
    static final int TITLED_ACT = 1 << 20;
    /** A word of the learned lexicon ({@code x:~…}, nineteenth round), a {@link #LEXICON} word too. */
    static final int LEARNED = 1 << 21;
    /** A word stem outside the common ones ({@link CommonStems}, twentieth round). */
    static final int RARE_WORD = 1 << 22;
    /**
     * Forty-second round: an acronym this item names as an event's edition ({@link Keys#EVENT_NAME}: "ТИБО-2026"):
     * the forum's name, which every item of the forum gives — the frame, as the conference is, not a body's name (see {@link #eventName}).
     */
    static final int EVENT_NAME = 1 << 23;

    private final String[] keys;
    private final int[] flags;
    private final double[] weights;
    /** {@link Keys#asPlaceOrName} of each key, or null. */
    private final String[] placeOrName;
    /** The sum of the squared weights of the compared keys, at [2 × same language + acts on both sides]. */
    private final double[] squares = new double[4];
    private final int lexiconWords;
    /** The words of its own language ({@link Keys#WORD} stems): see {@link StoryMatcher} (thirtieth round). */
    private final int textWords;
    /**
     * Twentieth round: the squared weights of the learned lexicon's words, which weigh in the cosine across languages
     * only where both versions have them ({@link StoryMatcher}): the learned lexicon is incomplete, so a learned word of
     * one side says nothing against the pair.
     */
    private final double learnedSquares;
    /** Act keys by their kind ({@code decree} → {@code a:decree:17}, …). */
    private final Map<String, List<String>> actsByKind;
    /** The numbered ones ({@code a:decree:17}, not {@code a:law:artificial-intelligence}, a law named by its title). */
    private final Map<String, List<String>> numberedActsByKind;
    /** The others: laws named by their title ({@code a:law:artificial-intelligence}). */
    private final Map<String, List<String>> titledActsByKind;
    private final List<String> countries;
    /** Every place, of the glossary or not: a shared one of either kind keeps two items' places from conflicting. */
    private final List<String> places;
    /**
     * A place of the glossary, or a region ({@link #REGIONS}): only those can conflict (another place outside it is read
     * too loosely).
     */
    private final boolean glossaryPlace;
    /** Sums of a million and more ({@link StoryMatcher#amount}): see {@link #amountsDiffer}. */
    private final List<String> amounts;
    /** Numbers but counts under ten, quantities and ranges: see {@link #numbersIn}. */
    private final List<String> plainNumbers;
    /** The plain figures with their values, for {@link RoundedFigures#readAsStatedIn}: parsed once per item. */
    private final List<RoundedFigures.Figure> figures;
    /** Sixty-third round: the figures written hedged ("почти 35"), for {@link RoundedFigures#readAsStatedIn}; mostly none. */
    private final List<HedgedFigures.Hedged> hedged;
    /** The figures stated unhedged, read when a pair's other side has a hedged one ({@link #stated(Set)}). */
    private List<HedgedFigures.Stated> stated;
    /** Fifty-fifth round: the dates an item names other than its own day's ({@code #09-25}: FeatureExtractor.otherDay). */
    private final List<String> dates;
    private final boolean plainAmount;
    private final boolean sitting;
    private final boolean session;
    /** About a part of a conference ({@link StoryMatcher#SECTION}, fourteenth round). */
    private final boolean section;
    /** A bill's reading ({@link StoryMatcher#READINGS}): held in one country's legislature (twenty-first round). */
    private final boolean reading;
    /** A law in the making or adopted: a kind of act, a reading, a model law (eleventh round). */
    private final boolean lawMaking;
    /** Themes that say what an act is about, not that it is an act ({@link StoryMatcher#LAW_THEME} left out). */
    private final List<String> subjects;
    private final List<String> orgs;
    /**
     * Twenty-first round: the people of the glossary and the figures an item names (numbers but counts under ten, dates
     * and its acts' numbers) — what tells one stage of a law's life from another days apart ({@link #particularOfItsOwn}).
     * Not institutions: the signing's item names the ministry the law puts in charge, and its publication does not.
     */
    private final List<String> particulars;
    /** The event types of the glossary ({@code c:event:…}), routine or not. */
    private final List<String> events;
    private final String site;
    /**
     * Twenty-third round: the head of state's event — he is named ({@link StoryMatcher#HEAD_OF_STATE}), or the item is
     * his own site's page, which often names him only as "the head of state's" event of its title ("Meeting of the
     * Supreme State Council"): see {@link #headOfStateApart}.
     */
    private final boolean headOfState;
    /** The head of state's own site ({@link Sources#site}). */
    static final String HEAD_OF_STATES_SITE = "president.gov.by";
    /**
     * Fifty-eighth round: the country's regions, as the place their centre names ("Mogilev Oblast", "на Гомельшчыне",
     * "в Гродно": {@link Transliteration#skeleton}) — places outside the glossary, which is why two regions' milestones of
     * one morning ("Gomel Oblast threshes 1 million tonnes", "Mogilev Oblast harvests 1 million tonnes") did not
     * conflict. Read as surely as the glossary's places: a region's name is no word of anything else. Not Minsk, which
     * the glossary reads as the country ("minsk*" is Belarus's common term), so it gives no place key.
     */
    static final Set<String> REGIONS = Set.of("brest", "vitebsk", "gomel", "grodno", "mogilev").stream()
            .map(centre -> Keys.PLACE + Keys.UNKNOWN_PLACE + Transliteration.skeleton(centre))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Seventeenth round: the consonant skeletons of the item's Russian or Belarusian word stems ({@link #cognate}), so
     * that a Russian and a Belarusian version, which the words' own keys never compare, meet by their shared roots.
     */
    private final Set<String> cognates;

    KeyProfile(Set<String> keySet, String link) {
        int n = keySet.size();
        keys = new String[n];
        flags = new int[n];
        weights = new double[n];
        placeOrName = new String[n];
        int lexicon = 0;
        int text = 0;
        double learnedSum = 0;
        boolean gloss = false;
        boolean law = false;
        boolean readings = false;
        Set<String> actNumbers = new HashSet<>();
        boolean plainSum = false;
        // gathered in growable collections named as the fields, which keep them compact (see the end)
        Map<String, List<String>> actsByKind = new HashMap<>();
        Map<String, List<String>> numberedActsByKind = new HashMap<>();
        Map<String, List<String>> titledActsByKind = new HashMap<>();
        List<String> countries = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        List<String> plainNumbers = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<String> particulars = new ArrayList<>();
        List<String> events = new ArrayList<>();
        Set<String> cognates = new HashSet<>();
        int i = 0;
        for (String k : keySet) {
            keys[i] = k;
            int f = flagsOf(k);
            flags[i] = f;
            double w = Keys.weight(k);
            weights[i] = w;
            placeOrName[i] = Keys.asPlaceOrName(k);
            for (int same = 0; same < 2; same++) {
                for (int acts = 0; acts < 2; acts++) {
                    if (compared(f, same == 1, acts == 1)) {
                        squares[same * 2 + acts] += w * w;
                    }
                }
            }
            if ((f & LEXICON) != 0) {
                lexicon++;
            }
            if ((f & WORD) != 0) {
                text++;
            }
            if ((f & LEARNED) != 0) {
                learnedSum += w * w;
            }
            if (k.startsWith(RU_WORD) || k.startsWith(BE_WORD)) {
                String c = cognate(k, RU_WORD.length());
                if (c != null) {
                    cognates.add(c);
                }
            }
            if ((f & ACT) != 0) {
                String rest = k.substring(Keys.ACT.length());
                String kind = rest.substring(0, rest.indexOf(':'));
                actsByKind.computeIfAbsent(kind, x -> new ArrayList<>()).add(k);
                if (rest.length() > kind.length() + 1 && Character.isDigit(rest.charAt(kind.length() + 1))) {
                    numberedActsByKind.computeIfAbsent(kind, x -> new ArrayList<>()).add(k);
                    actNumbers.add(Keys.NUMBER + rest.substring(kind.length() + 1));
                } else {
                    titledActsByKind.computeIfAbsent(kind, x -> new ArrayList<>()).add(k);
                    flags[i] |= TITLED_ACT;
                }
            }
            if (k.startsWith(StoryMatcher.COUNTRY)) {
                countries.add(k);
            }
            if (k.startsWith(Keys.PLACE)) {
                places.add(k);
                gloss |= !k.startsWith(Keys.PLACE + Keys.UNKNOWN_PLACE) || REGIONS.contains(k);
            }
            if (k.startsWith(StoryMatcher.THEME) && !k.equals(StoryMatcher.LAW_THEME)) {
                subjects.add(k);
            }
            if (k.startsWith(StoryMatcher.ORG)) {
                orgs.add(k);
            }
            if (k.startsWith(StoryMatcher.PERSON) || k.startsWith(Keys.NUMBER) && !Keys.small(k) && k.indexOf('-') < 0) {
                // (not a date: the publication of a law names the day it was signed, which the signing's item is)
                particulars.add(k);
            }
            law |= StoryMatcher.LAW_MAKING.contains(k) || k.startsWith(Keys.ACT_KIND);
            readings |= StoryMatcher.READINGS.contains(k);
            if ((f & EVENT) != 0) {
                events.add(k);
            }
            if (StoryMatcher.amount(k)) {
                amounts.add(k);
            }
            if (k.startsWith(Keys.NUMBER) && k.length() == 6 && k.charAt(3) == '-') {
                dates.add(k);
            }
            if (k.startsWith(Keys.NUMBER) && !Keys.small(k) && !Keys.measured(k) && k.indexOf('-') < 0) {
                plainNumbers.add(k);
                plainSum |= StoryMatcher.amount(k);
            }
            i++;
        }
        for (int j = 0; j < n; j++) {
            if ((flags[j] & ACRONYM) != 0 && keySet.contains(Keys.EVENT_NAME + keys[j].substring(Keys.ACRONYM.length()))) {
                flags[j] |= EVENT_NAME;
            }
        }
        // an act's number is the act, which one side only names and which leaves the comparison: the law's publication
        // gives its number, the signing's item often not
        particulars.removeIf(actNumbers::contains);
        // held compact: a prepared item's profile waits with its batch for the storing line and is promoted with it
        // (perf15), and most of these are empty (the one shared empty list, map or set) or hold one or two keys
        this.actsByKind = compact(actsByKind);
        this.numberedActsByKind = compact(numberedActsByKind);
        this.titledActsByKind = compact(titledActsByKind);
        this.countries = List.copyOf(countries);
        this.places = List.copyOf(places);
        this.amounts = List.copyOf(amounts);
        this.plainNumbers = List.copyOf(plainNumbers);
        this.figures = RoundedFigures.figuresOf(keySet);
        this.hedged = HedgedFigures.hedgedOf(keySet);
        this.dates = List.copyOf(dates);
        this.subjects = List.copyOf(subjects);
        this.orgs = List.copyOf(orgs);
        this.particulars = List.copyOf(particulars);
        this.events = List.copyOf(events);
        this.cognates = Set.copyOf(cognates);
        lexiconWords = lexicon;
        textWords = text;
        learnedSquares = learnedSum;
        glossaryPlace = gloss;
        plainAmount = plainSum;
        lawMaking = law;
        reading = readings;
        sitting = keySet.contains(StoryMatcher.SITTING);
        session = keySet.contains(StoryMatcher.SESSION);
        section = keySet.contains(StoryMatcher.SECTION);
        site = Sources.site(link);
        headOfState = keySet.contains(StoryMatcher.HEAD_OF_STATE) || HEAD_OF_STATES_SITE.equals(site);
    }

    private static Map<String, List<String>> compact(Map<String, List<String>> byKind) {
        return byKind.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    private static int flagsOf(String k) {
        int f = 0;
        if (k.startsWith(Keys.LEXICON)) {
            f |= LEXICON;
            if (k.startsWith(Keys.LEARNED)) {
                f |= LEARNED;
            }
        }
        if (k.startsWith(Keys.WORD)) {
            f |= WORD;
            if (CommonStems.rare(k)) {
                f |= RARE_WORD;
            }
        }
        if (k.startsWith(Keys.ACT)) {
            f |= ACT;
        }
        // what a shared key counts as, in the order StoryMatcher has always asked
        if (k.startsWith(StoryMatcher.PERSON)) {
            f |= PERSON;
        } else if (Keys.small(k)) {
            f |= SMALL;
        } else if (k.startsWith(Keys.NUMBER) && !Keys.measured(k)) {
            f |= PLAIN_NUMBER;
        } else if (Keys.place(k)) {
            f |= PLACE;
        } else if (k.startsWith(Keys.NAME) && !k.startsWith(Keys.ACRONYM)) {
            f |= NAME;
        } else if (k.startsWith(Keys.ACRONYM)) {
            f |= ACRONYM;
        } else if (Keys.specific(k)) {
            f |= OTHER_SPECIFIC;
        }
        if (k.startsWith(StoryMatcher.THEME)) {
            f |= THEME;
        }
        if (k.startsWith(Keys.ACT_KIND)) {
            f |= ACT_KIND;
        }
        if (k.startsWith(Keys.HEAD)) {
            f |= HEAD;
        }
        if (k.equals(StoryMatcher.SIGNED)) {
            f |= SIGNED;
        }
        if (k.equals(StoryMatcher.VISIT)) {
            f |= VISIT;
        }
        if (k.startsWith(StoryMatcher.COUNTRY)) {
            f |= COUNTRY;
        }
        if (k.equals(StoryMatcher.SITTING)) {
            f |= SITTING;
        }
        if (StoryMatcher.ROUTINE.contains(k)) {
            f |= ROUTINE;
        }
        if (k.startsWith(StoryMatcher.EVENT)) {
            f |= EVENT;
        }
        if (k.startsWith(StoryMatcher.ORG)) {
            f |= ORG;
        }
        return f;
    }

    /**
     * Whether a key weighs in the cosine: words within one language, the lexicon's words across languages (within
     * one the words already say it), acts only when both sides name one.
     */
    /**
     * Forty-second round: the shared acronym at {@code i} is an event's name on either side ({@link #EVENT_NAME}): this
     * item or the other ({@code otherKeys}) gives it with its year. One version writes
     * "ТИБО-2026", another "на ТИБО": the forum's name all the same.
     */
    boolean eventName(int i, Set<String> otherKeys) {
        return (flags[i] & EVENT_NAME) != 0
                || (flags[i] & ACRONYM) != 0 && otherKeys.contains(Keys.EVENT_NAME + keys[i].substring(Keys.ACRONYM.length()));
    }

    static boolean compared(int flags, boolean sameLanguage, boolean acts) {
        return (flags & (sameLanguage ? LEXICON : WORD)) == 0 && (acts || (flags & ACT) == 0);
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return keys[i];
    }

    int flags(int i) {
        return flags[i];
    }

    double weight(int i) {
        return weights[i];
    }

    String placeOrName(int i) {
        return placeOrName[i];
    }

    double squares(boolean sameLanguage, boolean acts) {
        return squares[(sameLanguage ? 2 : 0) + (acts ? 1 : 0)];
    }

    private static final String RU_WORD = Keys.WORD + "ru:";
    private static final String BE_WORD = Keys.WORD + "be:";
    /** The shortest skeleton that counts: two consonants are too many words' ("вд" of видео and вада). */
    static final int COGNATE_LETTERS = 3;

    /**
     * A Russian or Belarusian stem's consonants, Belarusian spelling made Russian (і и, ў в, дз д) and doubled letters
     * once: "национ" and "нацыян" are {@code нцн}, "комисс" and "камісі" {@code кмс}, "постоя" and "пастая" {@code пст}
     * (Belarusian writes the unstressed о as а, so vowels are left out). Null when shorter than {@link #COGNATE_LETTERS}.
     */
    static String cognate(String key, int from) {
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'ў') {
                c = 'в';
            } else if (c == 'з' && last == 'д') {
                continue; // дз is the Belarusian д
            }
            if ("аеёиоуыэюяіьъй".indexOf(c) >= 0 || c == last) {
                continue;
            }
            b.append(c);
            last = c;
        }
        return b.length() < COGNATE_LETTERS ? null : b.toString();
    }

    /** How many of this item's {@link #cognates} the other's has. */
    int sharedCognates(KeyProfile o) {
        int n = 0;
        for (String c : cognates) {
            if (o.cognates.contains(c)) {
                n++;
            }
        }
        return n;
    }

    int cognateCount() {
        return cognates.size();
    }

    int textWords() {
        return textWords;
    }

    int lexiconWords() {
        return lexiconWords;
    }

    double learnedSquares() {
        return learnedSquares;
    }

    List<RoundedFigures.Figure> figures() {
        return figures;
    }

    List<HedgedFigures.Hedged> hedged() {
        return hedged;
    }

    /**
     * The figures stated unhedged, read on first use and kept with the profile: asked only of a pair whose other side
     * hedges a figure, so most items never read them (a benign race: two threads read the same list). {@code keys} are
     * the keys this profile was made of.
     */
    List<HedgedFigures.Stated> stated(Set<String> keys) {
        List<HedgedFigures.Stated> s = stated;
        if (s == null) {
            s = HedgedFigures.statedOf(keys);
            stated = s;
        }
        return s;
    }

    boolean hasAct() {
        return !actsByKind.isEmpty();
    }

    String site() {
        return site;
    }

    boolean sitting() {
        return sitting;
    }

    boolean session() {
        return session;
    }

    boolean section() {
        return section;
    }

    /**
     * Twenty-fifth round: names a person — of the glossary, or a name outside it that is no acronym (a surname) — that
     * the other item does not: someone of its own speaks or acts in it.
     */
    boolean someoneOfItsOwn(Set<String> otherKeys) {
        for (int i = 0; i < keys.length; i++) {
            if ((flags[i] & (PERSON | NAME)) != 0 && !otherKeys.contains(keys[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Thirty-ninth round: the institutions it names but the government (every minister's item names it) and the head
     * of state's edict (an act, not a body): the bodies acting in it ({@link SoleStoryOfItsBody}).
     */
    List<String> bodies() {
        List<String> out = new ArrayList<>(orgs.size());
        for (String o : orgs) {
            if (!o.equals(StoryMatcher.GOVERNMENT) && !o.equals(StoryMatcher.EDICT)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Forty-third round: the subjects it names, themes of the glossary but the model law ({@link SoleStoryOfItsSubject}). */
    List<String> subjects() {
        return subjects;
    }

    /**
     * Thirty-ninth round: each names a body ({@link #bodies}) the other does not — two bodies acting with a third (the
     * UN agency's project with the ministry of nature, and its memorandum with the academy): two events.
     */
    boolean bodiesOfTheirOwn(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return !allIn(bodies(), otherKeys) && !allIn(o.bodies(), ownKeys);
    }

    /** The head of state's event: he is named, or it is his own site's page (twenty-third round). */
    boolean headOfState() {
        return headOfState;
    }

    /**
     * Each names an event type, routine or not, that the other does not: each tells of a deed of its own (a reading and a
     * meeting on the bill; an approval and a meeting with the chamber's chair), whatever else both say.
     */
    boolean eventsDiffer(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return !allIn(events, otherKeys) && !allIn(o.events, ownKeys);
    }

    /**
     * Forty-fourth round: {@link #eventsDiffer} with the head of state's greeting left out — at the forum's opening or
     * plenary his greeting is read out, and on four tuning sets it is that opening's story (see
     * {@link StoryMatcher#greetingAtItsOpening}).
     */
    boolean eventsBesideTheGreetingDiffer(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return !allInBut(events, otherKeys, StoryMatcher.GREETING) && !allInBut(o.events, ownKeys, StoryMatcher.GREETING);
    }

    private static boolean allInBut(List<String> mine, Set<String> other, String but) {
        for (String k : mine) {
            if (!other.contains(k) && !k.equals(but)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Either names a deed, not a routine one, that the other does not (a fine against a piece naming none): within a
     * day a piece in its own words that tells no deed may be about any of a body's deeds of the day, so the other must
     * tell none of its own either (seventeenth round, {@link StoryMatcher} retellings within a day).
     */
    boolean deedOfItsOwn(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return deedNotIn(events, otherKeys) || deedNotIn(o.events, ownKeys);
    }

    /**
     * Forty-seventh round: each names a deed of a programme ({@link StoryMatcher#FORUM_DEEDS}: a signing, talks, a
     * section, a sitting, a presentation, awards, results, a greeting, the press statements) that the other does not,
     * and they share no figure or act's number ({@link OneSitesOtherEvents}: one site's two items half a day apart). Not
     * any deed: an incident told in stages by one site (a DDoS attack and the site restored the next day, an outage and
     * the operator's compensation) is one story on the tuning sets, and its stages are deeds outside a programme.
     */
    boolean programmeDeedsOfTheirOwn(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return forumDeedNotIn(events, otherKeys, true) && forumDeedNotIn(o.events, ownKeys, true)
                && noFigureOrActInCommon(otherKeys);
    }

    /**
     * Forty-third round: it names a deed, not a routine one, that the other item's keys do not — a piece telling what
     * the versions did not ({@link StoryMatcher#mayRetellTheSubject}).
     */
    boolean deedNotIn(Set<String> otherKeys) {
        return deedNotIn(events, otherKeys);
    }

    private static boolean deedNotIn(List<String> events, Set<String> keys) {
        for (String e : events) {
            if (!keys.contains(e) && !StoryMatcher.ROUTINE.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Twenty-first round: either names a person of the glossary or a figure ({@link #particulars}) that the other does
     * not — what a minister's figures on a register have and the law's entry into force two days before does not,
     * though both name the law.
     */
    boolean particularOfItsOwn(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return !allIn(particulars, otherKeys) || !allIn(o.particulars, ownKeys);
    }

    /**
     * Twenty-first round: both tell a bill's reading, an institution (a legislature) is shared, and one names a country
     * while the other names none. The agency's home is no country key ({@code belarus} is common in the glossary), so
     * the side naming a country tells another country's legislature — the Duma's or the Mazhilis' reading of a bill on the same
     * subject against ours. A veto only: nothing is added to what the two share, and no key to the index.
     */
    boolean legislaturesOfTwoCountries(KeyProfile o, Set<String> otherKeys) {
        return reading && o.reading && countries.isEmpty() != o.countries.isEmpty() && !noneIn(orgs, otherKeys);
    }

    /**
     * Twenty-third round: one is the head of state's event and the other is not, and they share no figure (a count, a
     * sum, a percentage; not a count under ten nor a date) and no act's number. A guest's visit or a forum is several
     * events of one day with the same guest, country, bodies, city and subject — his meeting with the heads of
     * delegations and their council's session, his greeting to a forum and a panel of it —: what tells them apart is
     * who acts, and a figure of their own is what would say they are one.
     */
    boolean headOfStateApart(KeyProfile o, Set<String> otherKeys) {
        return headOfState != o.headOfState && noFigureOrActInCommon(otherKeys);
    }

    /**
     * Fortieth round: each names a deed of a forum's programme ({@link StoryMatcher#FORUM_DEEDS}) that the other does
     * not, and they share no figure or act's number: a forum's plenary and its contest's awards, an agreement signed on
     * its margins and a delegation's tour, its section and its greeting. Deeds outside the programme (an inspection, a
     * leak, a fine) are what a session talks about, not what happened there, and routine ones (an opening, a visit)
     * are what any of its items may say of the forum itself.
     */
    boolean forumDeedsApart(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys, boolean greeting) {
        // (forty-fourth round: {@code greeting} false where the greeting is the opening's own, see StoryMatcher)
        return forumDeedNotIn(events, otherKeys, greeting) && forumDeedNotIn(o.events, ownKeys, greeting)
                && noFigureOrActInCommon(otherKeys);
    }

    /**
     * Fortieth round: of one site's two items of a forum a day apart ({@link StoryMatcher#FORUM_DAY}), either tells a
     * deed of the programme the other does not and they share no figure or act's number: the minister's figure at the
     * first day's plenary and the roadmap he signed the next day. Across languages, where the site's edition of one
     * item the next morning tells its deed in other words, only where each gives figures and none is the other's.
     */
    boolean forumDeedOnAnotherDay(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys, boolean sameLanguage) {
        return (forumDeedNotIn(events, otherKeys, true) || forumDeedNotIn(o.events, ownKeys, true))
                && noFigureOrActInCommon(otherKeys)
                && (sameLanguage || figuresDiffer(o, otherKeys) || laterDay(ownKeys) != laterDay(otherKeys));
    }

    /**
     * Forty-second round: the item tells a later day of the event ({@link Keys#LATER_DAY}: "on the second day of the
     * forum"). Of one site's two items of a forum a day apart in two languages, one saying it tells the next day and
     * the other not are two days' events, as figures of their own say (the minister's 5G panel "on the second day of
     * the IT forum" and his figure at its first day's plenary, whose English edition came that afternoon).
     */
    static boolean laterDay(Set<String> keys) {
        return keys.contains(Keys.LATER_DAY);
    }

    /**
     * Forty-second round: either item tells a particular event of the forum the other does not
     * ({@link StoryMatcher#PARTICULAR_DEEDS}: a signing, talks, a presentation, awards, results, the statements for the
     * press) and does not tell the forum's opening: then the forum's name they share ({@link #eventName}) is the frame
     * of two of its events, not a detail of one. The opening's items (the signings expected, the head of state's
     * greeting, the prime minister there, the plenary) are the forum's own story, whose versions the name joins.
     */
    boolean particularDeedOfItsOwnOnEitherSide(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return particularDeedNotIn(events, otherKeys) || particularDeedNotIn(o.events, ownKeys);
    }

    private static boolean particularDeedNotIn(List<String> events, Set<String> keys) {
        boolean deed = false;
        for (String e : events) {
            if (e.equals(StoryMatcher.OPENING)) {
                return false;
            }
            deed |= !keys.contains(e) && StoryMatcher.PARTICULAR_DEEDS.contains(e);
        }
        return deed;
    }

    /** A deed of the programme ({@link StoryMatcher#FORUM_DEEDS}) not in {@code keys}; the greeting only if {@code greeting}. */
    private static boolean forumDeedNotIn(List<String> events, Set<String> keys, boolean greeting) {
        for (String e : events) {
            if (!keys.contains(e) && StoryMatcher.FORUM_DEEDS.contains(e) && (greeting || !e.equals(StoryMatcher.GREETING))) {
                return true;
            }
        }
        return false;
    }

    /** No figure (a count, a sum, a percentage; not a count under ten nor a date) and no act's number in common. */
    private boolean noFigureOrActInCommon(Set<String> otherKeys) {
        if (!noneIn(plainNumbers, otherKeys)) {
            return false;
        }
        for (List<String> numbered : numberedActsByKind.values()) {
            if (!noneIn(numbered, otherKeys)) {
                return false;
            }
        }
        return true;
    }

    /** Both name institutions and share none: two bodies acting (fourteenth round). */
    boolean orgsConflict(KeyProfile o, Set<String> otherKeys) {
        return !orgs.isEmpty() && !o.orgs.isEmpty() && noneIn(orgs, otherKeys);
    }

    /**
     * Both name acts of one kind and share none of that kind, each naming them alike — both by number (Decree No. 17
     * and No. 18) or both by title (the mass media law and the personal data law): two decrees are two stories, a
     * decree and a law may not be. Thirty-third round: a law by its number in one version and by its title in the
     * other («Закон № 87-З» and "the law on artificial intelligence") is no conflict — nothing says they differ (a
     * numbered law told with its title has that title's key too: {@link FeatureExtractor}).
     */
    boolean actsConflict(KeyProfile o, Set<String> otherKeys) {
        for (Map.Entry<String, List<String>> e : actsByKind.entrySet()) {
            String kind = e.getKey();
            if (o.actsByKind.containsKey(kind) && noneIn(e.getValue(), otherKeys)
                    && (numberedActsByKind.containsKey(kind) && o.numberedActsByKind.containsKey(kind)
                    || titledActsByKind.containsKey(kind) && o.titledActsByKind.containsKey(kind))) {
                return true;
            }
        }
        return false;
    }

    /** Some numbered act. */
    boolean hasNumberedAct() {
        return !numberedActsByKind.isEmpty();
    }

    /**
     * Both name numbered acts of one kind and share none of that kind's numbers (Decree No. 87 and No. 88): two acts
     * for certain, where a law by its title and the same law by its number are not (thirteenth round, for stories).
     */
    boolean numberedActsConflict(KeyProfile o, Set<String> otherKeys) {
        for (Map.Entry<String, List<String>> e : numberedActsByKind.entrySet()) {
            if (o.numberedActsByKind.containsKey(e.getKey()) && noneIn(e.getValue(), otherKeys)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Eleventh round: both make law, an institution is shared, and each names the subject of its act while no subject is
     * shared — a legislature passes several acts at one sitting (a model law on AI and one on e-commerce), and what
     * tells them apart is only what they are about.
     */
    boolean lawsOnOtherSubjects(KeyProfile o, Set<String> otherKeys) {
        return lawMaking && o.lawMaking && !subjects.isEmpty() && !o.subjects.isEmpty() && noneIn(subjects, otherKeys)
                && !noneIn(orgs, otherKeys);
    }

    /** Both name subjects ({@link StoryMatcher#THEME}, not the model law) and share none (fourteenth round). */
    boolean subjectsConflict(KeyProfile o, Set<String> otherKeys) {
        return !subjects.isEmpty() && !o.subjects.isEmpty() && noneIn(subjects, otherKeys);
    }

    /** Both name countries and share none. */
    boolean countriesConflict(KeyProfile o, Set<String> otherKeys) {
        return !countries.isEmpty() && !o.countries.isEmpty() && noneIn(countries, otherKeys);
    }

    /**
     * Both name places of the glossary or regions ({@link #REGIONS}) and share no place of either kind, nor a region the
     * other names as a name.
     */
    boolean placesConflict(KeyProfile o, Set<String> otherKeys) {
        return glossaryPlace && o.glossaryPlace && noneIn(places, otherKeys) && !regionNamedIn(otherKeys)
                && !o.regionNamedIn(this);
    }

    /**
     * Fifty-eighth round: one of this item's regions ({@link #REGIONS}) is named by the other, read there as a name — "in
     * Vitebsk, Mogilev and Gomel regions" gives Vitebsk's place but Mogilev's and Gomel's names, and the item on the
     * project's launch in Mogilev is in one of its regions.
     */
    private boolean regionNamedIn(Set<String> otherKeys) {
        for (String p : places) {
            if (REGIONS.contains(p) && otherKeys.contains(Keys.asPlaceOrName(p))) {
                return true;
            }
        }
        return false;
    }

    private boolean regionNamedIn(KeyProfile o) {
        for (String p : places) {
            if (REGIONS.contains(p)) {
                String name = Keys.asPlaceOrName(p);
                for (String k : o.keys) {
                    if (k.equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Both name sums of a million and more, and none of them is the other's: a budget of 4.1 billion and one of 2.8
     * billion are two programmes, however alike the rest. Smaller numbers are counts more often than sums, and a
     * version giving a rounded count ("about 9,800") is still the same report.
     */
    boolean amountsDiffer(KeyProfile o, Set<String> otherKeys) {
        return !amounts.isEmpty() && !o.amounts.isEmpty() && noneIn(amounts, otherKeys);
    }

    /**
     * Each names a subject (a theme) the other does not: two subjects, not one told at more or less length (fifteenth
     * round, {@link StoryMatcher} retellings).
     */
    boolean subjectsDiffer(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return !allIn(subjects, otherKeys) && !allIn(o.subjects, ownKeys);
    }

    /**
     * Issue 11: either names a subject (a theme) the other does not — where {@link #subjectsDiffer} asks it of both.
     * A bill's reading told days later is that reading only where neither does: the agency's item on another bill's
     * reading, touching the first bill's subject as a secondary one, names its own subject too.
     */
    boolean subjectOfItsOwn(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return !allIn(subjects, otherKeys) || !allIn(o.subjects, ownKeys);
    }

    /**
     * Neither names something of its own that makes the two two events: no sums that differ ({@link #amountsDiffer}), no
     * places that differ ({@link #anyPlacesDiffer}), no deed of its own on both sides ({@link #eventsDiffer}). What a
     * retelling in other words must not name, whatever it shares (fifteenth, thirtieth and thirty-first rounds).
     */
    boolean namesNothingOfItsOwn(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys) {
        return !amountsDiffer(o, otherKeys) && !anyPlacesDiffer(o, otherKeys) && !eventsDiffer(o, otherKeys, ownKeys);
    }

    /** Both name places, of the glossary or not, and share none: two regions (fifteenth round, retellings). */
    boolean anyPlacesDiffer(KeyProfile o, Set<String> otherKeys) {
        return !places.isEmpty() && !o.places.isEmpty() && noneIn(places, otherKeys);
    }

    /**
     * Eighteenth round: the institutions, countries, subjects and places each names are all named by the other, a
     * subject among them and at least {@code least} in all — what a translation of one page keeps, whatever its words
     * ({@link StoryMatcher#FRAME}). Without a subject a body's two pages of a day name the same frame (the assembly
     * adopting two model laws at one plenary).
     */
    boolean sameFrame(KeyProfile o, Set<String> otherKeys, Set<String> ownKeys, int least) {
        return !subjects.isEmpty() && orgs.size() + countries.size() + subjects.size() + places.size() >= least
                && allIn(orgs, otherKeys) && allIn(o.orgs, ownKeys) && allIn(countries, otherKeys)
                && allIn(o.countries, ownKeys) && allIn(subjects, otherKeys) && allIn(o.subjects, ownKeys)
                && allIn(places, otherKeys) && allIn(o.places, ownKeys);
    }

    /** Both name figures (counts, percentages, sums; not counts under ten) and share none: two reports. */
    boolean figuresDiffer(KeyProfile o, Set<String> otherKeys) {
        return !plainNumbers.isEmpty() && !o.plainNumbers.isEmpty() && noneIn(plainNumbers, otherKeys);
    }

    /**
     * Fifty-fifth round: both name dates other than their own day's and share none — the commission's calendar (the
     * nomination from 7 December, early voting from 20 to 24 February) against the edicts' item (the election on 25
     * February): another announcement of the series, however many rare words of the campaign they share.
     */
    boolean datesDiffer(KeyProfile o, Set<String> otherKeys, Instant at, Instant otherAt) {
        return anyAhead(dates, at) && o.anyAhead(o.dates, otherAt) && noneIn(dates, otherKeys);
    }

    /** Whether a date is {@value #WEEKS_AHEAD} to {@value #MONTHS_AHEAD} days after the item's own day: a campaign's, not a day's news. */
    private static boolean anyAhead(List<String> dates, Instant at) {
        if (at == null || dates.isEmpty()) {
            return false;
        }
        LocalDate today = at.atZone(FeatureExtractor.ZONE).toLocalDate();
        for (String k : dates) {
            int month = Integer.parseInt(k.substring(1, 3));
            int day = Integer.parseInt(k.substring(4, 6));
            if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
                continue; // no such day in any year ("31 April" as written): names no date
            }
            MonthDay date = MonthDay.of(month, day);
            for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
                if (date.isValidYear(year)) { // 29 February only in a leap year
                    long ahead = ChronoUnit.DAYS.between(today, date.atYear(year));
                    if (ahead >= WEEKS_AHEAD && ahead <= MONTHS_AHEAD) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static final int WEEKS_AHEAD = 7;
    /** Half a year: further ahead, a date is as likely last year's day named again. */
    static final int MONTHS_AHEAD = 183;

    /**
     * Every number this one names (but counts under ten, quantities and ranges) is named by the other too, and none is
     * a sum of a million and more: asked both ways round, one count or percentage reported, not one of several figures
     * of a body (its other items that day give other figures; the same round sum goes to several of its projects).
     */
    boolean numbersIn(Set<String> otherKeys) {
        if (plainAmount) {
            return false;
        }
        for (String k : plainNumbers) {
            if (!otherKeys.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allIn(List<String> mine, Set<String> other) {
        for (String k : mine) {
            if (!other.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneIn(List<String> mine, Set<String> other) {
        for (String k : mine) {
            if (other.contains(k)) {
                return false;
            }
        }
        return true;
    }
}
