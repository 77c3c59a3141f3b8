package org.policymonitor.alert.story;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * How much two items look like one event, from 0 to 1.
 * <ul>
 *   <li>the same link target, or a near-duplicate text in the same language (SimHash): 1;</li>
 *   <li>too far apart in time (3 days, 7 for two sites), acts of one kind but none shared (Decree No. 17 vs No. 18), or countries or places
 *       named by both but none shared (a memorandum with China vs one with Vietnam; the prime minister in Moscow vs
 *       in Astana): 0;</li>
 *   <li>otherwise the weighted overlap of their keys (acts, numbers, glossary concepts, names, and within one
 *       language words): the cosine of the two weighted key sets — but only when they share at least one specific
 *       detail (an act, a number, a person, a name, a place) or, in one language on the same day, agree almost entirely; the same institution on the
 *       same theme two days running is usually two events (OAC on attacks, OAC on phishing); more than a day apart
 *       two shared details are needed (one is often just the same official at the next event). A person of the
 *       glossary counts only with a shared event type, another detail (not a place), a second person or two shared
 *       institutions (an official is at several events a day, often in one city); the same actor doing the same kind of thing the same day is half a detail, with a shared
 *       subject a whole one. A shared number is a whole detail only in context (two shared concepts, or a second
 *       number), else half; a count under ten is a quarter in context and nothing alone; an act named by one side
 *       only is left out of the cosine (a version that names the law by its title). Sixth round: the same kind of
 *       event the same day is a number's context too; an acronym outside the glossary is a whole detail in context;
 *       the head of state is the actor of his own deeds (not a subject), and a law signed on a shared subject names
 *       its actor as an edict does; a visit is a weak event, as approval and opening. Seventh round: a shared place
 *       counts only with something of the event in common (not a body's other decision in the same city), two sums
 *       of a million and more that differ keep a routine approval and the place from counting, and the head of state
 *       alone as the actor stands for an institution in the actor-event-subject triple. Tenth round: another site's
 *       version a day to a week later is a retelling, weighed as the same day's on stronger terms; three lexicon words
 *       in common across languages the same day are a detail; the head of state's working trip and his sitting of a
 *       body are one event a day; a count with its institution is in context when every number agrees.</li>
 * </ul>
 */
public final class StoryMatcher {

    /** Versions of one event from one source, or from two within this time, may join on the usual evidence. */
    public static final Duration WINDOW = Duration.ofDays(3);
    /**
     * Tenth round: a partner's own page (UNDP, the Academy) tells an event a news agency reported up to a week before.
     * Between {@link #WINDOW} and this, two items of two different sites ({@link Sources}) may still join, as a
     * retelling (see {@link #score}); items further apart never join. The candidate search uses this window.
     */
    public static final Duration LATE_WINDOW = Duration.ofDays(7);
    /** Specific details another site's version a day to a week later needs, weighed as the same day's. */
    static final double RETOLD_DETAILS = 2.0;
    /** How alike another site's version a day to a week later must be, in the cosine of the keys. */
    static final double RETOLD_COSINE = 0.5;
    static final int NEAR_DUPLICATE_BITS = 3;
    static final double MIN_SPECIFIC = 1.0;
    static final double ALMOST_ALL = 0.8;
    static final Duration DAY = Duration.ofHours(24);
    /** Shared concepts (actor, event type, subject) that stand for one specific detail on the same day. */
    static final int TRIANGULATE = 3;
    /** What a shared count under ten counts for, of the {@link #MIN_SPECIFIC} detail needed. */
    static final double SMALL_NUMBER = 0.25;
    /** Shared concepts (actor, event type, subject) that make a shared number a detail of one event. */
    static final int NUMBER_CONTEXT = 2;
    /** Shared words of the lexicon that stand for one more concept of the subject. */
    static final int SUBJECT_WORDS = 2;
    /** Shared words of the lexicon that, the same day across languages, say the same thing: one detail. */
    static final int SAME_WORDS = 3;
    private static final String PERSON = Keys.CONCEPT + "person:";
    private static final String EVENT = Keys.CONCEPT + "event:";
    private static final String THEME = Keys.CONCEPT + "theme:";
    private static final String ORG = Keys.CONCEPT + "org:";
    private static final String COUNTRY = Keys.CONCEPT + "country:";
    private static final String SIGNED = EVENT + "signed-act";
    private static final String VISIT = EVENT + "visit";
    /** A body's sitting (заседание, пасяджэнне) and a meeting on a subject: see {@link #sitting}. */
    private static final String SITTING = EVENT + "sitting";
    private static final String SESSION = EVENT + "session";
    /**
     * "Approved", "adopted", "утвердил", "одобрила"; "launched", "opened", "запустили": what every body does all the
     * time, so weak event types — no event of the actor-event-subject triple and no context of a number: with the
     * actor and two more concepts they are a whole detail, with one more half of one (Gosstandart approving a standard
     * is every Gosstandart item, UNDP launching a project every UNDP item; the government approving an AI concept for
     * healthcare is one event, and so is a university opening a lab with a Chinese one named in both). A visit is the
     * frame of a guest's several events over several days (his talks with the president, a tour of a park the next
     * morning), each sharing "visit" and his country: weak too.
     */
    private static final Set<String> ROUTINE = Set.of(EVENT + "approval", EVENT + "opening", EVENT + "visit");

    public double score(StoryFeatures a, StoryFeatures b) {
        Duration gap = a.at() == null || b.at() == null ? Duration.ZERO : Duration.between(a.at(), b.at()).abs();
        // a source does not tell its own news again days later (its follow-ups are new events), another may: its own
        // page on what the agency reported, published when its editors get to it
        boolean late = gap.compareTo(WINDOW) > 0;
        if (gap.compareTo(LATE_WINDOW) > 0 || late && !Sources.differ(a.link(), b.link())) {
            return 0;
        }
        if (a.link() != null && a.link().equals(b.link())) {
            return 1;
        }
        boolean sameLanguage = a.language().equals(b.language());
        if (sameLanguage && a.simhash() != 0 && SimHash.distance(a.simhash(), b.simhash()) <= NEAR_DUPLICATE_BITS) {
            return 1;
        }
        if (conflict(a.keys(), b.keys(), "a:", true) || conflict(a.keys(), b.keys(), "c:country:", false)
                || conflict(a.keys(), b.keys(), Keys.PLACE, false)) {
            return 0;
        }
        double s = late ? 0 : evidence(a, b, sameLanguage, false);
        // Tenth round: another site's version a day to a week later — a partner's own page on what the agency reported
        // (UNDP's project page six days after BelTA's item) — is weighed as a version of the same day (the same actor,
        // deed and subject are the event, as they are the same day), on stronger terms as the gap exceeds a day: a shared
        // institution, two specific details where the same day needs one (an official there is none: his next event is
        // what a later item about him looks like), no differing amounts, and keys alike (cosine ≥ 0.5)
        if (s == 0 && gap.compareTo(DAY) > 0 && Sources.differ(a.link(), b.link())) {
            s = evidence(a, b, sameLanguage, true);
        }
        return s;
    }

    /**
     * The cosine when the pair shares enough specific details for one event, else 0. {@code retold}: another site's
     * version a day to a week later, weighed as the same day's (see {@link #score}) but on stronger terms.
     */
    private double evidence(StoryFeatures a, StoryFeatures b, boolean sameLanguage, boolean retold) {
        // a version that names no act (a law by its title, a decree "signed today") is not less like the versions that
        // give its number: an act of one side only leaves the comparison instead of weighing against it
        boolean acts = hasAct(a.keys()) && hasAct(b.keys());
        double shared = 0;
        double specific = 0;
        double people = 0;
        double numbers = 0;
        double small = 0;
        double places = 0;
        double placeNames = 0;
        int placeCount = 0;
        int numberCount = 0;
        int persons = 0;
        int concepts = 0;
        int events = 0;
        int orgs = 0;
        int countries = 0;
        int approvals = 0;
        boolean actor = false;
        boolean headOfState = false;
        boolean bodyOrCountry = false;
        boolean lawKind = false;
        int themes = 0;
        double acronyms = 0;
        boolean signed = false;
        boolean visits = false;
        int names = 0;
        double nameWeight = 0;
        double wa = 0;
        double wb = 0;
        int words = 0;
        for (String k : a.keys()) {
            if (k.startsWith(Keys.LEXICON) && b.keys().contains(k)) {
                words++;
            }
            if (compared(k, sameLanguage, acts)) {
                double w = Keys.weight(k);
                wa += w * w;
                String other = b.keys().contains(k) ? null : Keys.asPlaceOrName(k);
                // a word read as name and place here and as place there is that shared place, counted once below:
                // counted as a name too, the pair would score otherwise the other way round
                if (other != null && b.keys().contains(other) && !a.keys().contains(other)) {
                    // "сообщили в Белстате" / "Belstat said": one name, read as a place in one version only
                    shared += w * w;
                    placeNames += w;
                } else if (b.keys().contains(k)) {
                    shared += w * w;
                    if (k.startsWith(PERSON)) {
                        people += w;
                        persons++;
                    } else if (Keys.small(k)) {
                        small += SMALL_NUMBER;
                    } else if (k.startsWith(Keys.NUMBER) && !Keys.measured(k)) {
                        numbers += w;
                        numberCount++;
                    } else if (Keys.place(k)) {
                        places += w;
                        placeCount++;
                    } else if (k.startsWith(Keys.NAME) && !k.startsWith(Keys.ACRONYM)) {
                        names++;
                        nameWeight += w;
                        specific += w;
                    } else if (k.startsWith(Keys.ACRONYM)) {
                        acronyms += w;
                    } else if (Keys.specific(k)) {
                        specific += w;
                    }
                    if (k.startsWith(THEME)) {
                        themes++;
                    }
                    lawKind |= k.startsWith(Keys.ACT_KIND);
                    // the head of state is the actor of what he does (a meeting he holds), but at several events a
                    // day: an actor, never one of the concepts that make the subject
                    headOfState |= k.startsWith(Keys.HEAD);
                    signed |= k.equals(SIGNED);
                    visits |= k.equals(VISIT);
                    if (k.startsWith(COUNTRY)) {
                        countries++;
                    }
                    if (k.equals(SITTING)) {
                        continue; // counted below, when no other event is in common
                    }
                    if (ROUTINE.contains(k)) {
                        approvals++;
                        continue;
                    }
                    if (k.startsWith(EVENT)) {
                        events++;
                    }
                    if (k.startsWith(ORG)) {
                        orgs++;
                    }
                    if (k.startsWith(EVENT) || k.startsWith(THEME) || k.startsWith(ORG) || k.startsWith(COUNTRY)) {
                        concepts++;
                        bodyOrCountry |= k.startsWith(ORG) || k.startsWith(COUNTRY);
                    }
                }
            }
        }
        int wordsA = 0;
        int wordsB = 0;
        for (String k : b.keys()) {
            if (compared(k, sameLanguage, acts)) {
                double w = Keys.weight(k);
                wb += w * w;
            }
            if (k.startsWith(Keys.LEXICON)) {
                wordsB++;
            }
        }
        for (String k : a.keys()) {
            if (k.startsWith(Keys.LEXICON)) {
                wordsA++;
            }
        }
        double cosine = wa == 0 || wb == 0 ? 0 : shared / Math.sqrt(wa * wb);
        if (events == 0 && approvals == 0 && headOfState && sitting(a.keys(), b.keys())) {
            // Ninth round: a body's sitting is the frame of all it decides that day (two bills in first reading at one
            // sitting, two programmes approved at it, the next sitting announced at this one), so it is an event of
            // the story only when the head of state holds it — one a day, as his meetings — and the versions have no
            // other event in common: then the Security Council's sitting on one subject, in three languages, is one
            events++;
            concepts++;
        }
        actor = headOfState || bodyOrCountry;
        boolean sameDay = retold || a.at() == null || b.at() == null || Duration.between(a.at(), b.at()).abs().compareTo(DAY) <= 0;
        if (lawKind && signed && themes > 0) {
            // a law signed names its actor, as an edict does: only the head of state signs laws ("Подписан Закон «Об
            // …»" without its number, "the Law No. 312-Z signed"); a law in a reading, amended or cited does not
            actor = true;
            concepts++;
        }
        // a number is a detail of this event in its context — the same actor, kind of event or subject around it
        // (OAC's 1,245 incidents in three languages), or a second number; alone it is half a detail: the same
        // $1.2 million or 12.4 % turns up in unrelated items the same week, and a count under ten is then nothing
        // (a quantity with its unit, "30 kg", "8-qubit", says what was counted: it is a detail on its own); the same
        // kind of event the same day is a context too (18 convicts pardoned, in three languages)
        // shared words of the lexicon are part of that context: what the subject is (a 5G network, rural skills)
        int subjectWords = words >= 2 * SUBJECT_WORDS ? 2 : words >= SUBJECT_WORDS ? 1 : 0;
        boolean context = concepts + subjectWords >= NUMBER_CONTEXT || sameDay && events > 0
                || sameDay && !retold && orgs > 0 && numberCount > 0 && numbersAgree(a.keys(), b.keys());
        // an acronym outside the glossary (РСС = RCC) names a body: in its context (what it did, about what) a whole
        // detail, alone what its weight says. Not any name: a surname is an official, who is at several events a day
        specific += context && acronyms > 0 ? Math.max(acronyms, MIN_SPECIFIC) : acronyms;
        if (context || numberCount >= 2) {
            // in its context a number is a whole detail however short ("40 rural clinics" of UNDP and the ministry of
            // health on AI): its weight says how rare it is in general, not how much it says here
            specific += (numberCount > 0 ? Math.max(numbers, MIN_SPECIFIC) : 0) + small;
        } else {
            specific += numbers / 2;
        }
        // an official is at several events a day, often in one city: a person is a detail of this event only with
        // something else in common — what happened (talks, a meeting, a report, a phone call), another detail that is
        // not the place he is in, a second person, or a second institution besides his own (the prime minister and the
        // EAEU council: the government alone is his own)
        if (!retold && (events > 0 || specific > 0 || persons >= 2 || orgs >= 2)) {
            // (not in another site's version days later: an official's next event is what it looks like)
            specific += people;
        }
        if (sameDay && names > 0 && events > 0 && themes > 0) {
            // Ninth round: a name outside the glossary (a company) doing the same kind of thing about the same subject
            // the same day — a company presenting a chip for neural networks, in two languages — is a whole detail, as
            // a person of the glossary is with a shared event. A theme of the glossary, not a lexicon word: a word
            // (chips) is what the company always makes, and its other news shares it
            specific += Math.max(0, MIN_SPECIFIC - nameWeight);
        }
        // a name read as a place in one version only is a name
        specific += placeNames;
        if (sameDay && !retold && !sameLanguage && words >= SAME_WORDS && 2 * words >= Math.min(wordsA, wordsB)
                && !amountsDiffer(a.keys(), b.keys())) {
            // Tenth round: across languages the words are not compared, but the lexicon's are — three of them in
            // common the same day, and at least half of the shorter version's, say the same things in two languages
            // (snow, an orange level and danger; a portal, registration and a child's birth): one detail, as
            // texts that agree almost entirely in one language are one story
            specific += MIN_SPECIFIC;
        }
        // a place is where, not what: a body meets in one city and decides several things there the same day (two
        // programmes approved at one session, the next session announced at this one), so the place is a detail of
        // this event only with something of the event in common — what happened (not a routine approval), its subject,
        // another detail or a person there (the prime minister at a free economic zone) — or when two places are in
        // common (a list of cities is what the news is about); and not when each names its own sum of money
        // Eighth round: words of the subject in common (a mobile 5G network, rural residents' skills) are something
        // of the event; a place outside the glossary weighs less than a name, as it may be read loosely ("in Brest" of
        // the region), and in such a context it is where this event happened: a whole detail
        boolean amountsDiffer = amountsDiffer(a.keys(), b.keys());
        if ((events > 0 || themes > 0 || specific > 0 || persons > 0 || placeCount >= 2 || subjectWords > 0) && !amountsDiffer) {
            specific += context && subjectWords > 0 && places > 0 ? Math.max(places, MIN_SPECIFIC) : places;
        }
        if (sameDay && !retold && visits && headOfState
                && (names > 0 || countries == 0 && (orgs > 0 || placeCount > 0 || subjectWords > 0))) {
            // the head of state's visit to the same named enterprise the same day is one visit (a guest's visit is
            // not: it lasts days, and each of its events names him and his country). Ninth round: so is his visit to
            // the same institution of the glossary (a university, BSUIR), where no country is in common. Tenth round: and
            // his working trip to the same district (a shared place, or two words of what he saw there: the harvest in a
            // district) — he makes one trip a day; a guest's visit shares its country
            specific += MIN_SPECIFIC;
        }
        if (sameDay && !retold && headOfState && orgs > 0 && countries == 0 && sitting(a.keys(), b.keys())) {
            // Tenth round: the head of state holds one sitting of a body a day — his sitting of the Security Council,
            // in three languages, whatever each says was discussed at it, is one event (a body's own sittings, without
            // him, stay the frame of all it decides)
            specific += MIN_SPECIFIC;
        }
        // the same day, the same actor (institution or country) doing the same kind of thing is half a detail (a
        // name or a small number completes it: OAC, a DDoS attack and the same city's executive committee); with a
        // third concept in common (the subject) it is a whole one — the versions of one act or report that name it
        // differently, a law by its title in one and by its number in another, a bill by its subject in three languages
        // The head of state is the actor but no concept: alone as the actor he stands for the institution an actor
        // otherwise is, so his meeting on one subject is a triple as a ministry's report on one subject is.
        // Words of the lexicon in common (personnel and training, a code and ethics, snow and traffic) say what the
        // event was about where the glossary's themes are too broad: two of them are one more concept of the subject,
        // four two
        int subject = concepts + subjectWords;
        int triple = subject + (headOfState && !bodyOrCountry && themes > 0 ? 1 : 0);
        // a law approved on a subject (the upper house approving the AI law, named by its title in one version and as
        // "the law on artificial intelligence" in another) is the kind of act and its subject: one more concept
        int approved = subject + (lawKind && themes > 0 ? 1 : 0);
        if (sameDay && events > 0 && actor) {
            specific += triple >= TRIANGULATE ? MIN_SPECIFIC : MIN_SPECIFIC / 2;
        } else if (sameDay && approvals > 0 && actor && !amountsDiffer && approved >= TRIANGULATE - 1) {
            // the same actor approving or launching the same thing: the actor and two more concepts besides the routine
            // event are a whole detail, one more concept half of one — unless each names its own amount: one body
            // approving two programmes at one session, each with its budget, is two events
            specific += approved >= TRIANGULATE ? MIN_SPECIFIC : MIN_SPECIFIC / 2;
        } else if (sameDay && actor && !amountsDiffer && subject >= TRIANGULATE + 1) {
            // the same actor and four concepts of the subject in common, with no event word either side can read
            specific += MIN_SPECIFIC;
        }
        if (!sameDay && events > 0 && orgs >= 2 && countries == 0 && !amountsDiffer && subject >= TRIANGULATE + 1) {
            // Ninth round: two institutions, the same kind of joint deed (a memorandum, a workshop) and its subject in
            // common within the window are one event told late (the partner's own news two days after the agency's):
            // two bodies do not sign two memorandums on one subject in three days. Both details a later version needs.
            // Not with a country in common: a minister's talks and his signing abroad the same week share the country,
            // his ministry and the government
            specific += 2 * MIN_SPECIFIC;
        }
        // the same institution on the same theme is not yet the same event: that takes a shared detail (an act, a
        // number, a person, a name, a place) or texts that agree almost entirely
        // a day or more apart, one shared detail is often a person at the next event: two are needed
        // "agree almost entirely" needs the words, so it holds within one language only: across languages a
        // few shared concepts (an institution, a person, a theme) are a large share of a short item's keys
        boolean almostAll = sameLanguage && sameDay && cosine >= ALMOST_ALL;
        if (retold) {
            return orgs > 0 && !amountsDiffer && cosine >= RETOLD_COSINE && specific >= RETOLD_DETAILS * MIN_SPECIFIC ? cosine : 0;
        }
        return specific >= (sameDay ? MIN_SPECIFIC : 2 * MIN_SPECIFIC) || almostAll ? cosine : 0;
    }

    /**
     * A sitting on one side and a sitting or a meeting on a subject on the other: "заседание Совета Безопасности" is
     * "a Security Council meeting on …".
     */
    static boolean sitting(Set<String> a, Set<String> b) {
        boolean sa = a.contains(SITTING);
        boolean sb = b.contains(SITTING);
        return sa && (sb || b.contains(SESSION)) || sb && a.contains(SESSION);
    }

    /**
     * Every number either names (but counts under ten, quantities and dates) is named by the other too, and none is a
     * sum of a million and more: one count or percentage reported, not one of several figures of a body (its other
     * items that day give other figures; the same round sum goes to several of its projects).
     */
    static boolean numbersAgree(Set<String> a, Set<String> b) {
        return numbersIn(a, b) && numbersIn(b, a);
    }

    private static boolean numbersIn(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (k.startsWith(Keys.NUMBER) && !Keys.small(k) && !Keys.measured(k) && k.indexOf('-') < 0
                    && (!b.contains(k) || amount(k))) {
                return false; // a number the other lacks, or a sum of a million and more (a body's budgets repeat)
            }
        }
        return true;
    }

    /**
     * Both name sums of a million and more, and none of them is the other's: a budget of 4.1 billion and one of 2.8
     * billion are two programmes, however alike the rest. Smaller numbers are counts more often than sums, and a
     * version giving a rounded count ("about 9,800") is still the same report.
     */
    static boolean amountsDiffer(Set<String> a, Set<String> b) {
        boolean inA = false;
        for (String k : a) {
            if (amount(k)) {
                if (b.contains(k)) {
                    return false;
                }
                inA = true;
            }
        }
        if (!inA) {
            return false;
        }
        for (String k : b) {
            if (amount(k)) {
                return true;
            }
        }
        return false;
    }

    /** A number key of a million and more ({@code #4100000000}), not a percentage, date or quantity with a unit. */
    private static boolean amount(String k) {
        if (!k.startsWith(Keys.NUMBER) || Keys.measured(k) || k.endsWith("%") || k.indexOf('-') >= 0) {
            return false;
        }
        int point = k.indexOf('.');
        return (point < 0 ? k.length() : point) - Keys.NUMBER.length() >= 7;
    }

    /**
     * Whether a key weighs in the cosine: words within one language, the lexicon's words across languages (within
     * one the words already say it), acts only when both sides name one.
     */
    private static boolean compared(String k, boolean sameLanguage, boolean acts) {
        return (sameLanguage ? !k.startsWith(Keys.LEXICON) : !k.startsWith(Keys.WORD)) && (acts || !k.startsWith(Keys.ACT));
    }

    private static boolean hasAct(Set<String> keys) {
        for (String k : keys) {
            if (k.startsWith(Keys.ACT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Both name something of one family (acts of one kind, countries) and share none of it. For acts the kind
     * matters: a decree and a law may well be one story (a law signed under a decree), two decrees are not.
     */
    private static boolean conflict(Set<String> a, Set<String> b, String prefix, boolean byKind) {
        Set<String> fa = family(a, prefix, byKind);
        Set<String> fb = family(b, prefix, byKind);
        for (String kind : fa) {
            if (fb.contains(kind) && disjoint(a, b, prefix + (byKind ? kind + ":" : ""))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> family(Set<String> keys, String prefix, boolean byKind) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            // a place outside the glossary is read from a capital after "in"/"в": too loose to rule a pair out
            if (k.startsWith(prefix) && !k.startsWith(Keys.PLACE + Keys.UNKNOWN_PLACE)) {
                String rest = k.substring(prefix.length());
                out.add(byKind ? rest.substring(0, rest.indexOf(':')) : "");
            }
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b, String prefix) {
        for (String k : a) {
            if (k.startsWith(prefix) && b.contains(k)) {
                return false;
            }
        }
        return true;
    }
}
