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
 * 2 снежня 2030 года падпісаў Закон «…»"), between that verb and the act ("Президент подписал 2 сентября 2031 года
 * Директиву № 10"), at the end of that clause past the act's title ("… signed Directive No. 11 on accelerating … on 3
 * June 2030, …"), or in the next sentence that points back at it ("Документ датирован 30 ноября 2028 года."); also in a
 * participle set off by commas after an unquoted title ("Directive No. 4 on …, dated 9 March 2030, …"), in an
 * attributive participle before the act ("Подписанным 2 июня 2028 года Указом № 203"), and in the sentence before the
 * one the act opens ("The head of state signed the document on 14 January 2028. Edict No. 17 …"), and in the active
 * after the act or its title ("Закон № 345-З «…» Президент подписал 10 октября 2026 г.", "…, which the President
 * signed on …", "…, які кіраўнік дзяржавы падпісаў …"). A Belarusian decree
 * or law is dated the day the President signs it, so that day is the act's date; the day a chamber adopted a bill, or
 * an act takes effect, is not.
 */
final class ActDates {

    /**
     * Who signed: "by the President", "by the head of state", "Главой государства", "Президентом Республики Беларусь
     * Александром Лукашенко", "by President of Belarus Aleksandr Lukashenko" (at most seven words, no digits, no
     * preposition but "of", no conjunction: "signed by the President after talks with the unions on 3 May" is another
     * day's).
     */
    private static final String SIGNER = "(?:(?:by\\s+)?(?:(?!(?:and|but|or|after|before|with|during|following|when|while"
            + "|at|in|since|until|on|takes?|comes?|enters?|which|that|who|whose|will|shall|и|і|а|но|или|после|пасля|при|пры|во|ва|в|у"
            + "|ў|падчас|с|со|з|за|до|да|вступ\\p{L}*|уступ\\p{L}*|котор\\p{L}*|які|якая|якое|якія|будет|будзе)\\s)"
            + "[\\p{L}’'.-]+\\s+){1,7}?)?";
    /**
     * A quoted title, digits allowed: a title may name another act ("Edict No. 200 'On amending Edict No. 135 of 12
     * March 2025' was signed on 1 June 2031"), which is read on its own ({@link Dated#titleStart}); the date after the
     * title is the outer act's, the one inside it the inner act's.
     */
    private static final String TITLE = "(?<quoted>[«\"'‘“„‹][^«»‹›\"'‘’“”„\\n]{2,150}[»\"'’”“›])"; // "‹…›" too
    /**
     * "was signed on", "signed on", "подписан", "подписанный", "падпісаны": the act's signing, told after it; also who
     * signed it, in at most four words without digits ("signed by the head of state on", "подписанный Главой
     * государства"), and a resolution's adoption told right before the day ("adopted on", "принятым", "прынятай": a
     * body named between, "принятый Палатой представителей 2 апреля", adopted a law's text, not the act).
     */
    private static final String SIGNED_PASSIVE = "(?:(?:(?:was|were|has\\s+been|have\\s+been)\\s+)?signed\\s+" + SIGNER
            + "(?:on\\s+)?|(?:(?:was|were|has\\s+been|have\\s+been)\\s+)?adopted\\s+on\\s+|(?:is|was)\\s+dated\\s+"
            + "|(?:был\\s+|была\\s+|были\\s+)?(?:(?:подписан|датирован)\\p{L}*\\s+" + SIGNER + "|принят\\p{L}*\\s+(?:в\\s+)?)"
            + "|(?:быў\\s+|была\\s+|былі\\s+)?(?:(?:падпісан|датаван)\\p{L}*\\s+" + SIGNER + "|прынят\\p{L}*\\s+(?:у\\s+)?))";
    /**
     * The hour told before the signing day ("подписан в 10.00 12.03.2031", "signed at 10:00 on 12 March 2031"): a time
     * is dotted like a date's day and month but has no year, so it is read past, not as the date.
     */
    private static final String TIME = "(?:(?:(?:at|в|у|ў|а)\\s+)?\\d{1,2}[.:]\\d{2}(?![.:]?\\d)"
            + "(?:\\s*(?:hours|h|ч\\.|ч(?!\\p{L})|час\\p{L}*|гадз\\p{L}*\\.?))?\\s*,?\\s+(?:on\\s+)?)?";
    /** A relative pronoun that opens a clause about the act: "which", "который", "які" (their forms of an object). */
    private static final String RELATIVE = "(?:which|that|котор(?:ый|ую|ое|ые|ая)|які|якую|якое|якія|якая)\\s+";
    /**
     * The act's signing told in the active after it, with who signed it in at most four words: "… 'On AI', which the
     * President signed on 10 October 2026", "Закон № 345-З «…» Президент подписал 10 октября 2026 г.", "…, які
     * кіраўнік дзяржавы падпісаў 10 кастрычніка 2026 года". The subject has no conjunction ("… and Putin signed").
     */
    private static final String SUBJECT_SIGNED = "(?:(?!(?:and|и|і|but|а|но|while|after|before|when|once|после|пасля|когда|калі)\\s)[\\p{L}’'.-]+\\s+){1,4}?"
            + "(?:signed|подписал[аи]?|падпісаў|падпісал[аі])\\s+(?:(?:on|в|у)\\s+)?";
    private static final String SIGNED_ACTIVE = "(?:" + RELATIVE + ")?" + SUBJECT_SIGNED;
    private static final String DATE_AFTER = "(?:" + ActExtractor.DATE_PHRASE + "|(?:" + SIGNED_PASSIVE + "|"
            + SIGNED_ACTIVE + ")" + TIME + ActExtractor.DATE + ")";

    /** An unquoted title ("on accelerating the digital transformation", "о развитии …"): no digits, no stops. */
    private static final String UNQUOTED_TITLE = "(?:on|about|о|об|аб)\\s[^\\d\\n,.;:!?«»\"“”„()]{1,150}?";
    /**
     * After a number: a title, then its date or signing ("… 'On …' of 2 June", "… 'On …' was signed on 2 June"); or an
     * unquoted title and then the day in a participle set off by a comma ("Directive No. 4 on rural healthcare, dated 9
     * March 2030, …", "Указ № 64 о фонде, подписанный 9 марта 2030 г., …"): a bare "of"/"on" after an unquoted title
     * may date another event ("on the subbotnik on 20 April"), a participle names the act's own day.
     */
    private static final Pattern AFTER_NUMBER = Pattern.compile(
            "\\s*(?:" + TITLE + "\\s*,?\\s*" + DATE_AFTER + "|,?\\s*" + SIGNED_PASSIVE + TIME + ActExtractor.DATE
                    // "Edict No. 12, which the head of state signed on …", "Указ № 12, который был подписан …"
                    + "|,\\s*" + RELATIVE + "(?:" + SIGNED_PASSIVE + "|" + SUBJECT_SIGNED + ")"
                    + TIME + ActExtractor.DATE + ")"
                    + "|\\s+(?<title>" + UNQUOTED_TITLE + ")\\s*,\\s*(?:dated\\s+|" + SIGNED_PASSIVE + ")"
                    + ActExtractor.DATE);
    /**
     * After a number, the subject and the active signing, then the day: "Указ № 12 глава государства подписал 3 мая
     * 2031 года", "Ўказ № 12 кіраўнік дзяржавы падпісаў …" (tried only when a signing verb stands near: {@link
     * #signingNear}).
     */
    private static final Pattern ACTIVE_AFTER_NUMBER = Pattern.compile("\\s+" + SUBJECT_SIGNED + TIME + ActExtractor.DATE);
    /**
     * Whether a word within {@code chars} characters after {@code from} begins like a verb that signs or issues an act:
     * cheap, and never false when such a verb stands there; the patterns that read a signer are tried only then.
     */
    static boolean signingNear(String lower, int from, int chars) {
        int end = Math.min(lower.length(), from + chars);
        for (int i = from; i < end; i++) {
            if (i > 0 && Character.isLetter(lower.charAt(i - 1))) {
                continue; // not a word's start
            }
            boolean verb = switch (lower.charAt(i)) {
                case 's' -> lower.startsWith("sign", i);
                case 'i' -> lower.startsWith("issu", i) || lower.startsWith("издал", i);
                case 'a' -> lower.startsWith("adopt", i);
                case 'e' -> lower.startsWith("enact", i);
                case 'п' -> lower.startsWith("подпис", i) || lower.startsWith("падпіс", i) || lower.startsWith("принял", i)
                        || lower.startsWith("прыня", i);
                case 'у' -> lower.startsWith("утверд", i);
                case 'в' -> lower.startsWith("выда", i);
                case 'з' -> lower.startsWith("зацвердз", i);
                default -> false;
            };
            if (verb) {
                return true;
            }
        }
        return false;
    }

    /** After a law's title as recognised (its first words): the rest of the title and its closing quote, then a date. */
    private static final Pattern AFTER_TITLE = Pattern.compile(
            "(?:[^«»\"'‘’“”„\\d\\n]{0,150}?[»\"'’”“])?\\s*,?\\s*" + DATE_AFTER);

    /**
     * After the act the verb right before it signed, the rest of its clause: a quoted title, or an unquoted one
     * ("on accelerating the digital transformation", "о развитии …", "аб …") without digits or punctuation, then the
     * day ("on 3 June 2030", "2 сентября 2031 года") that ends the clause. The day the act takes effect is told in a
     * clause of its own or with a verb ({@link #NOT_A_TITLE}).
     */
    private static final Pattern AFTER_SIGNED_ACT = Pattern.compile("(?:\\s*" + TITLE + "\\s*,?"
            + "|\\s+(?<title>" + UNQUOTED_TITLE + "))"
            + "\\s*(?:(?:on|в|у)\\s+)?" + TIME + "(?<date>" + ActExtractor.DATE + ")(?:(?<=г\\.)|(?=\\s*(?:[,.;:!?)]|$)))");
    /** Words an act's title has not, but a clause about its entry into force or another event has. */
    private static final Pattern NOT_A_TITLE = Pattern.compile("(?<![\\p{L}\\d])(?:which|that|who|will|shall|would|takes?"
            + "|took|comes?|came|enters?|entered|effect|force|котор\\p{L}*|вступ\\p{L}*|уступ\\p{L}*|як[іая]|якое|якія"
            + "|будзе|будет)(?![\\p{L}\\d])");
    /**
     * The date between the verb that signed the act and its kind word ("подписал 2 сентября 2031 года Директиву"), or
     * between an attributive participle and the act it qualifies ("Подписанный 9 марта 2030 года Указ").
     */
    private static final Pattern SIGNED_THEN_DATE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:signed|signs|подписал[аи]?"
            + "|падпісаў|падпісал[аі])\\s+(?:(?:on|в|у)\\s+)?" + TIME + "(?<date>" + ActExtractor.DATE + ")\\s*,?\\s*"
            + "(?:(?:a|an|the)\\s+)?"
            // an attributive participle with its day right before the act: "Подписанным 2 июня 2030 года Указом № 5"
            + "|(?:подписанн|датированн|падпісан|датаван)\\p{L}*\\s+(?<participle>" + ActExtractor.DATE + ")\\s+)$");
    /**
     * A sentence that points back at an act and dates it: "The document is dated …", "The edict was signed on …",
     * "Документ датирован …", "Дакумент падпісаны …".
     */
    private static final Pattern POINTED_BACK = Pattern.compile("(?:(?:the|this)\\s+)?(?<noun>document|act|it|decree"
            + "|edict|law|directive|resolution|документ|дакумент|указ|ўказ|декрет|дэкрэт|закон|директива|дырэктыва"
            + "|постановление|пастанова)\\s+(?:(?:is|was|has\\s+been)\\s+)?(?:dated|signed\\s+on"
            + "|(?:был\\s+|была\\s+|было\\s+|быў\\s+)?(?:датирован|подписан|датаван|падпісан)\\p{L}*)\\s+"
            + "(?:(?:on|в|у)\\s+)?" + TIME + "(?<date>" + ActExtractor.DATE + ")");
    /**
     * The same told in the active: "The head of state signed the document on 14 January 2028.", "Глава государства
     * подписал документ …", "Прэзідэнт падпісаў дакумент …" (a subject of at most five words, not a foreign one).
     */
    private static final Pattern SIGNED_THE_DOCUMENT = Pattern.compile("(?:[\\p{L}’'.-]+\\s+){1,5}?"
            + "(?<verb>signed|подписал[аи]?|падпісаў|падпісал[аі])\\s+(?:(?:the|this)\\s+)?(?<noun>document|decree"
            + "|edict|law|directive|resolution|документ|дакумент|указ|ўказ|декрет|дэкрэт|закон|директиву|дырэктыву"
            + "|постановление|пастанову)\\s+(?:(?:on|в|у)\\s+)?" + TIME + "(?<date>" + ActExtractor.DATE + ")");
    /** What may end a dating sentence after its date: its full stop. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\s*[.!?]\\s*");

    /**
     * The verb that signed the act, right before its kind word (an article may come between); the passive too ("3 мая
     * 2031 года Президентом подписан Указ № 12", "… падпісаны Ўказ № 12").
     */
    private static final Set<String> SIGNED = Set.of("signed", "signs", "подписал", "подписала", "подписали", "падпісаў",
            "падпісала", "падпісалі", "подписан", "подписана", "подписано", "подписаны", "падпісаны",
            "падпісана");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Pattern DATE = Pattern.compile(ActExtractor.DATE);
    /** A word that puts the clause's date in a phrase of its own ("after the talks on 2 June, … signed"). */
    private static final Pattern PREPOSITION = Pattern.compile("after|before|since|until|following|at|in|by|with|from"
            + "|to|for|during|после|до|с|со|по|при|за|на|к|из|от|для|о|об|пасля|да|з|са|па|пры|ад|аб|падчас|во|ва");
    /**
     * What sets a dateline or a page's stamp off from the sentence it heads: the agency's name in brackets, a dash
     * between spaces, a bar ("MINSK, 14 March 2025 (BelTA) – …", "14 March 2025 | …", "14 March 2025, 10:15 — …").
     */
    private static final Pattern STAMP = Pattern.compile("[()|]|\\s[–—-]\\s");

    /**
     * A conjunction that opens a clause of its own between the day and the verb that signed the act: the day is the
     * main clause's ("On 14 March the press service reported that Lukashenko had signed …", "14 марта пресс-служба
     * сообщила, что подписан Указ …", "… паведаміла, што …").
     */
    private static final Pattern REPORTED = Pattern.compile("that|что|што|как|як|чтобы|каб");
    /** Words at most in the clause besides its date: a subject ("the head of state", "Аляксандр Лукашэнка"). */
    private static final int MAX_CLAUSE_WORDS = 5;

    /**
     * A time that opens a sentence, told otherwise than "from"/"since" a day: "last year", "this week", "on Monday", "in
     * March 2030", "in 2030", "earlier this month", "yesterday", "в прошлом году", "на этой неделе", "в понедельник", "в
     * марте", "в 2030 году", "летом 2030 года", "вчера", "у мінулым годзе", "на гэтым тыдні", "у панядзелак", "у
     * сакавіку", "летась", "сёлета", "учора", or a bare day ("3 мая 2031 года", "On 3 May").
     */
    private static final String TIME_LEAD = "(?:(?:last|this|next|earlier\\s+this|later\\s+this)\\s+(?:year|month|week"
            + "|spring|summer|autumn|fall|winter)|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|in\\s+(?:(?:early|late|mid-?)\\s*)?(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|spring|summer|autumn|winter)(?:\\s+\\d{4})?|in\\s+\\d{4}|earlier|recently|yesterday|lately"
            + "|в\\s+(?:прошлом|этом|текущем|следующем|минувшем)\\s+(?:году|месяце)|на\\s+(?:прошлой|этой|следующей)\\s+неделе"
            + "|в\\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|во\\s+вторник"
            + "|в\\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
            + "(?:\\s+\\d{4}\\s+(?:года|г\\.))?|в\\s+\\d{4}\\s+(?:году|г\\.)|(?:летом|зимой|весной|осенью)(?:\\s+\\d{4}\\s+(?:года|г\\.))?"
            + "|вчера|недавно|ранее|у\\s+(?:мінулым|гэтым|бягучым|наступным)\\s+(?:годзе|месяцы)"
            + "|на\\s+(?:мінулым|гэтым|наступным)\\s+тыдні|[уў]\\s+(?:панядзелак|аўторак|сераду|чацвер|пятніцу|суботу|нядзелю)"
            + "|[уў]\\s+(?:студзені|лютым|сакавіку|красавіку|траўні|чэрвені|ліпені|жніўні|верасні|кастрычніку|лістападзе"
            + "|снежні)(?:\\s+\\d{4}\\s+(?:года|г\\.))?|[уў]\\s+\\d{4}\\s+(?:годзе|г\\.)|(?:летам|зімой|вясной|восенню)"
            + "(?:\\s+\\d{4}\\s+(?:года|г\\.))?|летась|сёлета|учора|нядаўна|раней"
            + "|(?:on\\s+)?\\d{1,2}\\s+\\p{L}{3,11}\\.?(?:\\s+\\d{4})?(?:\\s*(?:года|г\\.|г(?!\\p{L})))?)";

    /**
     * Words that may open a sentence before the scene or the act: a discourse word ("Meanwhile", "Тем временем", "Тым
     * часам") or a time ("From 1 March", "С 1 марта", "З 1 сакавіка", "Since 2031"; since the acts17 round also "Last
     * year", "On Monday", "In March 2030", "In 2030", "Earlier this month", "В прошлом году", "На прошлой неделе",
     * "Летом 2030 года", "Летась", "У панядзелак", "3 мая"), then a comma or not.
     */
    static final String LEAD = "(?:(?:meanwhile|now|today|currently|also|тем\\s+временем|между\\s+тем|сейчас|теперь"
            + "|также|тым\\s+часам|між\\s+тым|цяпер|зараз|таксама)"
            + "|(?:from|since|as\\s+of|starting|с|со|з|са|начиная\\s+с|пачынаючы\\s+з)\\s+(?:\\d{1,2}\\s+\\p{L}{3,11}\\.?"
            + "|\\p{L}{3,9}\\s+\\d{1,2}|\\d{4})(?:\\s+\\d{4})?(?:\\s*(?:года|г\\.|г(?!\\p{L})))?"
            + "|" + TIME_LEAD + ")\\s*,?\\s+";

    /**
     * The act's signing told in the passive right after it ("… was signed by the President", "… подписан Президентом"),
     * or nothing: see {@link #opening}.
     */
    private static final Pattern SIGNED_AFTER = Pattern.compile("\\s*,?\\s*(?:(?:was|were|has\\s+been|have\\s+been)\\s+signed"
            + "|(?:был[аио]?\\s+)?подписан[аоы]?|(?:быў\\s+|была\\s+|было\\s+|былі\\s+)?падпісан[аы]?)(?![\\p{L}\\d])");
    /** A clause that opens with the day, right before the act: "On 3 May 2031, Edict …", "3 мая 2031 года Указ …". */
    private static final Pattern OPENING_DAY = Pattern.compile("(?:(?:on|в|у)\\s+)?(?<date>" + ActExtractor.DATE
            + ")\\s*,?\\s*(?:(?:the|a|an)\\s+)?(?:[\\p{L}’'-]+['’]s\\s+|presidential\\s+)?"); // "the President's"
    /** A clause that opens with a signing participle and its day set off by a comma: "Подписанный 3 мая 2031 года, Указ …". */
    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("(?:подписанн|датированн|падпісан|датаван)\\p{L}*\\s+"
            + "(?:(?:в|у)\\s+)?(?<date>" + ActExtractor.DATE + ")\\s*,\\s*");

    private ActDates() {
    }

    /**
     * The day that opens the act's clause, when the clause says it is the signing day: "On 3 May 2031, Edict No. 12 was
     * signed by the President", "3 мая 2031 года Указ № 12 подписан" (the passive told after the act, up to {@code
     * numberEnd}), or "Подписанный 3 мая 2031 года, Указ № 12 …", "Падпісаны 3 мая 2031 года, Ўказ № 12 …". A day that
     * opens a clause without the signing ("On 3 May 2031 Edict No. 12 took effect") is another event's; or null.
     */
    static LocalDate opening(String lower, int kindStart, int numberEnd) {
        boolean signedAfter = SIGNED_AFTER.matcher(lower).region(numberEnd, lower.length()).lookingAt();
        int floor = Math.max(0, kindStart - 80);
        int clause = Sentences.start(lower, kindStart, floor);
        if (clause == floor && floor > 0 || clause >= kindStart) {
            return null; // the sentence starts further back: no day opens it right before the act
        }
        char first = lower.charAt(clause);
        if (first == 'п' || first == 'д') { // cheap: most clauses open otherwise
            Matcher participle = OPENING_PARTICIPLE.matcher(lower).region(clause, kindStart);
            if (participle.matches()) {
                return ActExtractor.date(participle.group("date"));
            }
        }
        if (!signedAfter) {
            return null;
        }
        Matcher day = OPENING_DAY.matcher(lower).region(clause, kindStart);
        return day.matches() ? ActExtractor.date(day.group("date")) : null;
    }

    /** A date told after an act's number (past its title), or null; {@link Dated#end} is where the date ends. */
    static Dated afterNumber(String lower, int from) {
        Matcher m = AFTER_NUMBER.matcher(lower);
        Dated dated = dated(m, from, true);
        if (dated == null && signingNear(lower, from, 60)) {
            return dated(ACTIVE_AFTER_NUMBER.matcher(lower), from, false); // "Указ № 12 глава государства подписал …"
        }
        return dated != null && m.group("title") != null && NOT_A_TITLE.matcher(m.group("title")).find() ? null : dated;
    }

    /**
     * The signing day told in a participle that opens an aside set off by commas, the act's number told after the
     * aside ("Указ, подписанный Президентом 3 марта 2031 г., получил № 135", "The edict, signed by the President on 3
     * March 2031, was given No. 135", "The law, adopted on 3 April 2031, is registered as Law No. 52-Z"): {@link
     * NumberToldLater}.
     */
    private static final Pattern ASIDE_SIGNED = Pattern.compile("\\s*(?:" + SIGNED_PASSIVE + ")" + TIME
            + "(?<date>" + ActExtractor.DATE + ")\\s*$");

    /** The signing day an aside ({@code aside}, without its commas) tells of the act before it, or null. */
    static LocalDate signedInAside(String aside) {
        Matcher m = ASIDE_SIGNED.matcher(aside);
        return m.lookingAt() ? ActExtractor.date(m.group("date")) : null;
    }

    /** A date told after a law's title as recognised, or null. */
    static Dated afterTitle(String lower, int from) {
        return dated(AFTER_TITLE.matcher(lower), from, false);
    }

    private static Dated dated(Matcher m, int from, boolean quoted) {
        if (!m.region(from, m.regionEnd()).lookingAt()) {
            return null;
        }
        // what is skipped has no digits but in a quoted title, where they are another act's: the first date after it
        // is the act's
        boolean titled = quoted && m.group("quoted") != null;
        LocalDate date = ActExtractor.date(titled ? m.group().substring(m.end("quoted") - m.start()) : m.group());
        return date == null ? null : titled ? new Dated(date, m.end(), m.start("quoted"), m.end("quoted"))
                : new Dated(date, m.end());
    }

    /**
     * The date at the start of the clause whose verb, right before {@code kindStart}, signed the act ("On 1 April
     * 2025, Aleksandr Lukashenko signed Decree …"), or null: no signing verb there, no date, or a date in a phrase of
     * its own (a preposition other than "on"/"в" before it, or more than a subject's few words besides it).
     */
    /**
     * English's attributive date: the day between "the" and the kind word ("Under the 12 March 2025 Edict No. 135",
     * "the March 12, 2025 decree") is the act's own, as "of 12 March 2025" after it would be (the acts21 round).
     */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?<![\\p{L}\\d])the\\s+(?<date>" + ActExtractor.DATE
            + ")\\s+(?:(?:belarusian|presidential|government)\\s+)?$");

    /** The act's date told as an attribute before its kind word ({@link #ATTRIBUTIVE}), or null. */
    static LocalDate attributive(String lower, int kindStart) {
        Matcher m = ATTRIBUTIVE.matcher(lower).region(Math.max(0, kindStart - 60), kindStart).useTransparentBounds(true);
        return m.find() ? ActExtractor.date(m.group("date")) : null;
    }

    static LocalDate signedOn(String lower, int kindStart) {
        Matcher between = SIGNED_THEN_DATE.matcher(lower).region(Math.max(0, kindStart - 80), kindStart)
                .useTransparentBounds(true);
        if (between.find()) { // "Президент подписал 2 сентября 2031 года Директиву № 10", "Подписанным 2 июня … Указом"
            String date = between.group("date");
            return ActExtractor.date(date != null ? date : between.group("participle"));
        }
        int verb = signingVerb(lower, kindStart);
        if (verb < 0) {
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
        if (STAMP.matcher(clause).region(dateEnd, clause.length()).find()) {
            return null; // "MINSK, 14 March 2025 (BelTA) – Lukashenko signed …": the report's day, not the act's
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
            if (PREPOSITION.matcher(w).matches() || REPORTED.matcher(w).matches()) {
                return null; // "14 марта пресс-служба сообщила, что подписан Указ № 135": the day of the report
            }
            count++;
        }
        return count > MAX_CLAUSE_WORDS ? null : ActExtractor.date(clause.substring(dateStart, dateEnd));
    }

    /** Where the verb that signed the act starts, right before its kind word or an article, or -1. */
    private static int signingVerb(String lower, int kindStart) {
        int verb = wordBefore(lower, kindStart);
        if (verb >= 0 && ARTICLES.contains(lower.substring(verb, wordEnd(lower, verb)))) {
            verb = wordBefore(lower, verb);
        }
        return verb < 0 || !SIGNED.contains(lower.substring(verb, wordEnd(lower, verb))) ? -1 : verb;
    }

    /**
     * The day told at the end of the clause of an act that the verb right before its kind word signed ("Aleksandr
     * Lukashenko signed Directive No. 11 on accelerating … on 3 June 2030, …", "Президент подписал Указ № 58 о … 14
     * марта 2031 года"), past its title; or null.
     */
    static Dated afterSignedAct(String lower, int kindStart, int from) {
        if (signingVerb(lower, kindStart) < 0) {
            return null;
        }
        Matcher m = AFTER_SIGNED_ACT.matcher(lower).region(from, lower.length()).useTransparentBounds(true);
        if (!m.lookingAt() || m.group("title") != null && NOT_A_TITLE.matcher(m.group("title")).find()) {
            return null;
        }
        LocalDate date = ActExtractor.date(m.group("date"));
        return date == null ? null : m.group("quoted") == null ? new Dated(date, m.end())
                : new Dated(date, m.end(), m.start("quoted"), m.end("quoted"));
    }

    /**
     * The date of a sentence starting at {@code sentenceStart} that points at an act of {@code kind} and dates it
     * ("Документ датирован 30 ноября 2028 года.", "The edict was signed on …", "The head of state signed the document
     * on …"), and where that date ends; or null. A kind word must be the act's kind ("The law was signed on …" does
     * not date an edict).
     */
    static Dated pointedBack(String lower, int sentenceStart, String kind) {
        Matcher m = POINTED_BACK.matcher(lower).region(sentenceStart, lower.length());
        if (!m.lookingAt()) {
            m = SIGNED_THE_DOCUMENT.matcher(lower).region(sentenceStart, lower.length());
            if (!m.lookingAt() || ActIssuer.subject(lower, lower, m.start("verb"))) {
                return null; // "Putin signed the document on …" dates no Belarusian act
            }
        }
        String noun = m.group("noun");
        String said = switch (noun.substring(0, 2)) {
            case "de", "ed", "ук", "ўк", "де", "дэ" -> "decree";
            case "la", "за" -> "law";
            case "di", "ди", "ды" -> "directive";
            case "re", "по", "па" -> "resolution";
            default -> null; // the document, the act, it
        };
        LocalDate date = said != null && !said.equals(kind) ? null : ActExtractor.date(m.group("date"));
        return date == null ? null : new Dated(date, m.end());
    }

    /** Whether the dating phrase ending at {@code end} ends its sentence, the next one starting at {@code next}. */
    static boolean endsSentence(String lower, int end, int next) {
        return end <= next && SENTENCE_END.matcher(lower).region(end, next).matches();
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

    /**
     * A date read after a reference, and where its phrase ends (the reference's evidence reaches there); and the quoted
     * title read past on the way, or -1: an act it names is read on its own.
     */
    record Dated(LocalDate date, int end, int titleStart, int titleEnd) {
        Dated(LocalDate date, int end) {
            this(date, end, -1, -1);
        }
    }
}
