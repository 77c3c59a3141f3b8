package org.policymonitor.alert.story;

import org.policymonitor.alert.act.ActReference;
import org.policymonitor.platform.text.LookAlikeLetters;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns an item's text, acts, language, time and link into the keys the grouping compares. Pure, thread-safe. */
public final class FeatureExtractor {

    /**
     * "1,500" (en thousands), "1 500", "2,4" / "2.4" (decimals), with an optional unit: %, млн, million, bn, bln, mn,
     * трлн, тыс. …, or
     * a unit of measure (kg, кг, килограммов, t, km, ha, MW, кв. м …: "30 kg" = "30 кг" = "30 кілаграмаў").
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<=(?<!\\p{L})(?:Br|BYN|USD|EUR|RUB|CNY))|(?<![\\p{L}\\d.,]))(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+)(?:[.,](\\d+))?"
                    + "(?:(?:\\s*|-)(%|percent|per\\s+cent|процент\\p{L}*|працэнт\\p{L}*|млн|million|миллион\\p{L}*|мільён\\p{L}*|млрд|billion|миллиард\\p{L}*|мільярд\\p{L}*|"
                    + "трлн|trillion|триллион\\p{L}*|трыльён\\p{L}*|тыс|тысяч\\p{L}*|thousand|(?:bn|bln|mln|mn)(?!\\p{L})|" + Units.PATTERN + "))?(?!\\p{L}*\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words too common to say anything, in the three languages (only words of 4+ letters are compared anyway). */
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "will", "have", "been", "were",
            "their", "which", "said", "also", "more", "than", "into", "about", "over", "year", "years", "other",
            "этом", "того", "было", "будет", "также", "более", "который", "которые", "году", "года", "после", "между",
            "гэта", "будзе", "таксама", "якія", "годзе", "пасля", "паміж", "можа", "может");

    /**
     * Capitalised words that name kinds of institution or office, not someone: "Ministry", "Министерство", "Академии",
     * "Chairman" — and, in English, of place: "Grodno Region", "Minsk District" (twenty-first round: "Region" was the
     * name and the place of every region's item). They would otherwise pass for names (a specific detail) in every
     * item about any ministry.
     */
    private static final List<String> NOT_NAMES = List.of("ministr", "министер", "міністэр", "minister", "министр",
            "academ", "академ", "акадэм", "center", "centre", "центр", "цэнтр", "committee", "комитет", "камітэт",
            "council", "совет", "савет", "presid", "президиум", "прэзідыум", "chairman", "chair", "председател",
            "старшын", "state", "national", "национал", "нацыянал", "государств", "дзяржа", "republic", "республик",
            "рэспублік", "institut", "институт", "інстытут", "universit", "университет", "універсітэт", "house",
            "палат", "programm", "программ", "праграм", "deputy", "head", "prime", "premier", "union", "союз", "саюз",
            "agency", "агентств", "department", "департамент", "office", "parliament", "парламент", "assembly",
            "собрани", "сход", "presidium", "government", "правительств", "урад", "secretar", "секретар", "сакратар",
            "general", "генерал", "foreign", "affairs", "region", "oblast", "district", "agreement", "соглашени",
            "пагадненн", "law", "закон", "decree", "указ", "edict");

    /**
     * Words written with a capital that name no one: English months and weekdays ("in January-April", "on Monday"),
     * ISO currency codes ("USD 1.2 million", "250 BYN") and common acronyms ("IT exports"). As names they would be a
     * specific detail shared by every item of a month or with an amount in dollars.
     */
    private static final Set<String> NO_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "usd", "eur", "byn", "byr", "rub", "rur", "cny", "gbp", "jpy", "kzt", "uah",
            "pln", "uzs", "chf", "it", "sms", "gdp", "ввп", "ит", "смс",
            // a company's legal form ("ОАО «Интеграл»", "JSC Integral"): every company has one
            "оао", "зао", "ооо", "пао", "аат", "зат", "таа", "jsc", "ojsc", "cjsc", "llc", "ltd");

    /**
     * BelTA's dateline, in its three editions: "MINSK, 27 May (BelTA) -", "МИНСК, 27 мая (БЕЛТА) –", "МІНСК, 27 траўня
     * (БЕЛТА) –". It is no content: the day of the month and the agency would be two shared details of every item
     * of the day. The city is kept (a place of the story); the date and the agency go. Tried only when the text has
     * the agency's mark, so most items pay one {@code indexOf}.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:(\\p{Lu}[\\p{Lu}\\p{Pd}' ]*\\p{Lu}),\\s*)?\\d{1,2}\\s+\\p{L}+\\.?(?:\\s+\\d{4})?\\s*\\((?:BelTA|БЕЛТА|BELTA|Belta|БелТА)\\)"
                    + "\\s*[-–—]*\\s*");
    /**
     * Words before a place: "в Гомеле", "во Владивостоке", "in Gomel" (and the dateline's city, written so), and in
     * Belarusian "у Гомелі", "ў Гомелі" (in Russian "у Мирончика" is "with someone").
     */
    private static final Set<String> LOCATIVE = Set.of("в", "во", "in");
    private static final Set<String> LOCATIVE_BE = Set.of("у", "ў");
    private static final String[] AGENCY_MARKS = {"(BelTA)", "(БЕЛТА)", "(BELTA)", "(Belta)", "(БелТА)"};
    /** "in Mogilev and Vitebsk", "в Могилеве и Витебске", "у Магілёве і Віцебску": the second is a place too. */
    private static final Set<String> AND = Set.of("and", "и", "і", "й");
    /**
     * Months in the three languages (stems of their inflected forms): a day before one ("17 марта", "17 сакавіка",
     * "17 March") or after an English one ("March 17") is a date, no number of the story — every item of the day
     * would share it, as BelTA's dateline did.
     */
    private static final String[][] MONTHS = {{"january", "январ", "студзен"}, {"february", "феврал", "лют"},
            {"march", "март", "сакавік"}, {"april", "апрел", "красавік"}, {"траўн"}, {"june", "июн", "чэрвен"},
            {"july", "июл", "ліпен"}, {"august", "август", "жнівен", "жніўн"}, {"september", "сентябр", "верасн"},
            {"october", "октябр", "кастрычнік"}, {"november", "ноябр", "лістапад"}, {"december", "декабр", "снежн", "снежан"}};
    /** May, whose short names are also other words' beginnings ("maybe", "маяк"): the whole word only. */
    private static final Set<String> MAY = Set.of("may", "мая", "май");
    /** Where a date is read as a day of the calendar: Belarus (BelTA, the president, the government). */
    /** The zone an item's own day is read in (here and in {@code KeyProfile.datesDiffer}: one reading of "today"). */
    static final ZoneId ZONE = ZoneId.of("Europe/Minsk");
    /**
     * A date this many days or more from the item's own day is a detail of the story ("from 15 October", "the
     * resolution of 27 May"); a nearer one is the news cycle's (today, yesterday, tomorrow: every item of the day).
     * The first of a month is no detail either: it is when acts, standards and rules take effect, every one of them.
     */
    static final int OTHER_DAY = 2;
    /** Currency signs and codes written against the amount (the number pattern's look-behind names the same). */
    private static final List<String> GLUED_CURRENCIES = List.of("Br", "BYN", "USD", "EUR", "RUB", "CNY");

    private final Glossary glossary;
    private final Lexicon lexicon;
    /** The learned lexicon ({@link Lexicon#learned()}), asked where the hand-made one has no word; null: none. */
    private final Lexicon learned;

    public FeatureExtractor(Glossary glossary, Lexicon lexicon) {
        this(glossary, lexicon, Lexicon.learned());
    }

    /** @param learned the learned cross-language lexicon, asked after {@code lexicon}; null for none */
    public FeatureExtractor(Glossary glossary, Lexicon lexicon, Lexicon learned) {
        this.glossary = glossary;
        this.lexicon = lexicon;
        this.learned = learned;
    }

    public FeatureExtractor(Glossary glossary) {
        this(glossary, Lexicon.shipped());
    }

    public FeatureExtractor() {
        this(Glossary.shipped(), Lexicon.shipped());
    }

    public StoryFeatures extract(String title, String summary, String content, String language, Instant at,
                                 String link, List<ActReference> acts) {
        return extract(title, summary, content, language, at, link, acts, null);
    }

    /**
     * As {@link #extract(String, String, String, String, Instant, String, List)}, each key the equal one {@code shared}
     * saw first (null: none): the same features, whose keys a thread's prepared items share.
     */
    public StoryFeatures extract(String title, String summary, String content, String language, Instant at,
                                 String link, List<ActReference> acts, SharedKeys shared) {
        String lang = primary(language);
        // a word written with look-alike letters of another script (a Belarusian «і» typed as the Latin «i») is the
        // word the other versions spell: their glossary terms, names and words
        String text = LookAlikeLetters.of(withoutDatelines(join(title, summary, content)));
        Set<String> keys = new HashSet<>();
        for (ActReference act : acts) {
            keys.add(Keys.ACT + act.id());
            // Thirty-third round: a law told with its number and its title ("Закон № 87-З «Об искусственном
            // интеллекте»") is also the law the other versions name by its title only ("the AI law takes effect")
            if (act.titleId() != null) {
                keys.add(Keys.ACT + act.titleId());
            }
        }
        numbers(text, keys, at);
        List<Tokens.Token> tokens = Tokens.of(text);
        if (tellsALaterDay(text, tokens)) {
            keys.add(Keys.LATER_DAY);
        }
        List<String> hedgedWords = new ArrayList<>(0);
        NumberWords.values(tokens, at, hedgedWords).forEach(v -> keys.add(Keys.NUMBER + v)); // "forty", "сорака", "дваццаць"
        keys.addAll(hedgedWords); // "почти пять миллионов" (HedgedFigures)
        boolean[] covered = new boolean[tokens.size()];
        for (Glossary.Found f : glossary.find(tokens)) {
            for (int i = f.from(); i < f.to(); i++) {
                covered[i] = true;
            }
            if (f.category().equals("person") || f.category().equals("common") || f.category().equals("head")) {
                // "Владимир Караник", "Aleksandr Turchin": the first name (and patronymic) belong to the person and
                // are no detail of their own (many officials share a first name)
                // — only in its sentence: "… Совета РСС. МИНСК, 7 сентября (БЕЛТА) –" ends with no first name
                for (int i = f.from() - 1; i >= Math.max(0, f.from() - 2) && tokens.get(i).capitalised()
                        && !tokens.get(i).punctuated(); i--) {
                    covered[i] = true;
                }
            }
            if (!f.category().equals("common") && !callsAVote(f, tokens)
                    && !signingToCome(f, tokens)) {
                keys.add(Keys.CONCEPT + f.category() + ":" + f.concept());
            }
            if (f.implied() != null) {
                // the Russian Academy of Sciences is Russia's: a counterpart's country, as if the version named it
                keys.add(Keys.CONCEPT + f.implied());
            }
        }
        boolean[] institution = new boolean[tokens.size()];
        InstitutionNames.mark(tokens, covered, institution);
        List<String> words = new ArrayList<>();
        int lastPlace = -10;
        int placeRun = -10;
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            String w = t.lower();
            if (!covered[i]) {
                // the lexicon's word, the same in the three languages ("снегапад" = "snowfall"): compared across
                // languages, where the words themselves are not
                String common = lexicon.wordOf(w);
                if (common == null && learned != null && !t.capitalised()) {
                    // (a capitalised word is a name or a place, with keys of its own: the learned words are not)
                    common = learned.wordOf(w);
                }
                if (common != null) {
                    keys.add(Keys.LEXICON + common);
                }
            }
            if (Character.isDigit(w.charAt(0))) {
                continue;
            }
            words.add(w);
            if (covered[i] || NO_NAMES.contains(w) || gluedAmount(w)) {
                continue;
            }
            if (t.allCaps() && w.length() >= 2 && w.length() <= 6) {
                // an acronym the glossary does not know, as its letters sound in any script ("РСС" = "RCC")
                keys.add(Keys.ACRONYM + Glossary.acronymKey(w));
                if (eventEdition(tokens, i)) {
                    keys.add(Keys.EVENT_NAME + Glossary.acronymKey(w));
                }
            } else if (t.allCaps() && w.length() > 6 && !institution[i] && notAnInstitution(w)) {
                // a name written in capitals ("INTEGRAL", «ИНТЕГРАЛ»: companies often write theirs so) is a name as
                // the other versions' "Интеграл" is
                keys.add(Keys.NAME + Transliteration.skeleton(w));
            } else if (oblastOpeningASentence(tokens, covered, institution, i)) {
                // "Mogilev Oblast harvests…", "Магілёўская вобласць намалаціла…": the title's region is the place
                // the other versions name ("на Магілёўшчыне", "in Mogilev Oblast"), not a word without a key
                keys.add(Keys.CONCEPT + "place:" + Keys.UNKNOWN_PLACE + Transliteration.skeleton(w));
                lastPlace = i;
            } else if (name(tokens, covered, institution, i)) {
                if (i + 1 < tokens.size() && !t.punctuated() && name(tokens, covered, institution, i + 1)) {
                    // "Konstantin Shulgan": the first name (and patronymic) belong to the person, as for the
                    // glossary's people; two keys would make one official outside the glossary two details. After
                    // "in"/"в" the run is a place named by its last word ("в Санкт-Петербурге", "in New Delhi")
                    if (i > 0 && locative(tokens.get(i - 1).lower(), lang) || placeRun == i - 1) {
                        placeRun = i;
                    }
                } else if (i > 0 && locative(tokens.get(i - 1).lower(), lang) || placeRun == i - 1
                        || lastPlace == i - 2 && AND.contains(tokens.get(i - 1).lower())
                        || Transliteration.namesARegion(w)) {
                    // "в Самарканде", "in Samarkand", and the dateline's city: where it happened; and "in Mogilev and
                    // Vitebsk": the second place of a pair
                    keys.add(Keys.CONCEPT + "place:" + Keys.UNKNOWN_PLACE + Transliteration.skeleton(w));
                    lastPlace = i;
                } else {
                    keys.add(Keys.NAME + Transliteration.skeleton(w)); // a name, in any script
                }
            }
            if (w.length() >= 4 && !STOP.contains(w)) {
                keys.add(Keys.WORD + lang + ":" + w.substring(0, Math.min(w.length(), 6)));
            }
        }
        return new StoryFeatures(lang, at, canonical(link), SimHash.of(words), shared == null ? keys : shared.of(keys));
    }

    /** The text without BelTA's datelines; the city stays, as a place ("In Samarkand."). */
    static String withoutDatelines(String text) {
        boolean marked = false;
        for (String mark : AGENCY_MARKS) {
            marked |= text.contains(mark);
        }
        if (!marked) {
            return text;
        }
        Matcher m = DATELINE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String city = m.group(1);
            // "In Samarkand." — the city as a place of the story (a version may name it nowhere else)
            m.appendReplacement(out, city == null ? "" : Matcher.quoteReplacement(
                    "In " + titleCase(city) + ". "));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "САНКТ-ПЕТЕРБУРГ" → "Санкт-Петербург", "NEW DELHI" → "New Delhi": each part of the city's name is a name. */
    private static String titleCase(String city) {
        StringBuilder b = new StringBuilder(city.length());
        for (int i = 0; i < city.length(); i++) {
            char c = city.charAt(i);
            boolean first = i == 0 || !Character.isLetter(city.charAt(i - 1)) && city.charAt(i - 1) != '\'';
            b.append(first ? c : Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static boolean locative(String word, String lang) {
        return LOCATIVE.contains(word) || lang.equals("be") && LOCATIVE_BE.contains(word);
    }

    /** A capitalised word inside a sentence that names someone or something: not an institution's common words. */
    private static boolean name(List<Tokens.Token> tokens, boolean[] covered, boolean[] institution, int i) {
        Tokens.Token t = tokens.get(i);
        return t.capitalised() && !t.sentenceStart() && !t.allCaps() && !covered[i] && !institution[i]
                && t.lower().length() >= 4 && !NO_NAMES.contains(t.lower()) && notAnInstitution(t.lower());
    }

    /**
     * Fifty-fourth round: a capitalised word opening a sentence before "Oblast", "область", "вобласць" names the region
     * ("Mogilev Oblast harvests 1 million tonnes", "Гомельская вобласць намалаціла"): as a sentence's first word it was
     * no name, so the agency's title of one region's milestone had no place to tell it from another region's.
     */
    private static boolean oblastOpeningASentence(List<Tokens.Token> tokens, boolean[] covered, boolean[] institution,
                                                  int i) {
        Tokens.Token t = tokens.get(i);
        return t.sentenceStart() && t.capitalised() && !t.allCaps() && !covered[i] && !institution[i]
                && !t.punctuated() && i + 1 < tokens.size() && OBLAST.contains(tokens.get(i + 1).lower())
                && t.lower().length() >= 4 && notAnInstitution(t.lower());
    }

    private static final Set<String> OBLAST = Set.of("oblast", "область", "вобласць");

    private static boolean notAnInstitution(String word) {
        // by index, as the loops over each token below: C1, the consumer's only compiler, allocates a for-each's iterator
        for (int k = 0; k < NOT_NAMES.size(); k++) {
            if (word.startsWith(NOT_NAMES.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static void numbers(String text, Set<String> keys, Instant at) {
        // the pattern is tried only where a number can start (a digit after no letter, digit, point or comma), not at
        // every character as find() would: the same matches, a fraction of the work
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        // whether the item has stated a figure of its own yet: a figure quoted for comparison follows one
        boolean stated = false;
        // the text is looked at for words of comparison only once a second figure comes (most items have fewer)
        QuotedFigures quotes = null;
        boolean looked = false;
        while (true) {
            int at0 = nextNumberStart(text, from);
            if (at0 < 0) {
                break;
            }
            m.region(at0, text.length());
            if (!m.lookingAt()) {
                from = at0 + 1;
                continue;
            }
            from = Math.max(m.end(), at0 + 1);
            String integer = digitsOnly(m.group(1));
            String unit = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            BigDecimal value = new BigDecimal(integer + (m.group(2) != null ? "." + m.group(2) : ""));
            if (unit.isEmpty() && m.group(2) == null && integer.length() == 4 && value.intValue() >= 1900
                    && value.intValue() <= 2100) {
                continue; // a year: every item of the season has it
            }
            if (unit.isEmpty() && m.group(2) == null && integer.length() <= 2 && value.intValue() >= 1
                    && value.intValue() <= 31) {
                int month = dateMonth(text, at0, m.end());
                if (month > 0) {
                    // the day of a date: today's is every item of the day's; another day's is the story's
                    String other = otherDay(value.intValue(), month, at);
                    if (other != null) {
                        keys.add(Keys.NUMBER + other);
                    }
                    continue;
                }
            }
            boolean percent = unit.equals("%") || unit.startsWith("per") || unit.startsWith("процент") || unit.startsWith("працэнт");
            String measure = Units.of(unit); // kg, t, km, ha, mw, m2 or null
            if (stated) {
                if (!looked) {
                    quotes = QuotedFigures.of(text); // null for most texts: no word of comparison
                    looked = true;
                }
                if (quotes != null && quotes.quoted(at0)) {
                    continue; // "for comparison, the national average was …": another report's figure (QuotedFigures)
                }
            }
            if (measure != null) {
                // a quantity with its unit says more than a bare number, and reads the same in the three languages
                String key = Keys.NUMBER + value.stripTrailingZeros().toPlainString() + measure;
                keys.add(key);
                stated = true;
                String hedge = HedgedFigures.before(text, at0);
                if (hedge != null) {
                    keys.add(hedge + key); // "almost 12 tonnes" (HedgedFigures)
                }
                continue;
            }
            int glued = unit.isEmpty() ? gluedScale(text, at0, m.end()) : 0; // "$480m", "USD41m", "$2b"
            if (glued > 0) {
                value = value.movePointRight(glued);
                from = m.end() + 1;
            } else if (unit.startsWith("мл") && !unit.startsWith("млрд") || unit.startsWith("million") || unit.startsWith("миллион")
                    || unit.startsWith("мільён") || unit.equals("mln") || unit.equals("mn")) {
                value = value.movePointRight(6);
            } else if (unit.startsWith("млрд") || unit.startsWith("billion") || unit.startsWith("миллиард")
                    || unit.startsWith("мільярд") || unit.equals("bn") || unit.equals("bln")) {
                value = value.movePointRight(9);
            } else if (unit.startsWith("трлн") || unit.startsWith("trillion") || unit.startsWith("триллион")
                    || unit.startsWith("трыльён")) {
                value = value.movePointRight(12);
            } else if (unit.startsWith("тыс") || unit.startsWith("thousand")) {
                value = value.movePointRight(3);
            }
            if (!percent && unit.isEmpty() && m.group(2) == null && value.compareTo(BigDecimal.TEN) < 0) {
                // "9 ambassadors" = "nine ambassadors": kept, though small counts are everywhere ("2 hours"), so
                // they weigh little, find no candidates (Keys) and are at most a quarter of a detail (StoryMatcher);
                // 0 and 1 say nothing ("No. 1", "1 January")
                if (value.intValue() >= 2) {
                    keys.add(Keys.NUMBER + value.intValue());
                }
                // "8-qubit": the number and the word it is glued to, as "восьмикубитного" reads (NumberWords)
                int end = m.end();
                if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
                    int e = end + 1;
                    while (e < text.length() && Character.isLetter(text.charAt(e))) {
                        e++;
                    }
                    String compound = NumberWords.compound(value.intValue(), text.substring(end + 1, e).toLowerCase(Locale.ROOT));
                    if (compound != null) {
                        keys.add(Keys.NUMBER + compound);
                    }
                }
                continue;
            }
            if (percent && value.compareTo(HUNDRED) > 0 && value.compareTo(TWO_HUNDRED) < 0) {
                // "составил 103,1% к уровню" = "grew by 3.1%": an index over the base is the growth it states (one
                // figure, not two)
                value = value.subtract(HUNDRED);
            }
            String key = Keys.NUMBER + value.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
            keys.add(key);
            stated = true;
            // Sixty-third round: "почти 35", "more than 250": the figure is rounded, and the hedge says which way
            String hedge = HedgedFigures.before(text, at0);
            if (hedge != null) {
                keys.add(hedge + key);
            }
        }
    }

    /** Stems of an election or a referendum, in Russian and Belarusian (the appointing word is theirs). */
    private static final List<String> VOTES = List.of("выбор", "выбар", "референдум", "рэферэндум");

    /**
     * Fifty-second round: an "appointment" that calls a vote — "указ о назначении выборов", "назначил досрочные
     * выборы", "прызначэнне выбараў", "о назначении референдума" — in which the word that appoints a person appoints
     * a vote's date instead: the election or referendum within the next two words. Read as an appointment, the
     * edict calling the election shared an event with the head of state's personnel decisions and with every item
     * of the campaign saying the edict was coming.
     */
    static boolean callsAVote(Glossary.Found f, List<Tokens.Token> tokens) {
        if (!f.concept().equals("appointment") || tokens.get(f.to() - 1).punctuated()) {
            return false;
        }
        for (int i = f.to(); i < Math.min(tokens.size(), f.to() + 2); i++) {
            String w = tokens.get(i).lower();
            if (VOTES.stream().anyMatch(w::startsWith)) {
                return true;
            }
            if (tokens.get(i).punctuated()) {
                return false;
            }
        }
        return false;
    }

    /** The future's auxiliary ("будет подписан", "будзе падпісаны"; the English "will be" is two words). */
    private static final Set<String> WILL_BE = Set.of("будет", "будут", "будзе", "будуць");

    /**
     * Fifty-second round: a signing to come — "указ будет подписан в ближайшие дни", "будуць падпісаны", "will be
     * signed" — is no signing: the head of state announcing his edict is another event than his signing it days
     * later, which the signed act's versions tell. Read as signed, the announcement shared the deed, the edict and
     * the head of state with the signing's versions. Only the signing: the deed the edicts' and laws' versions share.
     */
    static boolean signingToCome(Glossary.Found f, List<Tokens.Token> tokens) {
        if (!f.concept().equals("signed-act") || f.from() == 0) {
            return false;
        }
        Tokens.Token before = tokens.get(f.from() - 1);
        return !before.punctuated() && (WILL_BE.contains(before.lower())
                || f.from() > 1 && before.lower().equals("be") && tokens.get(f.from() - 2).lower().equals("will"));
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);

    /**
     * The key of a date {@value #OTHER_DAY} days or more from the item's day ({@code 09-01}), or null: the nearest such
     * date of that day and month to the item's (a date in January in a December item is next year's).
     */
    static String otherDay(int day, int month, Instant at) {
        if (at == null || day == 1) {
            return null;
        }
        LocalDate today = at.atZone(ZONE).toLocalDate();
        LocalDate nearest = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            try {
                LocalDate d = LocalDate.of(year, month, day);
                if (nearest == null || Math.abs(ChronoUnit.DAYS.between(today, d)) < Math.abs(ChronoUnit.DAYS.between(today, nearest))) {
                    nearest = d;
                }
            } catch (DateTimeException e) {
                // 30 February: no date
            }
        }
        if (nearest == null || Math.abs(ChronoUnit.DAYS.between(today, nearest)) < OTHER_DAY) {
            return null;
        }
        return String.format(Locale.ROOT, "%02d-%02d", month, day);
    }

    /**
     * The month (1–12) of a date whose day number is between {@code start} and {@code end} (a month's name follows,
     * or an English one precedes), or 0.
     */
    private static int dateMonth(String text, int start, int end) {
        int e = end;
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\u00a0')) {
            e++;
        }
        int w = e;
        while (w < text.length() && Character.isLetter(text.charAt(w)) && w - e < 12) {
            w++;
        }
        int after = w > e ? month(text.substring(e, w).toLowerCase(Locale.ROOT)) : 0;
        if (after > 0) {
            return after;
        }
        int b = start - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        int a = b;
        while (a >= 0 && Character.isLetter(text.charAt(a)) && b - a < 12) {
            a--;
        }
        return b > a && b < start - 1 && text.charAt(a + 1) < '\u0400' ? month(text.substring(a + 1, b + 1).toLowerCase(Locale.ROOT)) : 0;
    }

    /** The month (1–12) a word names, or 0. */
    static int month(String word) {
        if (MAY.contains(word)) {
            return 5;
        }
        for (int m = 0; m < MONTHS.length; m++) {
            for (String stem : MONTHS[m]) {
                if (word.startsWith(stem)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    private static int nextNumberStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                if (!Character.isLetterOrDigit(before) && before != '.' && before != ',' || roubleSign(text, i)) {
                    return i;
                }
                // within a word or a number: skip to its end
                while (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return -1;
    }

    /**
     * "Br18.6 million", "Br1,3 млрд", "BYN48 million", "USD2.5 million": a currency's sign or code written against the
     * amount, as BelTA's English edition does.
     */
    private static boolean roubleSign(String text, int i) {
        for (int k = 0; k < GLUED_CURRENCIES.size(); k++) {
            String code = GLUED_CURRENCIES.get(k);
            int c = i - code.length();
            if (c >= 0 && text.startsWith(code, c) && (c == 0 || !Character.isLetter(text.charAt(c - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 6 or 9 where the number between {@code start} and {@code end} is a sum abbreviated the English press's way — an
     * "m" or a "b" glued to it after its currency ("$480m", "€5M", "USD41m", "BYN12.5m", "$2b") — else 0. Only after a
     * currency: an "m" glued to a bare number is as often metres ("a resolution of 0.35m", "a 100m tower").
     */
    private static int gluedScale(String text, int start, int end) {
        if (end >= text.length() || end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) {
            return 0;
        }
        char letter = text.charAt(end);
        int scale = letter == 'm' || letter == 'M' ? 6 : letter == 'b' || letter == 'B' ? 9 : 0;
        if (scale == 0 || start == 0) {
            return 0;
        }
        char before = text.charAt(start - 1);
        return before == '$' || before == '€' || before == '£' || roubleSign(text, start) ? scale : 0;
    }

    /** A token that is a currency code glued to its amount ("byn48"): no name. */
    private static boolean gluedAmount(String word) {
        for (int k = 0; k < GLUED_CURRENCIES.size(); k++) {
            String code = GLUED_CURRENCIES.get(k);
            if (word.length() > code.length() && word.regionMatches(true, 0, code, 0, code.length())
                    && Character.isDigit(word.charAt(code.length()))) {
                return true;
            }
        }
        return false;
    }

    /** "1,500", "1 500" → "1500". */
    private static String digitsOnly(String number) {
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != ',') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(p).append(".\n");
            }
        }
        return b.toString();
    }

    private static String primary(String language) {
        if (language == null || language.isBlank()) {
            return "und";
        }
        int dash = language.indexOf('-');
        return (dash > 0 ? language.substring(0, dash) : language).toLowerCase(Locale.ROOT);
    }

    /**
     * Host (lower-case) and path, without scheme or trailing slash, and the query's parameters but tracking ones, in
     * order: the link target. The query stays because on many sites it chooses the page — a legal portal's documents
     * are all {@code pravo.by/document/?guid=…&p0=…}, and without it every act published there was "the same link".
     */
    static String canonical(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.trim());
            if (uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            int end = path.length();
            while (end > 0 && path.charAt(end - 1) == '/') {
                end--;
            }
            return host + path.substring(0, end) + query(uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Parameters whose value says where the reader came from, not which page it is ("utm_source", "fbclid"). */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "yclid", "from", "ref", "_openstat");

    /** "?a=1&b=2" with the parameters sorted and tracking ones left out, or "" when none is left. */
    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String p : raw.split("&")) {
            int eq = p.indexOf('=');
            String name = (eq < 0 ? p : p.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(p);
            }
        }
        if (kept.isEmpty()) {
            return "";
        }
        kept.sort(null);
        return "?" + String.join("&", kept);
    }

    /**
     * Forty-second round: an acronym followed by a year ("ТИБО-2026", "TIBO 2026") names an event's edition: the
     * forum's name, which every item of the forum gives, whatever of its events it tells ({@link Keys#EVENT_NAME}).
     */
    static boolean eventEdition(List<Tokens.Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        if (next.length() != 4 || !next.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(next);
        return year >= 1990 && year <= 2100;
    }

    /**
     * Whether the text names a later day of an event ({@link #LATER_DAY}). The pattern, Unicode and case-insensitive,
     * was a tenth of alert-service's CPU in the system benchmark when tried at every position of every text, so it runs
     * only on a text with a word for "day" among its tokens, which every match has: the day word follows a space and
     * ends at a character that is no letter or digit, where a token ends too.
     */
    static boolean tellsALaterDay(String text, List<Tokens.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            if (DAY_WORD_STARTS.indexOf(word.charAt(0)) < 0) {
                continue; // most tokens are refused by their first letter, without a look at the words
            }
            for (int k = 0; k < DAY_WORDS.size(); k++) {
                if (word.startsWith(DAY_WORDS.get(k))) {
                    return LATER_DAY.matcher(text).find();
                }
            }
        }
        return false;
    }

    /** The words for "day" of {@link #LATER_DAY} as tokens begin with them (an apostrophe may join a token on). */
    private static final List<String> DAY_WORDS = List.of("day", "день", "дня", "дне", "дзень", "дні");
    /** The first letters of {@link #DAY_WORDS}, each once. */
    private static final String DAY_WORD_STARTS = DAY_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(Collectors.joining());

    /**
     * Forty-second round: a later day of an event named ("во второй день ТИБО", "on the second day of the forum", "у
     * другі дзень форуму", "на заключительном дне"): {@link Keys#LATER_DAY}. Word edges are written as look-arounds on
     * {@code \w}, which mean what {@code \b} means here (each alternative begins and ends with a letter): under
     * {@code (?U)} JDK 17's {@code \b} builds its Unicode word test anew at each position it is tried (2.6 % of
     * alert-service's allocation in the system benchmark), {@code \w} once, when the pattern is compiled.
     */
    private static final Pattern LATER_DAY = Pattern.compile("(?iU)(?<!\\w)(?:(?:втор|трет|четв[её]рт|заключительн|последн)"
            + "\\p{L}*\\s+(?:день|дня|дне)|(?:друг|трэц|чацв[её]рт|заключн|апошн)\\p{L}*\\s+(?:дзень|дня|дні)"
            + "|(?:second|third|fourth|final|closing|last)\\s+day)(?!\\w)");

}
