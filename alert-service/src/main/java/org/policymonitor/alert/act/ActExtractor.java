package org.policymonitor.alert.act;

import org.policymonitor.platform.text.LookAlikeLetters;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to legal acts in English, Russian and Belarusian text and normalises them, so that "Decree No.
 * 135", "Указ № 135", "Указом №135 от 12 марта 2025 г." and "ўказам № 135" are all {@code decree:135}.
 * <p>
 * A reference is a kind word (any inflection) followed by a number, with a few words allowed between (“Указ Президента
 * Республики Беларусь № 135”, “Decree of the President No. 135”) only when the number carries a marker (№, N, No., #),
 * or stands in apposition ("the new edict, No. 51, …", "закон (№ 145-З)"); a bare number must follow the kind word
 * directly and must not be an amount ("135 million"). A law may also be named by its title («О защите персональных
 * данных» = "On Personal Data Protection"); a numbered law is named by its number only, wherever its title stands
 * ("Закон «О защите персональных данных» № 99-З" is {@code law:99}). Resolutions count only when they are the government's (Council of
 * Ministers), not a court's or the UN's; no act counts whose issuer is named as foreign, supranational, a court or an
 * agency ({@link ActIssuer}) or who signed it in the sentence before ("Tokayev signed a decree on … . Decree No. 45
 * …"), or whose unnumbered act of the same kind the sentence before names ("A new Kazakh law on AI … . Law No. 45 …"),
 * or whose foreign act of that kind the sentence two back names with nothing of Belarus or another act between ("Tokayev
 * signed a decree on … . It takes effect in May. Decree No. 45 …"), nor a bill ("draft law", "проект закона",
 * "проекты законов"), nor the President's order ("№ 135рп": a number with a suffix other than
 * a law's "-З", or its 1990s convocation "-XII"/"-XIII", is another act's); an edict named by its ordinal ("после
 * 200-го указа") and acts in the plural whose numbers follow a dash ("Два ўказы — № 135 пра … і № 200 пра …") count.
 * Numbers restart every year, so the id has no
 * year; the date is kept when the text gives it, next to the number or past the act's title, or as the day the act was
 * signed, told in its clause, in the next sentence or in the sentence before the one it opens ({@link ActDates}); month
 * names may be abbreviated ("4 апр. 2028 г."), numeric dates dotted or slashed ("12.03.2025 г.", "12/03/2025", day
 * first, the convention of every source we read, unless the text's own slashed dates show it writes month first:
 * {@link SlashedDates}; ISO "2025-03-12" as legal databases print it; an hour before the day is read past; in brackets
 * with a label, "(дата принятия: 2017-12-21)", "(date of signing: …)"). In a list each number keeps the
 * date told next to it, after it or, as official texts list amending acts, before it ("в редакции Указов от 1 июня
 * 2031 г. № 200, от 3 июля 2031 г. № 201"), each with its title between ("… № 45 «О тарифах» и от 3 марта 2025 г. № 47"),
 * or a list of days told once for the list, paired in order ({@link PairedDates}: "указами от 1 и 3 марта 2025 г. № 45
 * и 47"); a short range (also "Указы № 45 – № 47") after a plural kind word, "Nos." or "№№" is one act per
 * number ("Указами №№ 135–137", "с № 135 по № 137", "Edicts Nos. 135 through 137", "Указы № 135 по 137"), and so is a
 * list of three or more after a plural that is also a singular ("Постановления … № 135, 136 и 137"), or of two that
 * ends its phrase ("Постановления … № 135 и 136 утратили силу"). Laws in the plural before an unquoted title are a
 * kind of law, not the titled one ("amendments to the laws on personal data protection"). A quoted title may name other acts ("Указ «О мерах по реализации Закона № 45-З» от 3
 * мая 2031 г. № 170"): the outer act keeps its own number and date, and the acts in the title are read inside it.
 * An act named without its number is followed across a clause to the number told later ({@link NumberToldLater}:
 * "Указ, подписанный …, получил № 135", "… signed the law on … on 30 December 2024; it is registered as Law No.
 * 52-Z"); a flattened table's cells and a flattened list's own dates are read ("Указ | № 135 | 07.04.2026", "Указы: №
 * 135 от …; № 136 от …"), and a date past the official name of Belarus's President or government after the number
 * ("Edict No. 214 of the President of the Republic of Belarus dated June 4, 2031"); a ranking after the number is none
 * ("Закон … получил № 1 в рейтинге"). The day after "on" is another verb's when the act is that verb's object ("The
 * portal published Edict No. 135 on …"); a number after a note in brackets or "а также" continues a list ("Указ № 135 (о
 * налогах) и № 136").
 * Text is read as a page or a paste shows it: invisible format characters are read past, the evidence keeping the
 * field's own offsets ({@link VisibleText}); a marked number that heads a line or a table's cell names the act after
 * it ("№ 135 Указ Президента …", "| № 135 | Указ | 12.03.2025 |").
 * As news and posts write (the acts34 round): a hashtag glues the number to the word ("#Указ135"), "№" may be glued to
 * it ("указ№135"), a day without its year may stand between the issuer and the number ("постановление СМ РБ от 12
 * марта № 240": no year guessed), and a number set off after the act's name closes there ("указ о ПВТ (№ 135)",
 * {@link NumberAfterTheName}); a bare number that is a year alone, a day or a count ("Указ 2025", "Указ 12 марта",
 * "Закон 135 раз"), and a number after a school's or another document's noun ("в школе № 135") are not the act's.
 * Pure Java, thread-safe.
 */
public final class ActExtractor {

    /**
     * The patterns are written in lower case and run over the text lower-cased once ({@link #lower}, the same length,
     * so offsets hold): case-insensitive Unicode matching costs several times more on every character.
     */
    private static final int FLAGS = 0;

    // "ukaz", "ukase": the transliterations of "указ" some English-language outlets use ("Lukashenka signed Ukaz No. 135")
    private static final String DECREE = "(?:presidential\\s+)?(?:(?:decree|edict|ukase)s?|ukaz(?:es)?)"
            + "|(?:указ|ўказ|декрет|дэкрэт)(?:ами|амі|ах|ам|ом|ов|аў|а|у|е|ы)?|дэкрэце"; // Belarusian т→ц: "у Дэкрэце № 8"
    /** "law" as the first word of another noun names no act: "Law enforcement officer No. 135", "a law firm". */
    private static final String LAW = "laws?(?!\\s+(?:enforcement|firms?|schools?|students?|facult(?:y|ies)|professors?|offices?"
            + "|graduates?|degrees?|journals?|society|makers?|suits?|clerks?)(?!\\p{L}))|закон(?:ами|амі|ах|ам|ом|ов|аў|а|у|е|ы)?";
    private static final String RESOLUTION = "resolutions?|постановлени(?:ями|ях|ям|ем|е|я|ю|и|й)"
            // lawyers' abbreviations, "пост. Совмина № 45", "ПСМ № 45" (the government's: checked); "пост." only before
            // the government, a number or a date ("покинул пост. Совет Министров …" ends a sentence)
            + "|пост\\.(?=\\s*(?:см(?!\\p{L})|совмин|совета\\s+мин|сов\\.|правительств|№|от\\s))|псм"
            + "|пастанов(?:амі|ах|ам|аў|ай|аю|ою|а|ы|е|у)|пастаноў"; // "пастаноў": the Belarusian genitive plural; "пастановаю"
    private static final String DIRECTIVE = "directives?|директив(?:ами|ах|ам|ой|ою|а|ы|е|у)?"
            + "|дырэктыв(?:амі|ах|ам|ай|аю|а|ы|е|у)|дырэктыў";

    /** The day of the week English writes before a date: "dated Wednesday, 12 March 2025", "on Monday, March 3, 2031". */
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*,?\\s+)?";
    /**
     * A day's ordinal ending: English "12th March 2025", "March 12th, 2025"; Russian and Belarusian after a hyphen, as
     * news types the genitive ("от 12-го марта 2025 г.", "12-ого", "ад 12-га сакавіка").
     */
    private static final String ORDINAL_DAY = "(?:st|nd|rd|th|-(?:ого|го|ага|га))?";
    /**
     * A day before its month: "12", "12th", "the 12th (of March)", and the day in quotes as official forms print it
     * ("от «12» марта 2025 г.").
     */
    private static final String DAY = "(?:[«\"“„]\\d{1,2}[»\"”“]|(?:the\\s+)?\\d{1,2}" + ORDINAL_DAY + ")";
    /** The year's word after a date: "2025 г.", "2025 года". */
    private static final String YEAR_WORD = "(?:\\s*(?:года|год|г\\.|г(?!\\p{L})))?";
    /**
     * "12 марта 2025 г.", "12 сакавіка 2025", "12 March 2025", "March 12, 2025", "12.03.2025", "12.03.2025 г.",
     * "12/03/2025", and the ISO form legal databases and document cards print ("2025-03-12", year first). A month
     * name has up to eleven letters (Belarusian "кастрычніка").
     */
    static final String DATE = WEEKDAY + "(?:" + DAY + "\\s+(?:of\\s+)?\\p{L}{3,11}\\.?,?\\s+\\d{4}" + YEAR_WORD
            + "|\\p{L}{3,9}\\.?\\s+\\d{1,2}" + ORDINAL_DAY + ",?\\s+\\d{4}"
            + "|(?:\\d{1,2}\\.\\d{1,2}\\.|\\d{1,2}/\\d{1,2}/|\\d{1,2}-\\d{1,2}-)\\d{4}(?!\\d)" + YEAR_WORD
            + "|\\d{1,2}\\.\\d{1,2}\\.\\d{2}(?!\\d|\\.\\d)" + YEAR_WORD // "от 12.03.25": a year of two digits
            + "|(?<![\\d.\\-/])\\d{4}-\\d{2}-\\d{2}(?![\\d\\-])" + YEAR_WORD + ")";
    /** "от 12 марта 2025 г.", "ад 12 сакавіка", "of 12 March", "dated", and "Edict No. 212 on 7 April 2026" (BelTA). */
    static final String DATE_PHRASE = "(?:от|ад|of|dated|from|on)\\s+" + DATE;
    /**
     * What a document card or a bracket says before the day the act was adopted or signed: "дата принятия:", "дата
     * подписания —", "дата прыняцця:", "date of signing:", "adopted", "падпісаны" (not "дата вступления в силу": the
     * day it takes effect is another day).
     */
    private static final String DATE_LABEL = "(?:(?:дата\\s+(?:принятия|подписания|издания|прыняцця|падпісання|выдання)"
            + "|date\\s+of\\s+(?:adoption|signing|signature|issue)|(?:adoption|signing|signature|issue)\\s+date"
            + "|(?:принят|подписан|издан|прынят|падпісан|выдадзен)\\p{L}*|adopted|signed|issued)\\s*[:—–-]?\\s*)?";
    /**
     * "№", "No.", "#", and the word as news writes it: "Указ номер 135", "указам нумар 135", "Number 5". "№" may be glued
     * to the word before it, as posts type it ("указ№135": acts34 round); a letter marker may not ("Union 5").
     */
    static final String MARKER = "(?:№№|№|(?<!\\p{L})(?:nos?\\.?|nr\\.?|n|#|numbered|number|номер(?:ом|а|у)?|нумар(?:ам|а|у)?))";
    /**
     * Between the marker and its number: spaces, and a hyphen or dash some sites type there ("Указ №-135", "Указ № -
     * 135", "Decree No.-135").
     */
    static final String AFTER_MARKER = "(?:\\s*[-–—])?\\s*";
    private static final String AMOUNT = "\\s*(?:%|percent|процент|million|billion|thousand|млн|млрд|тыс|тысяч|мільён|мільярд)";
    /** "Закон 2014 года", "Указ 2020 г.": a bare number followed by a year word is a year, not the act's number. */
    private static final String YEAR = "\\s*(?:год|гад|г\\.|г(?!\\p{L})|years?(?!\\p{L}))";
    /**
     * Kind words in the plural ("Указы", "указами", "Decrees", "Законы"): their list of numbers may leave out the
     * marker after the first ("Указы № 178 и 179"); after a singular one the next number is something else ("Указ
     * № 178 и 20 поручений"). Forms that are also singular ("постановления", "директивы", Belarusian "указам") are not
     * counted.
     */
    private static final Pattern PLURAL = Pattern.compile("(?:presidential\\s+)?(?:decrees|edicts|ukases|ukazes|laws|resolutions|directives)"
            + "|(?:указ|ўказ|декрет|дэкрэт|закон)(?:ами|амі|ах|ов|аў|ы)|постановлени(?:ями|ях|ям|й)|директив(?:ами|ах|ам)"
            + "|дырэктыв(?:амі|ах|ам)|пастанов(?:амі|ах|ам)|пастаноў|дырэктыў", FLAGS);

    /**
     * What makes a number right after a kind word, without a marker, no act's number (the acts34 round, as news and
     * speech write): a day before its month's name ("Указ 12 марта подписан", "Decree 12 March"), a count or a span
     * ("Закон 135 раз упоминался", "Указ 100 дней действует", "Закон 30 лет назад", "the law 3 times amended", "3
     * чтения"). English "May" only before a year: "Decree 5 may be revised" numbers.
     */
    private static final String BARE_DAY_OR_COUNT = "\\s+(?:(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр"
            + "|декабр|студзен|лют|сакавік|красавік|траўн|чэрвен|ліпен|жні[вў]|верас|кастрычнік|лістапад|снеж)\\p{L}*"
            + "|ма[яй]|(?:january|february|march|april|june|july|august|september|october|november|december)"
            + "|may(?=\\s+\\d{4})"
            + "|раз(?:а|ов)?|разоў|дн(?:ей|я|ям|ях)|дзён|дзень|сут\\p{L}*|лет|гадоў|месяц\\p{L}*|тыдн\\p{L}*|недел\\p{L}*"
            + "|час(?:а|ов)?|гадзін\\p{L}*|минут\\p{L}*|хвілін\\p{L}*|чтени\\p{L}*|чытанн\\p{L}*"
            + "|times?|days?|weeks?|months?|hours?|minutes?|readings?)(?!\\p{L})";
    /**
     * A number right after a kind word without a marker ("Указ 135", "Decree 135", "#Указ135"): not an amount, a year
     * ("Закон 2014 года", and since the acts34 round a year alone: "Указ 2025 подписан", "Закон 2026: что изменится"),
     * a span of years ("Указы 2021–2025 годов"), a day or a count ({@link #BARE_DAY_OR_COUNT}).
     */
    private static final String BARE_NUMBER = "(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}(?!\\d|\\p{L}|[/.,]\\d|-[\\p{L}&&[^ЗзZz]]"
            + "|\\s*[-–—]\\s*\\d|" + AMOUNT + "|" + YEAR + "|" + BARE_DAY_OR_COUNT + ")";
    /**
     * A day without its year between a kind word and its marker, as news dates an act it names ("постановление СМ РБ от
     * 12 марта № 240", "Указом от 12.03 № 135", "The Decree of March 12 No. 135"): read past, no date guessed.
     */
    private static final String YEARLESS_DATE = "(?:от|ад|of|dated)\\s+(?:\\d{1,2}" + "(?:st|nd|rd|th|-(?:ого|го|ага|га))?"
            + "\\s+(?:of\\s+)?(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют"
            + "|сакавік|красавік|трав|траўн|чэрвен|ліпен|жні[вў]|верас|кастрычнік|лістапад|снеж|jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)\\p{L}*\\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2}"
            + "(?:st|nd|rd|th)?|\\d{1,2}\\.\\d{1,2}\\.?)(?![\\d\\p{L}])";

    /** The start of a month's name: a number before one is a day ("Указы … № 135 и 13 марта …"). */
    static final String MONTH_WORD = "(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"
            + "|студзен|лют|сакавік|красавік|трав|траўн|чэрвен|ліпен|жні[вў]|верас|кастрычнік|лістапад|снеж"
            + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
    /** A range told in words: "с № 135 по № 137", "з № 135 па № 137", "from No. 135 to No. 137", "Nos. 135 through 137". */
    private static final String RANGE_WORD = "(?:to|through|по|па|до)";
    /** The end of a range in words without its own marker, only after "Nos."/"№№" ("Nos. 135 to 137"). */
    private static final String RANGE_AFTER_NOS = "(?<=(?:nos\\.?|№№)\\s{0,3}\\d{1,4}(?:\\s{0,3}-\\s{0,3}[зz])?\\s{1,3}"
            + RANGE_WORD + "\\s{1,3})";
    /**
     * The end of a range in words without its own marker nor "Nos."/"№№" before the first ("Указы № 135 по 137", "Edicts
     * No. 135 to 137"): {@link #numbers} takes it as a range only after a plural kind word or a "с/з/from" frame. A day
     * or a span of time is no number ("Указы № 5 по 10 июня продлены", "до 10 лет").
     */
    private static final String BARE_RANGE_END = "(?=\\d{1,4}(?!\\d)(?:\\s*-\\s*[зz])?(?!\\s*(?:" + MONTH_WORD
            // nor a span of time: "до 10 лет", "to 10 days"
            + "|лет|год|гад|дн|дзён|сут|месяц|тыдн|недел|час|гадз|минут|хвілін|days?|weeks?|months?|years?|hours?)))";
    /** The words before a range's first marker that frame it: "с № 135 по № 137", "з № …", "from No. …". */
    private static final Pattern RANGE_FRAME = Pattern.compile("(?:^|\\s)(?:с|со|з|from)\\s*$", FLAGS);
    /**
     * Kind words whose plural is also a singular form ("постановления", "директивы", "пастановы", "дырэктывы"): their
     * list leaves out the marker after the first number only when it lists three or more with commas and a conjunction
     * ("Постановления Совета Министров № 135, 136 и 137"), or a range set with the en or em dash ("пастановы … №
     * 117–119", the acts35 round); "постановления № 135 и 20 поручений" stays one act.
     */
    private static final Pattern AMBIGUOUS_PLURAL = Pattern.compile("постановления|директивы|пастановы|дырэктывы", FLAGS);
    private static final Pattern COMMA_LIST = Pattern.compile("\\s*,\\s*\\d{1,4}(?:\\s*,\\s*\\d{1,4})*\\s*(?:и|і|and|&)\\s*\\d{1,4}"
            + "(?![\\d\\p{L}]|[/.,]\\d|-[\\p{L}\\d]|" + AMOUNT + "|" + YEAR + ")", FLAGS);

    /**
     * Two numbers after such a word ("Постановления Совета Министров № 135 и 136 утратили силу", "Дырэктывы № 3 і 4
     * выкананы"): a list when the second number ends the phrase — punctuation, a date, the issuer's name or a verb in
     * the plural (past "-ли/-лі", short participle "-ны") follows it; "постановления № 135 и 2 пунктов плана" counts
     * points.
     */
    private static final Pattern TWO_LIST = Pattern.compile("\\s*(?:и|і)\\s*\\d{1,4}(?:\\s*-\\s*[зz])?(?![\\d\\p{L}]|[/.,]\\d|-[\\p{L}\\d]|"
            + AMOUNT + "|" + YEAR + ")(?=\\s*(?:[.;,)!?]|$|(?:от|ад)\\s|(?:совета|савета|правительства|урада|президента"
            + "|прэзідэнта)(?!\\p{L})|\\p{L}+(?:ли|лі|ны)(?!\\p{L})))", FLAGS);

    /**
     * What follows an act's number: not another part of it ("№ 58-12", "№ 152-ФЗ", "No. 94-VIII" are other
     * numberings; a Belarusian law's is "№ 99-З", or in the 1990s its Supreme Soviet's convocation, "№ 708-XIII",
     * "№ 2435-XII": Belarus's twelfth and thirteenth, which numbered the laws still in force from those years), a fraction ("78/265") or a decimal; but the end of a range ({@code
     * to}: "№№ 135–137"), which {@link #numbers} takes as a range only after a plural kind word, "Nos." or "№№".
     */
    static final String NUMBER_END = "(?:(?:\\s*-\\s*|[‒–—])?(?<suf>[ЗзZz])(?!\\p{L})" // "№ 99-З", "№99З", "№ 99–З"
            // a law of the Supreme Soviet of the twelfth or thirteenth convocation (1990-1996): "№ 708-XIII", "№ 2435-XII"
            + "|\\s*-\\s*(?<conv>[xх][iі]{2,3})(?![\\p{L}\\d]))?"
            + "(?:(?:\\s*[-–—]\\s*(?:№\\s*)?|\\s+" + RANGE_WORD + "\\s+(?:(?:№|no\\.?)\\s*|" + RANGE_AFTER_NOS + "|" + BARE_RANGE_END
            + "))(?<to>\\d{1,4})"
            + "(?:\\s*-\\s*[ЗзZz](?!\\p{L}))?(?!\\d|[/.,]\\d|" + AMOUNT + "|" + YEAR + "))?"
            + "(?![\\d/\\p{L}]|[.,]\\d|-[\\p{L}\\d])"; // "№ 135рп", "No. 135-rp": the President's order, not an edict
    /**
     * How far a range of numbers may reach ("Указы №№ 135–137", "Edicts Nos. 402-404"): one act per number, so a wide
     * span is more likely something else ("№ 5-40" pages, a compound number).
     */
    private static final int MAX_RANGE = 20;

    /**
     * A ranking after the number, not an act's number: "Закон о спорте получил № 1 в рейтинге", "Указ занял № 1 среди
     * реформ", "the law ranked No. 1 in the survey" ("Декрет № 1 среди прочего …" numbers).
     */
    static final String RANKED = "(?!\\s*(?:in\\s+(?:the\\s+|a\\s+)?(?:rank|rating|top|list|survey|poll)|among\\s"
            + "|в\\s+(?:рейтинг|списк|топ|опрос)|среди\\s+(?!проч)|у\\s+(?:рэйтынг|спіс|топ|апытан)|сярод\\s+(?!іншага)))";

    /**
     * A date in a flattened table or list after the number, set off by a column's separator (a bar, a tab, a dash or a
     * comma) and ending its cell: "Указ № 135 | 07.04.2026 | О …", "Указ № 135, 07.04.2026, …", "Edict No. 135 —
     * 07.04.2026". Numeric only: a date in words after a comma may open the next clause.
     */
    private static final String CELL_DATE = "(?:\\s*[|\\t]\\s*|\\s+[—–]\\s*|\\s*,\\s*)"
            + "(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:\\s*г\\.)?(?=\\s*(?:[|\\t,;)\\n]|$))";

    /** Belarus's President or government by their official name, which may stand between an act's number and its date. */
    private static final String OFFICIAL_NAME = "(?:of\\s+the\\s+(?:president|council\\s+of\\s+ministers)"
            + "(?:\\s+of\\s+the\\s+republic\\s+of\\s+belarus)?|(?:президента|совета\\s+министров)\\s+республики\\s+беларусь"
            + "|(?:прэзідэнта|савета\\s+міністраў)\\s+рэспублікі\\s+беларусь"
            // the President as the press names him: "Указ № 135 Главы государства от …", "of the head of state dated …"
            + "|of\\s+the\\s+(?:belarusian\\s+)?head\\s+of\\s+state|главы\\s+государства|кіраўніка\\s+дзяржавы)";

    /**
     * A number's own date after it ("№ 200 от 1 июня 2031 г."), unless another marked number follows the date: then
     * the date is that number's, told before it ("№ 200, от 3 июля 2031 г. № 201").
     */
    private static final String POST = "(?<post>(?>\\s*,?\\s*" + DATE_PHRASE + ")(?!\\s*" + MARKER + "\\s*\\d)"
            // and in brackets: "Указ № 135 (от 12.03.2025)", "Декрет № 8 (дата принятия: 2017-12-21)", "(signed on …; …)"
            + "|\\s*\\(\\s*" + DATE_LABEL + "(?:" + DATE_PHRASE + "|" + DATE + ")(?=\\s*[);,])"
            + "|" + CELL_DATE // "Указ № 135 | 07.04.2026 | …"
            // past the issuer's official name, as pravo.by's English and official texts cite: "Edict No. 214 of the
            // President of the Republic of Belarus dated June 4, 2031", "Указ № 214 Президента Республики Беларусь от …"
            + "|\\s+" + OFFICIAL_NAME + "\\s*,?\\s*" + DATE_PHRASE + "(?!\\s*" + MARKER + "\\s*\\d))?";

    /**
     * A marked number in apposition, set off by commas or brackets: "the new edict, No. 51, amends …", "the law (No.
     * 145-Z)", "ўказ (№ 64)". It must close where it opens, so "the decree, No. 1 in importance" ranks, not numbers.
     */
    private static final String APPOSITION = "\\s*[,(]\\s*" + MARKER + AFTER_MARKER + "(?=\\d{1,4}(?:\\s*-\\s*[зz])?"
            + "(?:\\s*,?\\s*" + DATE_PHRASE + ")?\\s*[,)])"; // and its date inside: "the decree (No. 214 of 4 June 2031)"

    /**
     * A quoted title between a kind word and its number ("Закон «О защите персональных данных» № 99-З", "Указ «О мерах
     * по реализации Закона № 45-З» от 3 мая 2031 г. № 170"): an act the title names is read on its own, inside it.
     */
    static final String GAP_TITLE = "(?:[«\"“„‹](?=[^«»‹›\"“”„\\n]{0,150}?\\p{L})[^«»‹›\"“”„\\n]{2,150}[»\"”“›]"
            + "|(?<=\\s)['‘][^'‘’«»\"“”„\\n]{2,150}['’](?!\\p{L}))"; // single quotes after a space: not "Law's"
    /** The titles in a gap: a kind word inside one ("«О внесении изменений в законы»") names no act of its own. */
    private static final Pattern GAP_TITLES = Pattern.compile(GAP_TITLE);

    /**
     * Kind word, up to twelve words ("Resolution of the Council of Ministers of the Republic of Belarus of 2 February
     * 2021 No. 66", "The Edict of the President of the Republic of Belarus dated …"), dates with or
     * without "от"/"of" ("постановлением Совета Министров Республики Беларусь 28.05.2025 № 345") or a quoted title
     * before a marked number; a bare number right after the kind; or a marked number in apposition.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<decree>" + DECREE + ")|(?<law>" + LAW + ")|(?<res>" + RESOLUTION + ")|(?<dir>"
                    + DIRECTIVE + "))(?!\\p{L})"
                    // a date set off by a comma before the marker, as machine translation writes it: "Resolution of the
                    // Council of Ministers of the Republic of Belarus dated July 18, 2026, No. 412" (the acts35 round)
                    + "(?:(?<gap>(?:\\s+(?:" + PairedDates.LIST + "|(?:" + DATE_PHRASE + "|" + DATE + ")(?:,(?=\\s*"
                    + MARKER + "))?|" + YEARLESS_DATE
                    + "|(?!['‘])[\\p{L}'’-]+)|\\s*" + GAP_TITLE + "){0,12}?)"
                    + "(?:\\s*\\|)?\\s*(?<marker>" + MARKER + ")" + AFTER_MARKER // "Указ | № 135 | …": a flattened table's cells
                    // a bare number is no amount, year or span of years ("Указы 2021–2025 годов")
                    + "|\\s+(?=" + BARE_NUMBER + ")"
                    // a hashtag glues the number to the word: "#Указ135", "#указ_135", "#Decree135"
                    + "|(?<=#\\p{L}{3,16})_?(?=" + BARE_NUMBER + ")"
                    // a hyphen glues it to the word, as tickers and copied headings type it: "Указ-135", "Decree-135"
                    // (the acts35 round; a year, a day or a count after it is none: "Закон-2025", "Указ-12 марта")
                    + "|-(?=" + BARE_NUMBER + ")"
                    + "|" + APPOSITION + ")"
                    + "(?<num>\\d{1,4})" + NUMBER_END + RANKED + POST, FLAGS);

    /**
     * "… № 135 и № 136", "Nos. 135 and 136": further numbers of the same kind, each maybe with its own date, after it
     * or, as official texts list them, before its marker ("в редакции Указов от 1 июня 2031 г. № 200, от 3 июля 2031
     * г. № 201").
     */
    private static final String ALSO = "(?:,\\s*)?(?:а\\s+также|а\\s+таксама|і\\s+таксама|as\\s+well\\s+as|and\\s+also)(?!\\p{L})";
    private static final Pattern MORE = Pattern.compile(
            "(?:\\s*\\([^()\\n№#\\d]{1,80}\\))?" // a note on the act before the next: "Указ № 135 (о налогах) и № 136"
                    // or its title, naming no act: "… от 1 марта 2025 г. № 45 «О тарифах» и от 3 марта 2025 г. № 47"
                    + "(?:\\s*[«\"“„][^«»\"“”„\\n№#]{2,150}[»\"”“])?"
                    + "\\s*(?:" + ALSO + "|,|и|і|and|&)\\s*(?:(?<pre>" + DATE_PHRASE + "|" + DATE + "(?=\\s*" + MARKER + "\\s*\\d))\\s*)?"
                    + "(?:(?<marker>" + MARKER + ")" + AFTER_MARKER + ")?\\s*(?<num>\\d{1,4})(?!\\s*" + MONTH_WORD + ")"
                    + NUMBER_END + POST, FLAGS);

    /**
     * A noun that numbers its own things, last in the words between a kind word and a marked number: the number is
     * that thing's ("Указ обсудили в школе № 135", "Закон о гимназии № 2", "Указ о приказе № 135 Минсвязи", "The law
     * was discussed at School No. 2", "вопрос номер 135"), and after an English article it is a rank ("The law is the
     * No. 1 priority"). The acts34 round; until 6 December 2026 each was the act's number.
     */
    static final Pattern NUMBERS_ITS_OWN = Pattern.compile("(?<!\\p{L})(?:школ(?:а|ы|е|у|ой|ай|ах|ам)?"
            + "|гимнази(?:я|и|ю|ей)|гімназі(?:я|і|ю|яй)|лице(?:й|я|е|ю|ем)|ліцэ(?:й|я|і|ю|ем)|колледж(?:а|е|у|ем)?|каледж(?:а|ы|у)?"
            + "|больниц(?:а|ы|е|у|ей)|бальніц(?:а|ы|у|ай)|поликлиник(?:а|и|е|у|ой)|паліклінік(?:а|і|у|ай)|сад(?:а|у|е|зе|ом)?"
            + "|приказ(?:а|у|е|ом)?|загад(?:а|у|зе|ам)?|решени(?:е|я|ю|ем|и)|рашэнн(?:е|я|ю|ем|і)|распоряжени(?:е|я|ю|ем|и)"
            + "|распараджэнн(?:е|я|ю|ем|і)|поручени(?:е|я|ю|ем|и)|даручэнн(?:е|я|ю|ем|і)|протокол(?:а|е|у|ом)?"
            + "|пратакол(?:а|е|у|ам)?|письм(?:о|а|е|ом)|дел(?:о|а|у|е|ом)|справ(?:а|ы|е|у|ай)|вопрос(?:а|е|у|ом)?"
            + "|пытанн(?:е|я|ю|ем|і)|билет(?:а|е|у|ом)?|білет(?:а|е|у|ам)?|обращени(?:е|я|ю|ем|и)|зварот(?:а|е|у|ам)?"
            + "|пункт(?:а|е|у|ом)?|стать(?:я|и|е|ю|ей)|артыкул(?:а|е|у|ам)?|маршрут(?:а|е|у|ом)?|рейс(?:а|е|у|ом)?"
            + "|school|gymnasium|lyceum|college|hospital|clinic|polyclinic|kindergarten|order|case|question|ticket|bill"
            + "|item|article|paragraph|point|appeal|letter|route|flight|the|a|an)\\s*$", FLAGS);

    /**
     * A verb of becoming or staying, last before a marked number: the number is a rank, not the act's ("Закон стал № 1
     * в стране", "the law became No. 1", "Указ остается № 1 для бизнеса", "Ўказ стаў № 1"). The acts35 round; until 6
     * December 2026 each was the act's number. A number given to the act has its own verbs ("получил № 135",
     * {@link NumberToldLater}).
     */
    static final Pattern BECAME = Pattern.compile("(?<!\\p{L})(?:стал[аио]?|стан(?:ет|ут)|станов(?:ится|ятся)|оста[её]тся"
            + "|остал(?:ся|ась|ись)|занял[аио]?|стаў|стане|становіцца|застаецца|застаў?ся|засталася|заняў|заняла"
            + "|bec(?:a|o)mes?|remain(?:s|ed)?|rank(?:s|ed)?)\\s*$", FLAGS);

    /** A kind word: in the words between another kind word and a number, it is the one the number belongs to. */
    static final Pattern KIND = Pattern.compile(
            "(?<![\\p{L}\\d])(?:" + DECREE + "|" + LAW + "|" + RESOLUTION + "|" + DIRECTIVE + ")(?!\\p{L})", FLAGS);

    private static final Pattern DATE_PARTS = Pattern.compile(
            "(?<d1>\\d{1,2})" + ORDINAL_DAY + "[»\"”“]?\\s+(?:of\\s+)?(?<m1>\\p{L}{3,11})\\.?,?\\s+(?<y1>\\d{4})"
                    + "|(?<m2>\\p{L}{3,9})\\.?\\s+(?<d2>\\d{1,2})" + ORDINAL_DAY + ",?\\s+(?<y2>\\d{4})"
                    + "|(?<d3>\\d{1,2})(?<s3>[.-])(?<m3>\\d{1,2})\\k<s3>(?<y3>\\d{4}|\\d{2}(?!\\d))"
                    + "|(?<d4>\\d{1,2})/(?<m4>\\d{1,2})/(?<y4>\\d{4})"
                    + "|(?<![\\d.\\-/])(?<y5>\\d{4})-(?<m5>\\d{2})-(?<d5>\\d{2})(?![\\d\\-])", FLAGS);

    /**
     * Whose resolution: the government's (Council of Ministers, Совет Министров, Савет Міністраў, Совмин; Belarusian
     * "Саўмін" is also typed "Савмін" or "Саумін").
     */
    static final Pattern GOVERNMENT = Pattern.compile(
            "совет\\p{L}*\\s+министр|совмин|правительств|савет\\p{L}*\\s+міністр|са[ўву]мін|[уў]рад|council\\s+of\\s+ministers"
                    + "|government|cabinet", FLAGS);

    /**
     * The government abbreviated as official texts and digests write it: "постановлением СМ от 12.03.2025 № 150",
     * "пастановай СМ РБ". Only in capitals, on the text as written: "5 см" is a length.
     */
    private static final Pattern GOVERNMENT_ABBREVIATION = Pattern.compile("(?<![\\p{L}\\d])П?СМ(?![\\p{L}\\d])");

    /** Laws named by their title; the slug is the id, the same in the three languages. */
    private static final Map<String, String> TITLED_LAWS = new LinkedHashMap<>();

    static {
        TITLED_LAWS.put("personal-data-protection", "о\\s+защите\\s+персональных\\s+данных|аб\\s+абароне\\s+персанальных\\s+даных"
                + "|on\\s+(?:the\\s+)?(?:personal\\s+data\\s+protection|protection\\s+of\\s+personal\\s+data)");
        TITLED_LAWS.put("mass-media", "о\\s+средствах\\s+массовой\\s+информации|аб\\s+сродках\\s+масавай\\s+інфармацыі"
                + "|о\\s+сми(?!\\p{L})|аб\\s+смі(?!\\p{L})|on\\s+(?:the\\s+)?mass\\s+media");
        TITLED_LAWS.put("electronic-document", "об\\s+электронном\\s+документе|аб\\s+электронным\\s+дакуменце"
                + "|on\\s+(?:the\\s+)?electronic\\s+document");
        TITLED_LAWS.put("information", "об\\s+информации,\\s+информатизации|аб\\s+інфармацыі,\\s+інфарматызацыі"
                + "|on\\s+information,\\s+informati[sz]ation"
                // its short title in English: "the Law on Information" (not "on information security", "… technologies")
                + "|on\\s+information(?!,|\\s+(?:and|security|technolog|protection|society|systems?|exchange)(?!\\p{L}))(?!\\p{L})");
        TITLED_LAWS.put("scientific-activity", "о\\s+научной\\s+деятельности|аб\\s+навуковай\\s+дзейнасці"
                + "|on\\s+scientific\\s+activit(?:y|ies)");
        // the AI law (theme ai-law): a bill until signed, and other countries' and the CIS model law share its title
        TITLED_LAWS.put("artificial-intelligence", "об\\s+искусственном\\s+интеллекте|аб\\s+штучным\\s+інтэлекце"
                + "|on\\s+(?:the\\s+)?artificial\\s+intelligence");
    }

    /**
     * English titles that also come before the word: "the Mass Media Law", "the Personal Data Protection Law". Only a
     * capitalised "Law", or a lower-case one right after "the" ("the personal data protection law", as officials quoted
     * in English say it), names the act ("a personal data protection law" is any such law).
     */
    private static final Map<String, String> TITLES_BEFORE_LAW = new LinkedHashMap<>();

    static {
        TITLES_BEFORE_LAW.put("personal-data-protection", "personal\\s+data\\s+protection|protection\\s+of\\s+personal\\s+data");
        TITLES_BEFORE_LAW.put("mass-media", "mass\\s+media");
        TITLES_BEFORE_LAW.put("electronic-document", "electronic\\s+document(?:\\s+and\\s+electronic\\s+digital\\s+signature)?");
        TITLES_BEFORE_LAW.put("scientific-activity", "scientific\\s+activit(?:y|ies)");
        TITLES_BEFORE_LAW.put("artificial-intelligence", "artificial\\s+intelligence");
    }

    private static final Pattern TITLED;
    private static final Pattern TITLED_BEFORE;
    /** A known title right after a numbered law, past its date if told there: see {@link #titleOf}. */
    private static final Pattern TITLE_AFTER_NUMBER;
    /** A known title in quotes, between a numbered law's kind word and its number: see {@link #titleOf}. */
    private static final Pattern QUOTED_TITLE;
    /**
     * The next quoted title of a list after laws in the plural: "законы «О средствах массовой информации» и «Об
     * информации, информатизации …»", "the laws "On Mass Media" and "On Information, …"" (the acts35 round; until 6
     * December 2026 only the first title was read). The rest of the title before is skipped to its closing quote.
     */
    private static final Pattern NEXT_TITLE;

    static {
        StringBuilder titles = new StringBuilder();
        int i = 0;
        for (String title : TITLED_LAWS.values()) {
            titles.append(i == 0 ? "" : "|").append("(?<t").append(i++).append('>').append(title).append(')');
        }
        TITLED = Pattern.compile("(?<![\\p{L}\\d])(?<word>" + LAW + ")(?!\\p{L})"
                + "(?:\\s+(?:республики\\s+беларусь|рэспублікі\\s+беларусь|of\\s+the\\s+republic\\s+of\\s+belarus))?"
                + "(?<date>\\s+(?:of|от|ад|dated)\\s+" + DATE + ")?" // "The Law of 10 November 2008 'On Information …'"
                + "\\s*(?<quote>[«\"'‘“„])?\\s*(?<title>" + titles + ")", FLAGS);
        StringBuilder before = new StringBuilder();
        i = 0;
        for (String title : TITLES_BEFORE_LAW.values()) {
            before.append(i == 0 ? "" : "|").append("(?<b").append(i++).append('>').append(title).append(')');
        }
        TITLED_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:" + before + ")\\s+(?<law>law)(?!\\p{L})",
                FLAGS); // the case of "Law" is checked on the original text
        TITLE_AFTER_NUMBER = Pattern.compile("\\s*(?:" + DATE_PHRASE + ")?\\s*[«\"'‘“„]?\\s*(?:" + titles + ")", FLAGS);
        QUOTED_TITLE = Pattern.compile("[«\"'‘“„]\\s*(?:" + titles + ")", FLAGS);
        NEXT_TITLE = Pattern.compile("[^«»\"“”„\\n]{0,150}?[»\"”'’]\\s*(?:,|и|і|and|&)\\s*(?<open>[«\"'‘“„])\\s*(?:"
                + titles + ")", FLAGS);
    }

    /**
     * The title of a numbered law as the same mention tells it, as a law named by its title is identified
     * ({@code law:artificial-intelligence}), or null: right after the number, past the law's date if told there
     * ("Закон № 87-З «Об искусственном интеллекте»", "Law No. 87-Z on artificial intelligence", "Закон от 15 мая
     * 2026 г. № 87-З «Об …»" and "№ 87-З от 15 мая 2026 г. «Об …»"), or quoted inside the mention ("Закон «О защите
     * персональных данных» № 99-З"). The extractor names such a law by its number, with this as its
     * {@link ActReference#titleId}: which titled law the number is.
     *
     * @param law   a reference of kind {@code law} with a number, as {@link #extract} gave it
     * @param lower the field it was found in, {@link #lower lower-cased}
     */
    private static String titleOf(ActReference law, String lower) {
        Matcher after = TITLE_AFTER_NUMBER.matcher(lower).region(law.end(), lower.length());
        Matcher found = after.lookingAt() ? after : QUOTED_TITLE.matcher(lower).region(law.start(), law.end());
        if (found != after && !found.find()) {
            return null;
        }
        int i = 0;
        for (String slug : TITLED_LAWS.keySet()) {
            if (found.group("t" + i++) != null) {
                return ActKind.LAW.id(slug);
            }
        }
        return null;
    }

    /**
     * A bill is no act yet: "the draft law on …", "проект закона о …", "праект закона аб …", and in the other cases and
     * the plural ("проекты законов № 5 по 7", "проектом закона", "праектаў законаў").
     */
    private static final Pattern BILL = Pattern.compile("(?<![\\p{L}\\d])(?:draft|проект(?:ы|ов|ам|ами|ах|а|у|ом|е)?"
            + "|праект(?:ы|аў|ам|амі|ах|а|у|е)?)\\s+$", FLAGS);

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        // the stems, and the abbreviations official texts and newsrooms write with a full stop ("4 апр. 2028 г.",
        // "20 янв.", "20 студз.", "4 крас.", "9 сент.", "2 кастр."): three letters at least, none the start of
        // another month's name
        String[][] names = {
                {"январ", "студзен", "jan", "янв", "студз"}, {"феврал", "лют", "feb", "фев"},
                {"март", "сакавік", "mar", "сак"}, {"апрел", "красавік", "apr", "апр", "крас"},
                {"ма", "траўн", "may", "трав"}, {"июн", "чэрвен", "jun", "чэрв"}, {"июл", "ліпен", "jul", "ліп"},
                {"август", "жнів", "жніў", "aug", "авг"}, {"сентябр", "верас", "sep", "сен", "вер"},
                {"октябр", "кастрычнік", "oct", "окт", "кастр"}, {"ноябр", "лістапад", "nov", "ноя", "ліст"},
                {"декабр", "снеж", "dec", "дек"}};
        for (int m = 0; m < names.length; m++) {
            for (String prefix : names[m]) {
                MONTHS.put(prefix, m + 1);
            }
        }
    }

    /** The references in an item's fields, in field order (title, summary, content) and by offset. */
    public List<ActReference> extract(String title, String summary, String content) {
        List<ActReference> refs = new ArrayList<>();
        refs.addAll(extract("title", title));
        refs.addAll(extract("summary", summary));
        refs.addAll(extract("content", content));
        return refs;
    }

    /**
     * Every reference starts with one of these (lower case): a kind word's stem or "presidential". Only where one
     * starts, not preceded by a letter or digit, can a reference begin, so the patterns are tried there and only
     * there — most items name no act and cost one pass over their characters.
     */
    private static final String[] STEMS = {"presidential", "decree", "edict", "ukaz", "ukase", "указ", "ўказ", "декрет",
            "дэкрэт", "law", "закон", "resolution", "постановлени", "пастано", "пост.", "псм", "directive", "директив", "дырэкты", "дэкрэц"}; // "пастаноў", "дырэктыў"
    private static final String FIRST_LETTERS;
    /**
     * {@link #FIRST_LETTERS} as a table over Latin and Cyrillic: {@link #stems} asks it of every character of every
     * field, and a search of the string for each was a tenth of the act extraction's CPU in the system benchmark.
     */
    private static final boolean[] STARTS_A_STEM = new boolean[0x500];

    static {
        StringBuilder first = new StringBuilder();
        for (String stem : STEMS) {
            if (first.indexOf(stem.substring(0, 1)) < 0) {
                first.append(stem.charAt(0));
            }
        }
        FIRST_LETTERS = first.toString();
        for (int k = 0; k < FIRST_LETTERS.length(); k++) {
            char c = FIRST_LETTERS.charAt(k);
            if (c < STARTS_A_STEM.length) {
                STARTS_A_STEM[c] = true;
            }
        }
    }

    private static boolean startsAStem(char c) {
        return c < STARTS_A_STEM.length ? STARTS_A_STEM[c] : FIRST_LETTERS.indexOf(c) >= 0;
    }

    /**
     * Whether a word broken at a line's end is a kind word, the break inside its stem ({@link VisibleText}): {@code
     * joined} (the two parts, lower case) starts with a stem longer than the part {@code before} the break ("ука" +
     * "за", "поста" + "новление"); "law- and" joins nothing, the stem "law" ends before the break.
     */
    static boolean breaksAKindWord(String before, String joined) {
        for (String stem : STEMS) {
            if (stem.length() > before.length() && joined.startsWith(stem) && Character.isLetter(stem.charAt(stem.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The references in one field. */
    public List<ActReference> extract(String field, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // a soft hyphen inside "Указ", a zero-width space after "№": read as shown, evidence given in the field as it came
        VisibleText visible = VisibleText.of(text);
        String read = visible == null ? text : visible.text();
        String lower = lower(read);
        int[] starts = stems(lower);
        if (starts.length == 0) {
            return List.of();
        }
        SlashedDates.reading(lower);
        List<ActReference> refs;
        try {
            refs = extract(field, read, lower, starts);
        } finally {
            SlashedDates.done();
        }
        return withTitles(visible == null ? refs : visible.inOriginal(refs, text), text);
    }

    /** Each numbered law told with its title carries that title's id ({@link ActReference#titleId}). */
    private static List<ActReference> withTitles(List<ActReference> refs, String text) {
        String lower = null; // once per field, only for a field naming a numbered law: a 1 MB text may name thousands
        for (int i = 0; i < refs.size(); i++) {
            ActReference law = refs.get(i);
            if (law.number() == null || !ActKind.LAW.wire().equals(law.kind()) || law.end() > text.length()) {
                continue;
            }
            lower = lower != null ? lower : lower(text);
            String title = titleOf(law, lower);
            if (title != null) {
                refs.set(i, law.withTitleId(title));
            }
        }
        return refs;
    }

    private List<ActReference> extract(String field, String text, String lower, int[] starts) {
        List<ActReference> refs = new ArrayList<>();
        Matcher m = NUMBERED.matcher(lower).useTransparentBounds(true); // the look-behind sees before the start
        int pos = 0;
        List<int[]> titles = new ArrayList<>(); // quoted titles read past that may name acts of their own
        for (int start : starts) {
            int titleEnd = start < pos ? titleAround(titles, start) : -1;
            boolean inner = titleEnd >= 0; // an act named in another's title: "Указ «О реализации Закона № 45-З» … № 170"
            if (start < pos && !inner || !m.region(start, inner ? titleEnd : lower.length()).lookingAt()) {
                continue;
            }
            if (m.group("gap") != null && KIND.matcher(GAP_TITLES.matcher(m.group("gap")).replaceAll(" ")).find()) {
                continue; // "the Law amending Edict No. 5": the number is the edict's, read from its own kind word
            }
            if (m.group("gap") != null && m.group("marker") != null && (NUMBERS_ITS_OWN.matcher(m.group("gap")).find()
                    || BECAME.matcher(m.group("gap")).find())) {
                continue; // "Указ обсудили в школе № 135": the school's number; "Закон стал № 1 в стране": a rank
            }
            if (bill(lower, m.start()) || m.group("gap") != null && m.group("marker") != null
                    && headsTheNextLine(lower, m.start("marker"), m.end("num"))) {
                continue; // "Закон … «…»\n№ 45 Постановление …": the next line's number is the act after it
            }
            String word = m.group("decree") != null ? "decree" : m.group("law") != null ? "law"
                    : m.group("res") != null ? "res" : "dir";
            String marker = m.group("marker") == null ? "" : m.group("marker");
            boolean markerOptional = marker.startsWith("nos") || marker.equals("№№")
                    || PLURAL.matcher(m.group(word)).matches()
                    || !marker.isEmpty() && AMBIGUOUS_PLURAL.matcher(m.group(word)).matches()
                    && (COMMA_LIST.matcher(lower).region(m.end(), lower.length()).lookingAt()
                    || TWO_LIST.matcher(lower).region(m.end(), lower.length()).lookingAt()
                    // a range set with the en or em dash, as typography sets ranges ("пастановы … № 117–119": the
                    // acts35 round); a hyphen between two numbers may make one number ("№ 58-12")
                    || m.group("to") != null && "–—".indexOf(lower.charAt(m.end("num"))) >= 0);
            boolean framed = m.group("gap") != null && RANGE_FRAME.matcher(m.group("gap")).find(); // "с № 135 по № 137"
            List<String> first = numbers(lower, m.group("num"), m.group("to"), m.end("num"),
                    (markerOptional || framed) && m.group("marker") != null);
            if (first.isEmpty()) {
                continue; // "№ 58-12": another numbering
            }
            int at = m.end();
            pos = Math.max(pos, at);
            ActKind kind = switch (word) {
                case "decree" -> ActKind.DECREE;
                case "law" -> ActKind.LAW;
                case "res" -> ActKind.RESOLUTION;
                default -> ActKind.DIRECTIVE;
            };
            if (m.group("conv") != null && kind != ActKind.LAW) {
                continue; // a convocation numbers the Supreme Soviet's laws, not the President's or the government's acts
            }
            if (kind == ActKind.RESOLUTION && !governments(text, lower, m.start(), m.end())) {
                continue; // a court's, the UN's or a party's resolution is not an act we follow
            }
            // a list of numbers after the first: "Указы № 135 и № 136", "Decrees Nos. 135 and 136"
            List<Numbered> list = new ArrayList<>();
            LocalDate own = anotherVerbsDay(lower, m.start(), m.group("post")) ? null : date(m.group("post"));
            for (String n : first) {
                list.add(new Numbered(n, suffix(m.group("suf"), m.group("conv")), own, m.start(), m.end()));
            }
            Matcher more = MORE.matcher(lower);
            boolean sharedAfter = false; // whether the list's last date is told after its last number, for all
            while (more.region(at, lower.length()).lookingAt()
                    && (more.group("marker") != null || markerOptional && more.group("pre") == null)) {
                List<String> further = numbers(lower, more.group("num"), more.group("to"), more.end("num"),
                        markerOptional);
                if (further.isEmpty()) {
                    break; // "Указы № 5 и № 58-12"
                }
                int from = more.group("marker") != null ? more.start("marker") : more.start("num");
                LocalDate after = anotherVerbsDay(lower, m.start(), more.group("post")) ? null : date(more.group("post"));
                sharedAfter = after != null;
                for (String n : further) {
                    list.add(new Numbered(n, suffix(more.group("suf"), more.group("conv")),
                            after != null ? after : date(more.group("pre")), from, more.end()));
                }
                at = more.end();
            }
            // days told after the list, one per number: "Decrees Nos. 45 and 47 of 1 and 3 March 2025"
            List<LocalDate> pairedAfter = null;
            int listedDays = list.size() > 1 ? PairedDates.after(lower, at) : -1;
            if (listedDays >= 0) {
                pairedAfter = PairedDates.days(lower.substring(at, listedDays));
                at = listedDays;
            }
            pos = Math.max(pos, at);
            if (ActIssuer.notBelarusian(text, lower, m.start(), m.group("gap") == null ? -1 : m.start("gap"), at,
                    kind == ActKind.RESOLUTION)) {
                continue; // "Russian Presidential Decree No. 490", "Указ Президента Российской Федерации № 490"
            }
            Numbered last = list.get(list.size() - 1);
            // an act inside a title has no more than the title says; the outer act's title and date come after it
            boolean paired = listedDays >= 0;
            ActDates.Dated told = last.date() == null && !inner && !paired ? ActDates.afterNumber(lower, at) : null;
            if (told == null && last.date() == null && !inner && !paired) { // "signed Directive No. 11 on … on 3 June 2030"
                told = ActDates.afterSignedAct(lower, m.start(), at);
            }
            if (told != null) { // "Edict No. 97 'On …' of 10 April 2030", "Указ № 97 подписан 10 апреля 2030 г."
                list.set(list.size() - 1, new Numbered(last.digits(), last.suffix(), told.date(), last.start(), told.end()));
                at = told.end();
                sharedAfter = true;
                if (told.titleStart() >= 0) {
                    titles.add(new int[] {told.titleStart(), told.titleEnd()}); // "… 'On amending Edict No. 135' …"
                }
            }
            if (!inner && m.group("gap") != null) {
                Matcher title = GAP_TITLES.matcher(lower).region(m.start("gap"), m.end("gap"));
                while (title.find()) {
                    titles.add(new int[] {title.start(), title.end()}); // "Указ «О реализации Закона № 45-З» … № 170"
                }
            }
            pos = Math.max(pos, at);
            // one date for the whole list: after its last number ("Edicts No. 402 and No. 403 of 24 October 2028") or
            // before its first ("Указами от 24 октября 2028 г. № 402 и № 403"); a number's own date comes first, and a
            // date before a later number is that number's only ("… № 200, от 3 июля 2031 г. № 201")
            LocalDate shared = list.size() > 1 && sharedAfter ? list.get(list.size() - 1).date() : null;
            // a date in the words before the number, not in a title there ("Указ «Об изменении Указа от 1 марта 2030
            // г. № 5» от 3 мая 2031 г. № 170")
            String gap = m.group("gap") == null ? null : GAP_TITLES.matcher(m.group("gap")).replaceAll(" ");
            // days told before the list, one per number: "указами от 1 и 3 марта 2025 г. № 45 и 47"
            List<LocalDate> pairedBefore = gap == null ? null : PairedDates.in(gap);
            paired |= pairedBefore != null;
            List<LocalDate> days = pairedAfter != null ? pairedAfter : pairedBefore;
            LocalDate before = gap == null || paired ? null : date(gap);
            if (before == null && !inner && !paired) {
                before = ActDates.signedOn(lower, m.start()); // "On 1 April 2025, Lukashenko signed Decree No. 135"
            }
            if (before == null && !inner && !paired) {
                before = ActDates.attributive(lower, m.start()); // "Under the 12 March 2025 Edict No. 135" (acts21)
            }
            if (before == null && !inner && shared == null && !paired) { // "On 3 May 2031, Edict No. 12 was signed by …"
                before = ActDates.opening(lower, m.start(), at);
            }
            boolean pairs = days != null && days.size() == list.size(); // else whose day is whose is not known
            for (int i = 0; i < list.size(); i++) {
                Numbered n = list.get(i);
                LocalDate date = n.date() != null ? n.date() : pairs ? days.get(i) : shared != null ? shared : before;
                refs.add(reference(kind, n.digits(), n.suffix(), date, text, field, n.start(), n.end()));
            }
        }
        titled(field, text, lower, starts, refs);
        ordinals(field, text, lower, starts, refs);
        listedAfterADash(field, text, lower, starts, refs);
        numberFirst(field, text, lower, starts, refs); // "№ 135 Указ Президента …" heading a line or a table's row
        NumberToldLater.read(field, text, lower, starts, refs); // "Указ, подписанный …, получил № 135"
        NumberAfterTheName.read(field, text, lower, starts, refs); // "указ о ПВТ (№ 135)", "… . Документ № 135 …"
        refs.sort(Comparator.comparingInt(ActReference::start));
        datedInTheNextSentence(lower, refs);
        datedInTheSentenceBefore(lower, refs);
        signedAbroadInTheSentenceBefore(text, lower, refs);
        return refs;
    }

    /**
     * "Александр Лукашенко подписал Указ № 412 «…». Документ датирован 30 ноября 2028 года.": a sentence that points
     * back at an act ("the document", "the edict", "Документ", "Дакумент") and dates it dates the only act of the
     * sentence before it, when that act has no date; with two acts there, which one is meant is not known.
     */
    private static void datedInTheNextSentence(String lower, List<ActReference> refs) {
        for (int r = 0; r < refs.size(); r++) {
            ActReference ref = refs.get(r);
            if (ref.date() != null) {
                continue;
            }
            int next = Sentences.next(lower, ref.end());
            if (next < 0 || r + 1 < refs.size() && refs.get(r + 1).start() < next
                    || r > 0 && refs.get(r - 1).end() > Sentences.start(lower, ref.start(), Math.max(0, ref.start() - 300))) {
                continue; // no next sentence near, or another act in this sentence
            }
            ActDates.Dated dated = ActDates.pointedBack(lower, next, ref.kind());
            if (dated != null) {
                refs.set(r, dated(ref, dated.date()));
            }
        }
    }

    /** Words that may come before an act that opens its sentence: "The new edict No. 5 …", "Under Edict No. 5 …". */
    private static final Pattern OPENING = Pattern.compile("(?:[\\p{L}’'-]+\\s+){0,2}");

    /**
     * "The head of state signed the document on 14 January 2028. Edict No. 17 tasks …", "Дакумент падпісаны 3 лютага
     * 2028 года. Указам № 45 …": a sentence that names no act and ends by dating one ("the document", or the act's
     * kind) dates the act that opens the next sentence, when it has no date. When the sentence before the dating one
     * names another act, the dating sentence points back at that one ({@link #datedInTheNextSentence}), not forward.
     */
    private static void datedInTheSentenceBefore(String lower, List<ActReference> refs) {
        for (int r = 0; r < refs.size(); r++) {
            ActReference ref = refs.get(r);
            if (ref.date() != null) {
                continue;
            }
            int sentence = Sentences.start(lower, ref.start(), Math.max(0, ref.start() - 300));
            if (sentence < 2 || lower.charAt(sentence - 2) != '.'
                    || !OPENING.matcher(lower).region(sentence, ref.start()).matches()) {
                continue; // the act does not open a sentence that follows another
            }
            int dating = Sentences.previous(lower, sentence);
            ActReference previous = r > 0 ? refs.get(r - 1) : null;
            if (dating < 0 || previous != null && previous.end() > dating) {
                continue; // no sentence before, or it names an act itself
            }
            ActDates.Dated dated = ActDates.pointedBack(lower, dating, ref.kind());
            if (dated == null || !ActDates.endsSentence(lower, dated.end(), sentence)) {
                continue;
            }
            int before = previous == null ? -1 : Sentences.previous(lower, dating);
            if (previous != null && (before < 0 || previous.end() > before) && !previous.id().equals(ref.id())) {
                continue; // "Lukashenko signed Edict No. 12. The document is dated …": it dates Edict No. 12
            }
            refs.set(r, dated(ref, dated.date()));
        }
    }

    /**
     * A foreign subject signing an act of a kind, without its number, in a sentence: "Tokayev signed a decree on digital
     * assets on Monday.", "Президент Казахстана подписал указ …", "Прэзідэнт Казахстана падпісаў указ …".
     */
    private static final String SIGNING = "signed|signs|issued|adopted|enacted|passed|подписал[аи]?|подписывает|издал[аи]?"
            + "|принял[аи]?|падпісаў|падпісал[аі]|выдаў|выдал[аі]|прыняў|прынял[аі]";
    private static final Pattern SIGNED_A_KIND = Pattern.compile("(?<![\\p{L}\\d])(?<verb>" + SIGNING + ")\\s+"
            + "(?:(?:a|an|the|new|новый|новы)\\s+)*(?<noun>decree|edict|ukaz|ukase|law|resolution|directive"
            + "|указ|ўказ|декрет|дэкрэт|закон|постановление|пастанову|директиву|дырэктыву)(?![\\p{L}\\d])", FLAGS);
    /** A signing verb among the words that open the act's sentence: "Lukashenko signed Edict No. 45": its own signer. */
    private static final Pattern OPENED_BY_SIGNING = Pattern.compile("(?<![\\p{L}\\d])(?:" + SIGNING + ")(?![\\p{L}\\d])",
            FLAGS);

    /**
     * "Tokayev signed a decree on digital assets on Monday. Decree No. 45 obliges banks to report.": an act that opens
     * its sentence, its issuer not named, is the one a foreign subject signed in the sentence before, when that one
     * names an act of the same kind without a number and no numbered act; so it is not Belarusian. A Belarusian signer
     * (or none) changes nothing, nor does another kind ("Tokayev signed a law. Edict No. 45 …").
     */
    private static void signedAbroadInTheSentenceBefore(String text, String lower, List<ActReference> refs) {
        for (int r = refs.size() - 1; r >= 0; r--) {
            ActReference ref = refs.get(r);
            int sentence = Sentences.start(lower, ref.start(), Math.max(0, ref.start() - 300));
            if (sentence < 2 || lower.charAt(sentence - 2) != '.'
                    || !OPENING.matcher(lower).region(sentence, ref.start()).matches()) {
                continue; // the act does not open a sentence that follows another
            }
            int before = Sentences.previous(lower, sentence);
            int earlier = r - 1;
            while (earlier >= 0 && refs.get(earlier).start() >= sentence) {
                earlier--; // the other numbers of its own list ("Decrees Nos. 45–47")
            }
            if (before < 0 || earlier >= 0 && refs.get(earlier).end() > before
                    || OPENED_BY_SIGNING.matcher(lower).region(sentence, ref.start()).find()
                    || ActIssuer.ours(lower, sentence, Math.min(lower.length(), ref.end() + 80))) {
                continue; // no sentence before, or it names a numbered act itself; a signer or Belarus named with the act
            }
            boolean foreign = foreignActIn(text, lower, before, sentence, ref.kind());
            if (!foreign) { // "Tokayev signed a decree on … . It takes effect in May. Decree No. 45 …": two sentences back
                int further = Sentences.previous(lower, before);
                foreign = further >= 0 && (earlier < 0 || refs.get(earlier).end() <= further)
                        && !ActIssuer.ours(lower, before, sentence) && !namesKind(lower, before, sentence, ref.kind())
                        && foreignActIn(text, lower, further, before, ref.kind());
            }
            if (foreign) {
                refs.remove(r);
            }
        }
    }

    /**
     * Whether the sentence from {@code from} to {@code to} tells of a foreign act of {@code kind} without a number: one a
     * foreign subject signed ("Tokayev signed a decree on …") or one its modifiers name as foreign ({@link
     * #foreignKindBefore}).
     */
    private static boolean foreignActIn(String text, String lower, int from, int to, String kind) {
        Matcher signed = SIGNED_A_KIND.matcher(lower).region(from, to);
        while (signed.find()) {
            if (kindOf(signed.group("noun")).equals(kind) && ActIssuer.subject(text, lower, signed.start("verb"))) {
                return true; // the act the foreign subject signed
            }
        }
        return foreignKindBefore(text, lower, from, to, kind);
    }

    /** Whether a kind word of {@code kind} stands between {@code from} and {@code to}: the sentence tells of an act. */
    private static boolean namesKind(String lower, int from, int to, String kind) {
        Matcher k = KIND.matcher(lower).region(from, to).useTransparentBounds(true);
        while (k.find()) {
            String word = k.group();
            if (kindOf(word.startsWith("presidential") ? "decree" : word).equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence from {@code from} to {@code to} names an act of {@code kind} without a number whose issuer
     * its modifiers name as foreign: "A new Kazakh law on AI took effect. Law No. 45 …", "Tokayev's decree on mining
     * …", "Новый казахстанский закон …" ({@link ActIssuer#before}). "Kazakh investors praised a new decree" names none.
     */
    private static boolean foreignKindBefore(String text, String lower, int from, int to, String kind) {
        Matcher k = KIND.matcher(lower).region(from, to).useTransparentBounds(true);
        Matcher numbered = NUMBERED.matcher(lower).useTransparentBounds(true);
        while (k.find()) {
            String word = k.group();
            if (kindOf(word.startsWith("presidential") ? "decree" : word).equals(kind)
                    && !numbered.region(k.start(), lower.length()).lookingAt()
                    && ActIssuer.before(text, lower, k.start())) {
                return true;
            }
        }
        return false;
    }

    /** The kind a noun of {@link #SIGNED_A_KIND} names, as {@link ActReference#kind}. */
    static String kindOf(String noun) {
        return switch (noun.substring(0, 2)) {
            case "de", "ed", "uk", "ук", "ўк", "де", "дэ" -> ActKind.DECREE.wire();
            case "la", "за" -> ActKind.LAW.wire();
            case "di", "ди", "ды" -> ActKind.DIRECTIVE.wire();
            default -> ActKind.RESOLUTION.wire();
        };
    }

    static ActReference dated(ActReference ref, LocalDate date) {
        return new ActReference(ref.id(), ref.kind(), ref.number(), date, ref.text(), ref.field(), ref.start(),
                ref.end());
    }

    /** Laws named by their title: after the word ("Закон «О …»", "the Law on …"), or before a capitalised "Law". */
    private static void titled(String field, String text, String lower, int[] starts, List<ActReference> refs) {
        Matcher t = TITLED.matcher(lower).useTransparentBounds(true);
        int pos = 0;
        boolean capitalLaw = false;
        for (int start : starts) {
            capitalLaw |= lower.startsWith("law", start); // "the Mass Media Law", "the personal data protection law"
            if (start < pos || !t.region(start, lower.length()).lookingAt()) {
                continue;
            }
            pos = t.end();
            if (t.group("quote") == null && lawsOfAKind(t.group("word"), t.group("title"))) {
                continue; // "changes to laws on mass media", "законы о защите персональных данных": a kind of law
            }
            if (ActIssuer.before(text, lower, t.start()) || bill(lower, t.start())
                    || t.group("quote") == null && ActIssuer.named(text, lower, t.end(), true, false)
                    || ActIssuer.opensAbroad(lower, t.start())) {
                continue; // "Российский закон «О средствах массовой информации»", "the Law on Information of Kazakhstan",
                          // and since the acts21 round "У Казахстане ўступіў у сілу Закон «Аб …»" as for a numbered act
            }
            if (numberedAt(refs, t.start())) {
                continue; // "Закон «О защите персональных данных» № 99-З": a numbered law is named by its number
            }
            LocalDate before = date(t.group("date")); // "The Law of 10 November 2008 'On Information …'"
            ActDates.Dated told = before != null ? null : ActDates.afterTitle(lower, t.end()); // "… 'On …' of 7 May"
            LocalDate date = before != null ? before : told != null ? told.date() : ActDates.signedOn(lower, t.start());
            int end = told != null ? told.end() : t.end();
            refs.add(new ActReference(ActKind.LAW.id(slug(t)), ActKind.LAW.wire(), null, date,
                    text.substring(t.start(), end), field, t.start(), end));
            if (t.group("quote") != null && PLURAL.matcher(t.group("word")).matches()) { // "законы «…» и «…»"
                Matcher next = NEXT_TITLE.matcher(lower);
                for (int at = t.end(); next.region(at, lower.length()).lookingAt(); at = next.end()) {
                    refs.add(new ActReference(ActKind.LAW.id(slug(next)), ActKind.LAW.wire(), null,
                            ActDates.signedOn(lower, t.start()), text.substring(next.start("open"), next.end()), field,
                            next.start("open"), next.end()));
                    pos = next.end();
                }
            }
        }
        if (!capitalLaw) {
            return; // "the Mass Media Law" needs the word "law"
        }
        Matcher b = TITLED_BEFORE.matcher(lower);
        while (b.find()) {
            boolean definite = text.charAt(b.start("law")) != 'L'; // "the personal data protection law": right after "the"
            if (definite && !lower.startsWith("the ", Math.max(0, b.start() - 4)) || ActIssuer.before(text, lower, b.start())
                    || definite && ActIssuer.named(text, lower, b.end(), true, false)
                    || ActIssuer.opensAbroad(lower, b.start())) {
                continue; // "a personal data protection law" is any such law; "the … law of Kazakhstan" is Kazakhstan's
            }
            ActDates.Dated told = ActDates.afterTitle(lower, b.end());
            LocalDate date = told != null ? told.date() : ActDates.signedOn(lower, b.start());
            int end = told != null ? told.end() : b.end();
            int i = 0;
            for (String slug : TITLES_BEFORE_LAW.keySet()) {
                if (b.group("b" + i++) != null) {
                    refs.add(new ActReference(ActKind.LAW.id(slug), ActKind.LAW.wire(), null, date,
                            text.substring(b.start(), end), field, b.start(), end));
                }
            }
        }
    }

    /** The slug of the known title a match of {@link #TITLED} or {@link #NEXT_TITLE} read (its group {@code t<i>}). */
    private static String slug(Matcher title) {
        int i = 0;
        for (String slug : TITLED_LAWS.keySet()) {
            if (title.group("t" + i++) != null) {
                return slug;
            }
        }
        throw new IllegalStateException(title.group());
    }

    /**
     * A marked number that opens a heading's line or a table's cell, then the kind word, as registers and contents
     * print them: "№ 135 Указ Президента Республики Беларусь от 12.03.2025 «О …»", "| № 135 | Указ | 12.03.2025 |"
     * (a cell's date may stand before it: "12.03.2025 | № 135 | Указ"). Only at a line's or a cell's start: in a
     * sentence a number before a kind word is another thing's ("в школе № 135 указом …").
     */
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?:(?<![\\s\\S])|[\\n|\\t])[ ]*(?:(?<cell>"
            + "(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:\\s*г\\.)?)[ ]*[|\\t][ ]*)?"
            + "(?<marker>" + MARKER + ")[ ]*(?<num>\\d{1,4})(?:[ ]*-[ ]*(?<suf>[зz])(?!\\p{L}))?[ ]*(?:[|\\t][ ]*)?$", FLAGS);
    private static final Pattern NUMBER_FIRST_KIND = Pattern.compile("(?:(?<decree>" + DECREE + ")|(?<law>" + LAW
            + ")|(?<res>" + RESOLUTION + ")|(?<dir>" + DIRECTIVE + "))(?!\\p{L})", FLAGS);
    /** The act's date in the rest of its line, before a quoted title (which may date other acts). */
    private static final Pattern NUMBER_FIRST_DATE = Pattern.compile("(?:" + CELL_DATE
            + "|[^\\n«\"“„|\\t]{0,80}?\\s" + DATE_PHRASE + ")", FLAGS);

    private static void numberFirst(String field, String text, String lower, int[] starts, List<ActReference> refs) {
        for (int start : starts) {
            if (!numberOrCellBefore(lower, start)) {
                continue; // most kind words, at the cost of a few reads
            }
            Matcher kind = NUMBER_FIRST_KIND.matcher(lower).region(start, lower.length());
            if (!kind.lookingAt() || covered(refs, start) || bill(lower, start)) {
                continue;
            }
            // a cell or a line starts at most 60 characters back (the text's start is seen past the region)
            Matcher number = NUMBER_FIRST.matcher(lower).region(Math.max(0, start - 60), start)
                    .useTransparentBounds(true);
            if (!number.find() || covered(refs, number.start("num"))) {
                continue;
            }
            ActKind k = kind.group("decree") != null ? ActKind.DECREE : kind.group("law") != null ? ActKind.LAW
                    : kind.group("res") != null ? ActKind.RESOLUTION : ActKind.DIRECTIVE;
            int lineEnd = kind.end();
            while (lineEnd < lower.length() && lineEnd < kind.end() + 200 && lower.charAt(lineEnd) != '\n') {
                lineEnd++; // the rest of the heading's line, bounded
            }
            if (k == ActKind.RESOLUTION && !governments(text, lower, start, Math.min(lineEnd, kind.end() + 80))
                    || ActIssuer.notBelarusian(text, lower, start, -1, kind.end(), k == ActKind.RESOLUTION)) {
                continue; // "№ 135 Указ Президента Российской Федерации", "№ 45 Постановление Минздрава"
            }
            Matcher dated = NUMBER_FIRST_DATE.matcher(lower).region(kind.end(), lineEnd);
            LocalDate date = dated.lookingAt() ? date(dated.group()) : date(number.group("cell"));
            int end = dated.lookingAt() && date != null ? dated.end() : kind.end();
            refs.add(reference(k, number.group("num"), number.group("suf") != null ? "-Z" : "", date, text, field,
                    number.start("marker"), end));
        }
    }

    /**
     * Whether a marked number opens a line and a kind word follows it ("…\n№ 45 Постановление Совета Министров …"): it
     * is that act's ({@link #numberFirst}), not the one whose words run to the line before.
     */
    private static boolean headsTheNextLine(String lower, int markerStart, int numEnd) {
        int i = markerStart - 1;
        while (i >= 0 && lower.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || lower.charAt(i) != '\n') {
            return false;
        }
        return KIND_AFTER_NUMBER.matcher(lower).region(numEnd, lower.length()).lookingAt();
    }

    /** Past a number, its law's "-З" and a cell's bar, a kind word. */
    private static final Pattern KIND_AFTER_NUMBER = Pattern.compile("[ ]*(?:-[ ]*[зz](?!\\p{L}))?[ ]*(?:[|\\t][ ]*)?"
            + "(?:" + DECREE + "|" + LAW + "|" + RESOLUTION + "|" + DIRECTIVE + ")(?!\\p{L})", FLAGS);

    /** Whether a digit, a law's "З", a bar or a tab stands right before the kind word, past a few spaces. */
    private static boolean numberOrCellBefore(String lower, int start) {
        int i = start - 1;
        while (i >= 0 && i > start - 5 && lower.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || i == start - 1 && Character.isLetterOrDigit(lower.charAt(i))) {
            return false;
        }
        char c = lower.charAt(i);
        return c >= '0' && c <= '9' || c == '|' || c == '\t' || c == 'з' || c == 'z';
    }

    /**
     * An edict or decree named by its number as an ordinal right before the kind word, as officials and interviews
     * speak of them: "после 200-го указа", "нормы 8-го декрета", "паводле 200-га ўказа". The ordinal in digits with its
     * case ending, the kind word in the singular.
     */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\d.,/-])(?<num>\\d{1,4})\\s?-\\s?"
            + "(?:го|га|му|ым|ом|м|й|ы|і)\\s+$", FLAGS);
    private static final Pattern ORDINAL_KIND = Pattern.compile("(?:указ|ўказ|декрет|дэкрэт)(?:а|у|ом|ам|е|ы)?(?!\\p{L})",
            FLAGS);
    /**
     * A count of edicts, not a number: "уже 5-й указ за месяц", "очередной, 12-й указ в этом году", "ужо 5-ы ўказ за
     * год".
     */
    private static final Pattern ORDINAL_COUNT = Pattern.compile("\\s+(?:за|в\\s+эт\\p{L}*|у\\s+гэт\\p{L}*|с\\s+начала|з\\s+пачатку"
            + "|эт(?:ого|ом)|гэт(?:ага|ым)|подряд|запар|по\\s+сч[её]ту|па\\s+ліку)(?!\\p{L})", FLAGS);

    private static void ordinals(String field, String text, String lower, int[] starts, List<ActReference> refs) {
        Matcher ordinal = null;
        for (int start : starts) {
            if (start < 3 || !Character.isDigit(lower.charAt(Math.max(0, start - 4)))
                    && !Character.isDigit(lower.charAt(Math.max(0, start - 5)))
                    && !Character.isDigit(lower.charAt(Math.max(0, start - 6)))) {
                continue; // no digit where an ordinal's would stand: most kind words, at the cost of three reads
            }
            Matcher kind = ORDINAL_KIND.matcher(lower).region(start, lower.length());
            if (!kind.lookingAt() || ORDINAL_COUNT.matcher(lower).region(kind.end(), lower.length()).lookingAt()) {
                continue;
            }
            ordinal = ordinal == null ? ORDINAL.matcher(lower).useTransparentBounds(true) : ordinal;
            if (!ordinal.region(Math.max(0, start - 12), start).find() || covered(refs, start)) {
                continue;
            }
            int from = ordinal.start("num");
            if (ActIssuer.notBelarusian(text, lower, start, -1, kind.end(), false)) {
                continue; // "после 490-го указа Президента России"
            }
            refs.add(reference(ActKind.DECREE, ordinal.group("num"), "", null, text, field, from, kind.end()));
        }
    }

    /**
     * Acts in the plural, then their numbers after a dash or a colon, each with a few words on what it does: "Два
     * ключавыя ўказы года — № 135 пра навуковыя прыярытэты і № 200 пра ПВТ — …", "Подписаны два указа: № 135 о … и №
     * 200 о …", "Two edicts were signed: No. 135 on … and No. 200 on …". The kind word is a plural, or a singular after
     * a count ("два указа"); at most three words before the dash, at most eight between one number and the next.
     */
    private static final Pattern DASH_LIST = Pattern.compile("(?:(?<decree>" + DECREE + ")|(?<law>" + LAW + ")|(?<res>"
            + RESOLUTION + ")|(?<dir>" + DIRECTIVE + "))(?!\\p{L})"
            + "(?:\\s+(?:were|was|are|have|been|signed|adopted|of|the|year|года|гада)){0,3}"
            + "\\s*[—–:,]\\s*(?=" + MARKER + "\\s*\\d)", FLAGS); // "two edicts, No. 135 and No. 136" too
    private static final Pattern DASH_ITEM = Pattern.compile("(?:(?:\\s+[^\\s—–.;:!?№#\\d]+){0,8}?\\s*(?:,|;|и|і|and|&)\\s*)?"
            + "(?<marker>" + MARKER + ")" + AFTER_MARKER + "(?<num>\\d{1,4})(?:\\s*-\\s*(?<suf>[зz]))?"
            + "(?![\\d\\p{L}]|[/.,]\\d|-[\\p{L}\\d])" + RANKED
            // each number's own date, as a flattened list gives it: "Указы: № 135 от 7 апреля 2026 г.; № 136 от …"
            + "(?<date>\\s*,?\\s*" + DATE_PHRASE + "|\\s*\\(\\s*" + DATE + "\\s*\\))?", FLAGS);
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?<!\\p{L})(?:два|две|три|четыре|оба|обе|тры|чатыры"
            + "|абодва|two|three|four|both)\\s+(?:\\p{L}+\\s+)?$", FLAGS);

    private static void listedAfterADash(String field, String text, String lower, int[] starts, List<ActReference> refs) {
        for (int start : starts) {
            Matcher m = DASH_LIST.matcher(lower).region(start, Math.min(lower.length(), start + 80));
            if (!m.lookingAt() || covered(refs, m.end()) || bill(lower, start)) {
                continue;
            }
            String word = m.group("decree") != null ? m.group("decree") : m.group("law") != null ? m.group("law")
                    : m.group("res") != null ? m.group("res") : m.group("dir");
            Matcher count = COUNT_BEFORE.matcher(lower).region(Math.max(0, start - 30), start);
            boolean counted = count.find();
            if (!PLURAL.matcher(word).matches() && !counted) {
                continue; // "Указ — № 135 …" is one act, read as such
            }
            // the issuer is named before the count: "Putin signed two decrees, No. 5 and No. 6"
            int named = counted ? count.start() : start;
            ActKind kind = m.group("decree") != null ? ActKind.DECREE : m.group("law") != null ? ActKind.LAW
                    : m.group("res") != null ? ActKind.RESOLUTION : ActKind.DIRECTIVE;
            if (kind == ActKind.RESOLUTION && !governments(text, lower, start, m.end())
                    || ActIssuer.notBelarusian(text, lower, start, -1, start + word.length(), false)
                    || named != start && ActIssuer.notBelarusian(text, lower, named, -1, start + word.length(), false)) {
                continue; // "Два указа Президента России: № 5 … и № 6 …"
            }
            Matcher item = DASH_ITEM.matcher(lower);
            int at = m.end();
            while (item.region(at, lower.length()).lookingAt()) {
                if (!covered(refs, item.start("num"))) {
                    refs.add(reference(kind, item.group("num"), item.group("suf") != null ? "-Z" : "", date(item.group("date")), text,
                            field, item.start("marker"), item.end()));
                }
                at = item.end();
            }
        }
    }

    /**
     * The verb right before the act in English, past an article, an adjective or a possessive ("The portal published
     * the Edict No. 135 on …", "The government discussed Lukashenko's Edict No. 135 on …").
     */
    private static final Pattern VERB_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?<verb>[a-z]+ed)\\s+(?:(?:the|a|an|new"
            + "|presidential|[a-z]+['’]s?)\\s+){0,2}$", FLAGS);
    /** The verbs that make an act: the day on which they did is the act's ("signed Edict No. 212 on 7 April 2026"). */
    private static final Pattern MAKING = Pattern.compile("signed|issued|adopted|enacted|approved|passed|endorsed", FLAGS);
    private static final Pattern ON_A_DAY = Pattern.compile("\\s*,?\\s*on\\s", FLAGS);

    /**
     * Whether the date after the number ("… Edict No. 135 on 14 March 2025", BelTA's way of dating an act it reports
     * signed) is the day of another verb whose object the act is: "The portal published Edict No. 135 on 14 March
     * 2025", "The government discussed Edict No. 135 on …", "… amended Edict No. 135 on …". Only "on": "of" and
     * "dated" name the act's own day whatever was done to it.
     */
    private static boolean anotherVerbsDay(String lower, int kindStart, String post) {
        if (post == null || !ON_A_DAY.matcher(post).lookingAt()) {
            return false;
        }
        Matcher verb = VERB_BEFORE.matcher(lower).region(Math.max(0, kindStart - 60), kindStart)
                .useTransparentBounds(true);
        return verb.find() && !MAKING.matcher(verb.group("verb")).matches();
    }

    /** Whether a reference already read covers the offset. */
    static boolean covered(List<ActReference> refs, int at) {
        for (ActReference r : refs) {
            if (r.start() <= at && at < r.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a law word in the plural names a kind of law by its subject, not the titled law: "Laws on personal data
     * protection differ …", "изменения в законы о средствах массовой информации" (no quotes: with them, "Законы «О
     * средствах массовой информации» и «…»" list titled laws). "законам" is the Russian dative plural before a Russian
     * title ("согласно законам о …"), the Belarusian instrumental singular before a Belarusian one ("Законам аб …").
     */
    private static boolean lawsOfAKind(String word, String title) {
        return PLURAL.matcher(word).matches() || word.equals("законам") && title.startsWith("о");
    }

    /**
     * The end of the title read past that holds {@code at}, or -1. The starts come in order, so a title that ends
     * before {@code at} is dropped: the list holds the titles of the last act or two, not of the whole text.
     */
    private static int titleAround(List<int[]> titles, int at) {
        titles.removeIf(t -> t[1] <= at);
        for (int[] t : titles) {
            if (at > t[0] && at < t[1]) {
                return t[1];
            }
        }
        return -1;
    }

    /** Whether a numbered law's reference starts at {@code start} (its kind word). */
    private static boolean numberedAt(List<ActReference> refs, int start) {
        for (ActReference r : refs) {
            if (r.start() == start && r.number() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, one character for one: the offsets of the lower-cased text are those of the text. A word written
     * with look-alike letters of the other script («Укaз» with a Latin «a») is first read as the word it shows
     * ({@link LookAlikeLetters}, one for one too). Typography's characters are read as the plain ones the patterns
     * know, one for one as well: every space separator (no-break, thin, narrow no-break: "№&nbsp;135", "12&nbsp;марта")
     * as a space, the hyphen, the non-breaking hyphen ("99‑З"), the figure dash and the minus sign ("Указы № 135‒137")
     * as "-", the horizontal bar as the em dash, and the degree or ordinal sign after a lone
     * "N" ("N° 135", "Nº 135") as the "o" of "No".
     */
    static String lower(String text) {
        char[] chars = LookAlikeLetters.of(text).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                chars[i] = ' ';
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2212') {
                chars[i] = '-'; // a figure dash or a minus sign between two figures is typed where a hyphen is
            } else if (c == '\u2015') {
                chars[i] = '\u2014'; // the horizontal bar some fonts' users type for an em dash
            } else if ((c == '\u00B0' || c == '\u00BA') && i > 0 && chars[i - 1] == 'n'
                    && (i < 2 || !Character.isLetterOrDigit(chars[i - 2]))) {
                chars[i] = 'o';
            } else {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return new String(chars);
    }

    /** Where a stem starts that is not preceded by a letter or digit, in order. */
    private static int[] stems(String lower) {
        int[] found = new int[8];
        int n = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!startsAStem(c) || (i > 0 && letterOrDigit(lower.charAt(i - 1)))) {
                continue;
            }
            for (String stem : STEMS) {
                if (stem.charAt(0) == c && lower.startsWith(stem, i)) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                    break;
                }
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** What the patterns' {@code (?<![\\p{L}\\d])} refuses before a reference. */
    private static boolean letterOrDigit(char c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9');
    }

    /**
     * The numbers a marked number stands for: itself, or every number of a range up to {@code to} ("Указами №№
     * 135–137", "Edicts Nos. 402-404", "указы № 5, 7–9") when a plural kind word, "Nos." or "№№" says there are several
     * and the range is short and rising. Otherwise a hyphen right between two numbers makes another numbering ("№
     * 58-12": none), and a dash with spaces leaves the first number alone ("Указ № 135 – 137 …", as before).
     */
    private static List<String> numbers(String lower, String num, String to, int numEnd, boolean several) {
        if (to == null) {
            return List.of(num);
        }
        int from = Integer.parseInt(num);
        int last = Integer.parseInt(to);
        if (several && last > from && last - from <= MAX_RANGE) {
            List<String> all = new ArrayList<>();
            for (int n = from; n <= last; n++) {
                all.add(String.valueOf(n));
            }
            return all;
        }
        return lower.charAt(numEnd) == '-' ? List.of() : List.of(num);
    }

    /** One number of a list as read, before the list's shared date is known. */
    /** @param suffix what the number's id shows after it: "" or a law's "-Z" or "-XIII" */
    private record Numbered(String digits, String suffix, LocalDate date, int start, int end) {
    }

    /** A law's "-Z" ("№ 99-З"), its convocation in Latin capitals ("№ 708-ХІІІ" typed in Cyrillic is "-XIII"), or none. */
    static String suffix(String law, String convocation) {
        if (convocation != null) {
            return "-" + convocation.replace('х', 'x').replace('і', 'i').toUpperCase(Locale.ROOT);
        }
        return law != null ? "-Z" : "";
    }

    static ActReference reference(ActKind kind, String digits, String suffix, LocalDate date, String text,
                                          String field, int start, int end) {
        String number = String.valueOf(Integer.parseInt(digits)); // "007" is 7
        return new ActReference(kind.id(number), kind.wire(), number + suffix, date, text.substring(start, end), field,
                start, end);
    }

    static boolean governments(String text, String lower, int start, int end) {
        // the sentence so far (at most 150 characters back) and a little after: "The Council of Ministers approved
        // the programme by Resolution No. 123", "Resolution No. 567 of the Council of Ministers"; "No. 45" and
        // "2030 г." do not end it
        int from = Sentences.start(lower, start, Math.max(0, start - 150));
        int to = Math.min(lower.length(), end + 45);
        return GOVERNMENT.matcher(lower).region(from, to).find()
                || GOVERNMENT_ABBREVIATION.matcher(text).region(from, to).find();
    }

    /** Whether the kind word at {@code kindStart} names a bill ("draft law", "проект закона"), not an act. */
    static boolean bill(String lower, int kindStart) {
        return BILL.matcher(lower).region(Math.max(0, kindStart - 12), kindStart).useTransparentBounds(true).find();
    }

    /** The first date in a phrase, or null when there is none or it is not a real date. */
    static LocalDate date(String phrase) {
        if (phrase == null) {
            return null;
        }
        Matcher d = DATE_PARTS.matcher(phrase);
        while (d.find()) {
            try {
                if (d.group("d1") != null) {
                    Integer month = month(d.group("m1"));
                    if (month != null) {
                        return LocalDate.of(Integer.parseInt(d.group("y1")), month, Integer.parseInt(d.group("d1")));
                    }
                } else if (d.group("m2") != null) {
                    Integer month = month(d.group("m2"));
                    if (month != null) {
                        return LocalDate.of(Integer.parseInt(d.group("y2")), month, Integer.parseInt(d.group("d2")));
                    }
                } else if (d.group("y5") != null) { // "2025-03-12": year first, as a legal database prints it
                    return LocalDate.of(Integer.parseInt(d.group("y5")), Integer.parseInt(d.group("m5")),
                            Integer.parseInt(d.group("d5")));
                } else if (d.group("d3") != null) {
                    int year = Integer.parseInt(d.group("y3")); // "12.03.25" is 2025: no act of ours is from 1925
                    return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(d.group("m3")),
                            Integer.parseInt(d.group("d3")));
                } else {
                    // "12/03/2025" is day first, as Belarusian sources write it; "03/25/2025" can only be month first,
                    // and so is "03/04/2031" in a text whose other slashed dates can only be month first
                    int first = Integer.parseInt(d.group("d4"));
                    int second = Integer.parseInt(d.group("m4"));
                    boolean monthFirst = second > 12 && first <= 12 || second <= 12 && SlashedDates.monthFirst();
                    return LocalDate.of(Integer.parseInt(d.group("y4")), monthFirst ? first : second,
                            monthFirst ? second : first);
                }
            } catch (DateTimeException e) {
                return null; // "31 February": a typo is no date
            }
        }
        return null;
    }

    static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer best = null;
        int bestLength = 0;
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            // the longest prefix wins ("ма" = мая/May only when nothing longer matches: not "март")
            if (w.startsWith(e.getKey()) && e.getKey().length() > bestLength
                    && (e.getKey().length() > 2 || w.equals("мая") || w.equals("май"))) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return best;
    }
}
