package org.policymonitor.alert.act;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act named without its number whose number is told later, past a clause: "Указ, подписанный Президентом в
 * понедельник, получил № 135", "Закон, принятый палатой, зарегистрирован под № 52-З", "The edict, signed by the President
 * on 3 March 2031, was given No. 135", "Президент подписал указ о налогах, которому присвоен № 135", "… signed the law on
 * … on 30 December 2030; it is registered as Law No. 52-Z", "Прэзідэнт падпісаў закон … . Ён зарэгістраваны пад № 52-З".
 * The act is followed from its kind word (a singular, in the nominative or accusative) to a verb that gives a number
 * ("получил", "присвоен", "зарегистрирован под", "атрымаў", "прысвоены", "зарэгістраваны пад", "was given", "was
 * assigned", "is registered as/under", "received") by one of three links:
 * <ul>
 * <li>an aside set off by commas right after the act and its name ("Указ, подписанный …, получил № 135"), maybe with
 * another predicate before the numbering one ("…, подписан Президентом и зарегистрирован под № 52-З");
 * <li>a relative pronoun of the act's gender ("указ …, которому присвоен № 135", "the edict, which was given No. 135");
 * <li>a personal pronoun of the act's gender that opens the next clause or sentence ("…; it is registered as Law No.
 * 52-Z", "… . Он зарегистрирован под № 52-З", "…, і ён атрымаў № 135"), with no other act named between.
 * </ul>
 * Or the next clause or sentence tells the number by its noun, with no other act between ({@link #NUMBER_NOUN}: "…
 * указ о налогах. Его номер — 135", "Номер указа — 135", "Its number is 135", "Яго нумар — 135"; the acts35 round,
 * until 6 December 2026 missed).
 * (Without a comma, "Указ получил № 135", the words between the kind word and its marker are read by {@link
 * ActExtractor} itself.) The act's name between its kind word and the comma may be an issuer's capitalised words or an
 * unquoted title ("Закон о налогах, принятый …"), not a clause of its own ("Закон дополнен пунктом, который получил №
 * 5" numbers the point). The act's day is the signing day the aside tells ("…, подписанный Президентом 3 марта 2031
 * г., …"), or the one its clause tells ("signed the law on … on 30 December 2030; it …", {@link ActDates}). A ranking
 * ("получил № 1 в рейтинге") is no number; issuer, government and bill checks are those of any act.
 */
final class NumberToldLater {

    /** The act without its number, in the case a subject or an object has: the singular nominative or accusative. */
    private static final Pattern SUBJECT = Pattern.compile("(?<![\\p{L}\\d])(?:(?<decree>(?:presidential\\s+)?(?:decree|edict)"
            + "|указ|ўказ|декрет|дэкрэт)|(?<law>law|закон)|(?<res>resolution|постановление|пастанова|пастанову)"
            + "|(?<dir>directive|директива|директиву|дырэктыва|дырэктыву))(?![\\p{L}\\d])");

    /** What gives the act its number, in the three languages; "зарегистрирован в реестре под № 1/123" is a register's. */
    private static final String NUMBERING = "(?:получил[аио]?|получили|(?:был[аио]?\\s+)?(?:присвоен[аоы]?"
            + "|зарегистрирован[аоы]?\\s+под|зарегистрированн(?:ый|ая|ое)\\s+под|(?:издан|подписан)[аоы]?\\s+за)"
            + "|атрымаў|атрымал[аі]|(?:быў\\s+|была\\s+|было\\s+)?(?:прысвоен[аы]?|зарэгістраван(?:[аы]|ая|ае)?\\s+пад"
            + "|(?:выдадзен|падпісан)[аы]?\\s+за)"
            + "|(?:(?:was|is|has\\s+been|had\\s+been|were)\\s+)?(?:given|assigned|registered\\s+(?:as|under))"
            // "was numbered 135": the participle is the marker ({@link ActExtractor#MARKER}), the auxiliary the predicate
            + "|(?:was|is|has\\s+been|had\\s+been|were)(?=\\s+numbered\\s*\\d)"
            + "|received|got|bears)";
    private static final Pattern NUMBERED_LATER = Pattern.compile("(?<![\\p{L}\\d])(?<pred>" + NUMBERING + ")\\s+"
            + "(?:(?:the\\s+)?(?<again>" + ActExtractor.KIND.pattern() + ")\\s*)?"
            + "(?<marker>" + ActExtractor.MARKER + ")" + ActExtractor.AFTER_MARKER + "(?<num>\\d{1,4})" + ActExtractor.NUMBER_END
            + ActExtractor.RANKED); // a ranking, not a number: "получил № 1 в рейтинге"

    /** A clause or another predicate between the aside and the numbering: "…, подписан Президентом и зарегистрирован …". */
    private static final Pattern ASIDE = Pattern.compile("(?<name>[^,;:!?.№#\\d\\n]{0,150}?)\\s*,"
            + "(?!\\s*(?:и|і|а|но|але|and|but|or|while|where|где|дзе|who)\\s)"
            + "(?<aside>(?:[^,;:!?.№#\\n]|(?<=\\d)\\.(?=\\d)|(?<=\\sг)\\.){1,200}),\\s*"
            + "(?:(?:[^\\s\\d,.;:!?№#]+\\s+){1,4}?(?:и|і|and)\\s+)?");
    /** "указ о налогах, которому присвоен № 135", "the edict, which was given No. 135". */
    private static final Pattern RELATIVE = Pattern.compile("(?<name>[^,;:!?.№#\\d\\n]{0,150}?)\\s*,\\s*"
            + "(?<pronoun>котор(?:ый|ому|ое|ая|ой|ую)|як(?:і|ому|ое|ая|ой|ую)|which|that)\\s+");
    /**
     * A participle that opens an aside right after the act's name and numbers it ("The edict, registered as No. 135,
     * …", "Указ «О …», зарегистрированный под № 135, …", "Ўказ, зарэгістраваны пад № 135, …"; the acts21 round).
     */
    private static final Pattern PARTICIPLE_ASIDE = Pattern.compile("(?<name>[^,;:!?.№#\\d\\n]{0,150}?)\\s*,\\s*$");
    private static final Pattern PARTICIPLE = Pattern.compile("(?:given|assigned|registered\\s+(?:as|under)"
            + "|зарегистрированн(?:ый|ая|ое)\\s+под|зарэгістраван(?:ы|ая|ае)\\s+пад)");
    /** "…; it is registered as …", "… . Он зарегистрирован …", "…, і ён атрымаў …": the act's pronoun opens a clause. */
    private static final Pattern PRONOUN = Pattern.compile("[;,.]\\s*(?:(?:and|и|і|а)\\s+)?(?<pronoun>it|он|оно|она|ён|яна"
            // and in the dative a passive numbering takes: "документу присвоен номер 187", "яму прысвоены № 187"
            + "|ему|яму|ей|ёй|(?:the|this)\\s+(?:document|act)|документу?|дакументу?)\\s+$");
    /** Words of an act's name in lower case: "Постановление правительства", "указ президента", "the new edict". */
    private static final Pattern OWN_WORDS = Pattern.compile("of|the|a|an|new|this|гэты|этот|новый|новы|правительства"
            + "|[уў]рада|совмина|саўміна|президента|прэзідэнта|главы|кіраўніка|государства|дзяржавы|республики|рэспублікі"
            + "|беларусь|government|president|presidential|head|state");
    /**
     * The number told by its noun, opening a clause or a sentence: a possessive of the act's gender or the act's kind
     * ("Его номер — 135", "Its number is 135", "The decree's number is 135", "Яго нумар: 135"), or the noun with the
     * act's kind or "document" after it ("Номер указа — 135", "Нумар дакумента — 135", "The number of the decree is
     * 135"). "Номер телефона — 135" is no act's.
     */
    private static final Pattern NUMBER_NOUN = Pattern.compile("(?<=(?:^|[.;,!?])\\s{0,3}(?:(?:and|и|і|а)\\s{1,3})?)"
            + "(?:(?<owner>его|её|ее|яго|яе|its|(?:the\\s+)?(?<ownerKind>decree|edict|law|resolution|directive|document)['’]s)"
            + "\\s+(?:номер|нумар|number)"
            + "|(?:номер|нумар|(?:the\\s+)?number)\\s+(?:of\\s+the\\s+)?(?<of>указа|ўказа|декрета|дэкрэта|закона"
            + "|постановления|пастановы|директивы|дырэктывы|документа|дакумента|decree|edict|law|resolution|directive"
            + "|document))\\s*(?:[—–:-]|is)\\s*(?<num>\\d{1,4})" + ActExtractor.NUMBER_END + ActExtractor.RANKED);

    /** How far after the act its number may be told: about a sentence. */
    private static final int REACH = 250;

    private NumberToldLater() {
    }

    /** Adds the acts whose number is told later, and dates the numbered ones it points back at. */
    static void read(String field, String text, String lower, int[] starts, List<ActReference> refs) {
        Matcher subject = SUBJECT.matcher(lower).useTransparentBounds(true);
        Matcher later = NUMBERED_LATER.matcher(lower).useTransparentBounds(true);
        for (int start : starts) {
            if (ActExtractor.covered(refs, start) || !subject.region(start, lower.length()).lookingAt()) {
                continue; // a numbered act, or a kind word in another case
            }
            int kindEnd = subject.end();
            if (!markerNear(lower, kindEnd, Math.min(lower.length(), kindEnd + REACH))) {
                continue; // cheap: most acts named without a number have no number told after them either
            }
            ActKind kind = subject.group("decree") != null ? ActKind.DECREE : subject.group("law") != null ? ActKind.LAW
                    : subject.group("res") != null ? ActKind.RESOLUTION : ActKind.DIRECTIVE;
            if (!later.region(kindEnd, Math.min(lower.length(), kindEnd + REACH)).find()
                    || startsBetween(refs, kindEnd, later.start("pred"))) {
                byItsNoun(field, text, lower, start, kindEnd, kind, subject.group(), refs); // "Его номер — 135"
                continue; // no number given within reach, or another act named before it
            }
            if (later.group("again") != null && !ActExtractor.kindOf(later.group("again").replaceFirst("^presidential\\s+", ""))
                    .equals(kind.wire())) {
                continue; // "the law …; it is registered as Edict No. 5": another act
            }
            String between = lower.substring(kindEnd, later.start("pred"));
            Link link = link(text, lower, kindEnd, between, kind, subject.group(), later.group("pred"));
            if (link == null || ActExtractor.bill(lower, start)
                    || kind == ActKind.RESOLUTION && !ActExtractor.governments(text, lower, start, later.end())
                    || ActIssuer.notBelarusian(text, lower, start, link.nameEnd() > kindEnd ? kindEnd : -1,
                    later.end(), kind == ActKind.RESOLUTION) // the aside's signer is read below
                    || link.aside() != null && ActIssuer.foreignIn(link.aside())) {
                continue; // "Указ Президента России, подписанный …, получил № 5", "…, подписанный Путиным, …"
            }
            LocalDate date = link.aside() != null ? ActDates.signedInAside(link.aside()) : null;
            if (date == null) {
                date = ActDates.signedOn(lower, start); // "Президент 3 марта 2031 г. подписал указ, которому …"
            }
            if (date == null) { // "signed the law on … on 30 December 2030; it is registered …"
                ActDates.Dated told = ActDates.afterSignedAct(lower, start, kindEnd);
                date = told == null ? null : told.date();
            }
            int numberStart = later.start("num");
            ActReference told = at(refs, numberStart);
            if (told != null) { // "… it is registered as Law No. 52-Z": the act read, now with its day
                if (told.date() == null && date != null) {
                    refs.set(refs.indexOf(told), ActExtractor.dated(told, date));
                }
                continue;
            }
            if (later.group("again") != null || later.group("conv") != null && kind != ActKind.LAW
                    || ActExtractor.covered(refs, later.start("marker"))) {
                continue; // "…; it is registered as Law No. 5 of Kazakhstan": that act was read on its own, and refused
            }
            int from = link.pronounStart() >= 0 ? link.pronounStart() : start;
            refs.add(ActExtractor.reference(kind, later.group("num"),
                    ActExtractor.suffix(later.group("suf"), later.group("conv")), date, text, field, from,
                    later.end("num") + (later.group("suf") == null && later.group("conv") == null ? 0
                            : numberTail(later))));
        }
    }

    /**
     * Adds the act whose number the next clause or sentence tells by its noun ({@link #NUMBER_NOUN}), when nothing else
     * is named between and the possessive or the kind agrees with the act; the evidence is that clause's words.
     */
    private static void byItsNoun(String field, String text, String lower, int start, int kindEnd, ActKind kind,
                                  String word, List<ActReference> refs) {
        int to = Math.min(lower.length(), kindEnd + REACH);
        if (!nounNear(lower, kindEnd, to)) {
            return; // cheap: a number sign within reach, but not the noun
        }
        Matcher noun = NUMBER_NOUN.matcher(lower).region(kindEnd, to).useTransparentBounds(true);
        if (!noun.find() || startsBetween(refs, kindEnd, noun.end()) || anotherActBetween(lower, kindEnd, noun.start())
                || sentencesBetween(lower, kindEnd, noun.start()) > 1 || !nounAgrees(noun, kind, word)
                || noun.group("conv") != null && kind != ActKind.LAW || ActExtractor.bill(lower, start)
                || kind == ActKind.RESOLUTION && !ActExtractor.governments(text, lower, start, noun.end())
                || ActIssuer.notBelarusian(text, lower, start, -1, noun.end(), kind == ActKind.RESOLUTION)) {
            return; // "… указ о поддержке школы. Её номер — 135": the school's; "Путин подписал указ. Его номер — 5"
        }
        LocalDate date = ActDates.signedOn(lower, start); // "Лукашенко 12 марта 2025 г. подписал указ. Его номер — 135"
        if (date == null) {
            ActDates.Dated told = ActDates.afterSignedAct(lower, start, kindEnd);
            date = told == null ? null : told.date();
        }
        refs.add(ActExtractor.reference(kind, noun.group("num"), ActExtractor.suffix(noun.group("suf"),
                noun.group("conv")), date, text, field, noun.start(), noun.end("num")
                + (noun.group("suf") == null && noun.group("conv") == null ? 0 : numberTail(noun))));
    }

    /** Whether "номер", "нумар" or "number" stands between {@code from} and {@code to}. */
    private static boolean nounNear(String lower, int from, int to) {
        String window = lower.substring(from, to); // bounded: a search to the text's end would cost its length each time
        return window.contains("номер") || window.contains("нумар") || window.contains("number");
    }

    /** Whether the number's noun speaks of the act: its possessive's gender, or the kind named after it. */
    private static boolean nounAgrees(Matcher noun, ActKind kind, String word) {
        String named = noun.group("ownerKind") != null ? noun.group("ownerKind") : noun.group("of");
        if (named != null) {
            return named.startsWith("док") || named.startsWith("дак") || named.startsWith("doc")
                    || ActExtractor.kindOf(named).equals(kind.wire());
        }
        return switch (noun.group("owner")) {
            case "его", "яго" -> agrees("ему", kind, word);
            case "её", "ее", "яе" -> agrees("она", kind, word);
            default -> agrees("it", kind, word);
        };
    }

    /** How far the number's suffix reaches past its digits ("№ 52-З"), so the evidence holds it. */
    private static int numberTail(Matcher later) {
        int end = later.group("conv") != null ? later.end("conv") : later.end("suf");
        return end - later.end("num");
    }

    /** How the act reaches its numbering verb, or null when it does not. */
    private record Link(int nameEnd, String aside, int pronounStart) {
    }

    private static Link link(String text, String lower, int kindEnd, String between, ActKind kind, String word,
                             String predicate) {
        Matcher participle = PARTICIPLE_ASIDE.matcher(between);
        if (PARTICIPLE.matcher(predicate).matches() && participle.matches()
                && name(text, lower, kindEnd, participle.group("name"))) {
            return new Link(kindEnd + participle.end("name"), null, -1);
        }
        Matcher aside = ASIDE.matcher(between);
        if (aside.matches() && name(text, lower, kindEnd, aside.group("name")) && relativeAgrees(aside.group("aside"), kind,
                word)) {
            return new Link(kindEnd + aside.end("name"), aside.group("aside"), -1);
        }
        Matcher relative = RELATIVE.matcher(between);
        if (relative.matches() && name(text, lower, kindEnd, relative.group("name"))
                && agrees(relative.group("pronoun"), kind, word)) {
            return new Link(kindEnd + relative.end("name"), null, -1);
        }
        Matcher pronoun = PRONOUN.matcher(between);
        if (pronoun.find() && agrees(pronoun.group("pronoun"), kind, word)
                && !anotherActBetween(lower, kindEnd, kindEnd + pronoun.start())
                && pronounsSentence(sentencesBetween(lower, kindEnd, kindEnd + pronoun.start("pronoun")),
                between.charAt(pronoun.start()))) {
            return new Link(kindEnd, null, kindEnd + pronoun.start("pronoun"));
        }
        return null;
    }

    /**
     * Whether the pronoun's clause, opened by {@code punctuation}, stands where it can point back at the act: "… . Он
     * …" opens the next sentence; "…; it …" or "…, і ён …" is a clause of the act's own sentence, or of the next one
     * after its opening words ("… . Как уточнили в пресс-службе, документу присвоен номер 187").
     */
    private static boolean pronounsSentence(int sentences, char punctuation) {
        return punctuation == '.' ? sentences == 1 : sentences <= 1;
    }

    /**
     * Whether the words between the kind word and the comma name the act: capitalised words of its issuer ("Указ
     * Президента Республики Беларусь"), "of the", or an unquoted title from "о/об/аб/пра/on/about" on ("Закон о налогах")
     * — not a clause of the sentence ("Закон дополнен пунктом, который …").
     */
    private static boolean name(String text, String lower, int from, String name) {
        boolean title = false;
        int at = from;
        for (String word : name.split("\\s+")) {
            if (word.isEmpty() || title) {
                continue;
            }
            int i = lower.indexOf(word, at); // the name is a piece of the lower-cased text from {@code from}
            at = i < 0 ? at : i + word.length();
            title = word.matches("[«\"“„']?(?:о|об|аб|пра|on|about|regarding)"); // "Указ «О …»" too (acts21)
            boolean capital = i >= 0 && Character.isUpperCase(text.charAt(i));
            if (!title && !capital && !OWN_WORDS.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A relative pronoun that opens an aside ("Указ, які Прэзідэнт падпісаў у аўторак, атрымаў нумар 135"). */
    private static final Pattern ASIDE_RELATIVE = Pattern.compile("\\s*(?:(?<masculine>котор(?:ый|ого|ым|ом)|які|якога|якім"
            + "|якім)|(?<feminine>котор(?:ая|ую|ой)|якая|якую|якой)|(?<neuter>которое|якое)|(?<english>which|that))(?!\\p{L})");

    /**
     * Whether an aside that opens with a relative pronoun ("…, which the President signed on Monday, …", "…, который
     * подписал Президент, …") speaks of the act: its pronoun has the act's gender. Any other aside does.
     */
    private static boolean relativeAgrees(String aside, ActKind kind, String word) {
        Matcher relative = ASIDE_RELATIVE.matcher(aside);
        if (!relative.lookingAt()) {
            return true;
        }
        String pronoun = relative.group("masculine") != null ? "он" : relative.group("feminine") != null ? "она"
                : relative.group("neuter") != null ? "оно" : "it";
        return agrees(pronoun, kind, word);
    }

    /** Whether a pronoun can stand for the act: its gender ("он" — указ, закон; "оно" — постановление; "яна" — пастанова). */
    private static boolean agrees(String pronoun, ActKind kind, String word) {
        boolean feminine = word.startsWith("дир") || word.startsWith("дыр") || word.startsWith("паст");
        boolean neuter = word.startsWith("пост");
        return switch (pronoun) {
            case "он", "ён", "который", "которому", "которым", "які", "якому" -> !feminine && !neuter
                    && !word.matches("[a-z ]+");
            case "ему", "яму" -> !feminine && !word.matches("[a-z ]+"); // the dative of "он" and "оно"
            case "оно", "которое", "якое" -> neuter;
            case "она", "яна", "ей", "ёй", "которая", "которой", "которую", "якая", "якой", "якую" -> feminine;
            case "it", "which", "that" -> word.matches("[a-z ]+");
            default -> true; // the document, the act, документ
        };
    }

    /** Whether another act's kind word in the singular stands between: the pronoun would be that one's. */
    private static boolean anotherActBetween(String lower, int from, int to) {
        Matcher k = SUBJECT.matcher(lower).region(from, to).useTransparentBounds(true);
        return k.find();
    }

    /** The markers a number told later carries ({@link ActExtractor#MARKER}), looked for before any pattern runs. */
    private static final String[] MARKERS = {"№", "#", "no.", "no ", "nos", " n ", "number", "номер", "нумар"};

    /** Whether a digit and a marker stand between {@code from} and {@code to}: a number may be told there. */
    private static boolean markerNear(String lower, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to && !digit; i++) {
            digit = lower.charAt(i) >= '0' && lower.charAt(i) <= '9';
        }
        if (!digit) {
            return false;
        }
        String window = lower.substring(from, to);
        for (String marker : MARKERS) {
            if (window.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reference read already starts between {@code from} and {@code to}. */
    private static boolean startsBetween(List<ActReference> refs, int from, int to) {
        for (ActReference r : refs) {
            if (r.start() >= from && r.start() < to) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences begin after {@code from}, up to {@code to}. */
    private static int sentencesBetween(String lower, int from, int to) {
        int n = 0;
        for (int at = Sentences.next(lower, from); at >= 0 && at <= to; at = Sentences.next(lower, at)) {
            n++;
        }
        return n;
    }

    private static ActReference at(List<ActReference> refs, int numberStart) {
        for (ActReference r : refs) {
            if (r.start() <= numberStart && numberStart < r.end()) {
                return r;
            }
        }
        return null;
    }
}
