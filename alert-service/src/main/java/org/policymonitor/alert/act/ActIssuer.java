package org.policymonitor.alert.act;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words around a reference name an issuer whose act is not a Belarusian one: a foreign state ("Russian
 * Presidential Decree No. 490", "Указ Президента Российской Федерации № 490", "Kazakhstan's Law No. 94", a federal or
 * model law), a supranational body (EAEU, EEC, CIS, the Union State, the UN) or a court, ministry, committee or bank
 * ("Supreme Court plenum resolution No. 5", "постановление № 45 Министерства экономики").
 * <p>
 * The issuer is looked for only where a language names it, in the words that can be part of its name: the modifiers
 * right before the kind word (English adjectives, possessives and capitalised names, one by one and together: "The
 * Union State's Supreme State Council Decree"; Russian and Belarusian adjectives), and the name between the kind word
 * and the number or right after the number ("Указ Президента России № …", "Law of the Republic of Kazakhstan No. …",
 * "Decree No. 490 of the President of Russia", "Указ № 490 Президента Российской Федерации"): capitalised words, "of
 * the", Russian and Belarusian genitives, up to a preposition, a lower-case word or punctuation. A country named
 * anywhere else ("ratifies the agreement with Russia", "Указ … о сотрудничестве с Российской Федерацией") is what the
 * act is about, not who issued it.
 * <p>
 * The issuer may also be the subject of the verb that issued the act, right before its kind word ("Russian President
 * Vladimir Putin signed Decree No. 124", "Президент России подписал указ № 124", "Высший Государственный Совет Союзного
 * государства принял декрет № 1"), a foreign head of state or government also by surname ("Токаев подписал закон").
 * The subject is read back from the verb to the start of its clause; a phrase that begins with a preposition or
 * conjunction ("после переговоров с Путиным Лукашенко подписал …") is not the subject, unless the word right before the
 * verb is itself foreign ("В Москве Путин подписал …"). English says with "by" what Russian and Belarusian say with
 * the instrumental ("The Council of Ministers of the Union State approved the programme by Resolution No. 4" = "…
 * утвердил программу постановлением № 4"): the subject of the verb read back from "by" over its object issued the act.
 * Foreign states are known by name and adjective in the three languages and their cases, their parliaments too ("The
 * State Duma passed Law No. 5", "Мажилис принял закон № 5").
 * <p>
 * Or the issuer may be told as the owner of the thing the act approved, right before "approved by" or "утверждённая"
 * ("Russia's national AI strategy, approved by Presidential Decree No. 490", "Стратэгія Казахстана, зацверджаная Указам
 * № …"): a state's strategy is approved by that state's act. A thing made with a country ("the agreement with
 * Kazakhstan, approved by …") or jointly with Belarus is not that country's.
 * <p>
 * The subject may also stand before the act set off by commas, its verb after the act ("The government of Kazakhstan,
 * by Resolution No. 5, approved …", "Правительство Казахстана, постановлением № 5, утвердило …"); and a sentence that
 * opens in a foreign state ("In Kazakhstan, Law No. 45 …", "В Узбекистане … указ № 45"; also after a lead, "С 1 марта в
 * Узбекистане …", "Meanwhile, in Kazakhstan, …", past an aside, "In Russia, as analysts noted, …", or named first,
 * "Kazakhstan: Law No. 45 …"; since the acts17 round also after a time, "Last year in Kazakhstan, …", "On Monday in
 * Uzbekistan, …", or a dateline, "MINSK, 3 May (BelTA) – In Kazakhstan, …", and past any short aside, "In Russia,
 * experts say, …") tells whose act its clause names, unless Belarus is named there; and a foreign subject told after
 * the number signed it ("Edict No. 12, which Putin signed on …", "Указ № 12, который Путин подписал …"). A short
 * aside set off by commas between a subject and its verb or act is read past ("Putin, analysts say, signed …",
 * "Правительство Казахстана, как сообщается, постановлением № 5 …").
 */
final class ActIssuer {

    /** Foreign states and supranational bodies: whole words (possessive allowed), or Russian/Belarusian stems. */
    private static final Pattern FOREIGN = Pattern.compile("(?<![\\p{L}\\d])(?:(?:"
            + "russia|russian|kazakh|kazakhstan|kazakhstani|ukraine|ukrainian|uzbek|uzbekistan|kyrgyz|kyrgyzstan"
            + "|armenia|armenian|azerbaijan|azerbaijani|china|chinese|american|united\\s+states|usa|poland|polish"
            + "|lithuania|lithuanian|latvia|latvian|germany|german|georgian|moldova|moldovan|tajik|tajikistan|turkmen"
            + "|turkmenistan|european|eu|eaeu|eurasian|eec|cis|un|united\\s+nations|csto|union\\s+state|federal|model"
            // the Union State's Supreme State Council, named without the Union State: Belarus has no body of that name
            + "|supreme\\s+state\\s+council"
            + "|foreign|рф|рк|сша|зша|ес|еаэс|еэк|снг|снд|оон|аан|одкб|мпа|кнр|кндр|оаэ|ааэ" // "РК": Kazakhstan
            // other states Belarus deals with, by name and adjective (acts of any of them are not Belarusian)
            + "|turkey|turkish|t[uü]rkiye|iran|iranian|vietnam|vietnamese|france|french|india|indian|japan|japanese"
            + "|korea|korean|cuba|cuban|venezuela|venezuelan|nicaragua|nicaraguan|serbia|serbian|mongolia|mongolian"
            + "|egypt|egyptian|pakistan|pakistani|uae|emirates|emirati|saudi|qatar|qatari|oman|omani|syria|syrian"
            + "|israel|israeli|britain|british|uk|italy|italian|spain|spanish|brazil|brazilian|indonesia|indonesian"
            + "|malaysia|malaysian|georgia|estonia|estonian|hungary|hungarian|czech|slovakia|slovak|austria|austrian"
            + "|switzerland|swiss|canada|canadian|australia|australian|african|nigeria|nigerian|kenya|kenyan|zimbabwe"
            + "|algeria|algerian|iraq|iraqi|afghanistan|afghan|thailand|thai|mexico|mexican|argentina|argentine"
            + "|bulgaria|bulgarian|romania|romanian|greece|greek|denmark|danish|sweden|swedish|finland|finnish"
            + "|norway|norwegian|netherlands|dutch|belgium|belgian|abkhazia|ossetia|prc|dprk|sco|brics|osce|nato|kremlin"
            + "|crimea|crimean" // the Council of Ministers of the Republic of Crimea: not our government
            // foreign parliaments, which pass their states' laws ("The State Duma passed Law No. 5", "Мажилис принял")
            + "|duma|verkhovna|rada|bundestag|bundesrat|mazhilis|majilis|kenesh|majlis|oliy|sejm|seimas|saeima|knesset"
            + "|congress|дума|думы|думе|думу|думой|госдум\\p{L}*|рада|рады|радой|бундестаг\\p{L}*|мажилис\\p{L}*"
            + "|мажыліс\\p{L}*|кенеш\\p{L}*|мажлис\\p{L}*|сейм\\p{L}*|конгресс\\p{L}*|кангрэс\\p{L}*"
            // heads of state and government whom the sources name signing their countries' acts
            + "|putin|tokayev|tokaev|mirziyoyev|japarov|zhaparov|rahmon|pashinyan|aliyev|berdimuhamedov|jinping|zelensky"
            + "|zelenskyy|trump|mishustin|biden|macron|erdogan|erdoğan|scholz|merz|orban|orbán|sandu|maduro|lula)(?:['’]s)?"
            + "|(?:путин|пуцін|токаев|такаеў|такаев|мирзиёев|мірзіёеў|мірзіёев|жапаров|жапараў|жапарав|рахмон|пашинян"
            + "|пашынян|алиев|аліеў|аліев|бердымухамедов|бердымухамедаў|бердымухамедав|цзиньпин|цзіньпін|зеленск|зяленск"
            + "|трамп|мишустин|мішусцін|байден|байдэн|макрон|эрдоган|эрдаган|шольц|орбан|мадуро|мадура)"
            + "(?:а|у|ым|ом|е|ам|ага|аму|ий|ого|ому|ім|і|ы|ой)?"
            + "|(?:росси|российск|казахстан|казахск|украин|узбек|кыргыз|киргиз|армени|армянск|азербайджан|кита[йя]"
            + "|американск|польш|польск|литв|литовск|латви|латвийск|германи|немецк|грузинск|грузи[ия]|молдов"
            + "|молдавск|таджик|туркмен|европейск|евросоюз|евразийск|федеральн|модельн|иностранн|зарубежн"
            + "|межгосударственн|межпарламентск|союзн\\p{L}*\\s+государств|расі[іяю]|расійск|украін|кіта[йяі]"
            + "|амерыканск|літв|літоўск|латвій|нямецк|еўрапейск|еўрасаюз|еўразійск|федэральн|мадэльн|замежн"
            + "|міждзяржаўн|міжпарламенцк|саюзн\\p{L}*\\s+дзяржав"
            + "|высш\\p{L}*\\s+государственн\\p{L}*\\s+совет|вышэйш\\p{L}*\\s+дзяржаўн\\p{L}*\\s+савет"
            + "|высш\\p{L}*\\s+госсовет|вышэйш\\p{L}*\\s+дзяржсавет" // as the press shortens it: "Высший Госсовет"
            // Belarusian spellings the Russian stems miss ("Арменіі", "Германіі", "Грузіі", "Малдовы", "Таджыкістана")
            + "|армені|германі|грузі|малдов|малдаўск|таджык|латві"
            // other states, Russian and Belarusian stems ("Турции", "Турцыі", "Ирана", "Вьетнама", "В'етнама" …)
            + "|турц|турецк|турэцк|иран|іран|вьетнам|в['’]етнам|франц|француз|инди[ийяюе]|индийск|інды[іяюе]|індыйск"
            + "|япони|японск|японі|коре[ийяюе]|корейск|карэ[іяюй]|карэйск|кубинск|кубінск|венесуэл|никарагу|нікарагу"
            + "|серби|сербск|сербі|монголи|монгольск|манголі|мангольск|египт|египетск|егіпт|егіпецк|пакистан|пакістан"
            + "|эмират|эмірат|саудовск|саудаўск|катар|сири[ийяюе]|сирийск|сірыі|сірыя|сірыйск|израил|ізраіл"
            + "|британ|брытан|итали|итальянск|італі|італьянск|испани|испанск|іспані|іспанск|бразили|бразильск"
            + "|бразілі|бразільск|индонези|інданезі|малайзи|малайзі|эстони|эстонск|венгри|венгерск|вугоршч"
            + "|вугорск|чехи|чешск|чэхі|чэшск|словаки|славакі|австри|австрийск|аўстрыі|аўстрыйск|швейцари|швейцары"
            + "|канад|австрали|аўстралі|африк|афрык|нигери|нігеры|зимбабв|зімбабв|алжир|алжыр|ирак|ірак|афганистан"
            + "|афганістан|таиланд|тайланд|мексик|мексік|аргентин|аргенцін|болгари|болгарск|балгары|балгарск|румыни"
            + "|румынск|греци|греческ|грэцы|грэчаск|дани[ийяюе]|датск|дацк|швеци|шведск|швецы|финлянди|финск"
            + "|фінлянды|фінск|норвеги|норвежск|нарвегі|нарвежск|нидерланд|нідэрланд|бельги|бельгі|абхаз|южн\\p{L}*\\s+осети"
            + "|словацк|славацк|швейцар|афганск|голланд|галанд|египет|егіпет|великобритан|вялікабрытан|венгры|дані[іяю]"
            + "|крым|крымск|соедин[её]нн\\p{L}*\\s+штат|злучан\\p{L}*\\s+штат|шос(?!с)|брикс|брыкс|обсе|абсе|нато|кремл|крэмл"
            + ")\\p{L}*|куб(?:а|ы|е|у|ой|ай))(?![\\p{L}\\d])");

    /**
     * The first two and three letters a word {@link #FOREIGN} can match at may start with (lower case), found once by asking the
     * pattern itself whether two letters could begin a match ({@link Matcher#hitEnd}): the list of states is long,
     * and trying every one of its names at every word an issuer's reading passes cost a fifth of the extractor's time.
     */
    private static final Set<String> FOREIGN_STARTS = new HashSet<>();
    /** The letters {@link #FOREIGN_STARTS} was built from; a word starting otherwise is given to the pattern. */
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіўü";
    private static final String SECOND = LETTERS + "'’- ";

    static {
        for (int i = 0; i < LETTERS.length(); i++) {
            for (int j = 0; j < SECOND.length(); j++) {
                String two = "" + LETTERS.charAt(i) + SECOND.charAt(j);
                if (mayBegin(two)) {
                    FOREIGN_STARTS.add(two);
                    for (int k = 0; k < SECOND.length(); k++) { // and the third letter, after a possible two
                        if (mayBegin(two + SECOND.charAt(k))) {
                            FOREIGN_STARTS.add(two + SECOND.charAt(k));
                        }
                    }
                }
            }
        }
    }

    /** Whether {@link #FOREIGN} matches at the start of {@code letters} or could with more of them. */
    private static boolean mayBegin(String letters) {
        Matcher m = FOREIGN.matcher(letters);
        return m.lookingAt() || m.hitEnd();
    }

    /** Whether a foreign name may start at {@code i} of {@code lower}: cheap, and never false when one does. */
    private static boolean mayStartForeign(CharSequence lower, int i) {
        if (i + 1 >= lower.length()) {
            return true;
        }
        char first = lower.charAt(i);
        char second = lower.charAt(i + 1);
        if (LETTERS.indexOf(first) < 0 || SECOND.indexOf(second) < 0) {
            return true;
        }
        if (i + 2 < lower.length() && SECOND.indexOf(lower.charAt(i + 2)) >= 0) {
            return FOREIGN_STARTS.contains("" + first + second + lower.charAt(i + 2));
        }
        return FOREIGN_STARTS.contains("" + first + second);
    }

    /** Whether the whole of {@code words} is a foreign name ({@link #FOREIGN}). */
    private static boolean foreign(String words) {
        return !words.isEmpty() && mayStartForeign(words, 0) && FOREIGN.matcher(words).matches();
    }

    /** Whether a foreign name stands anywhere in {@code words}: only where one may start is the pattern asked. */
    static boolean foreignIn(CharSequence words) {
        return mayHoldForeign(words) && FOREIGN.matcher(words).find();
    }

    /** Whether a word of {@code words} starts as a foreign name may. */
    private static boolean mayHoldForeign(CharSequence words) {
        for (int i = 0; i < words.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(words.charAt(i - 1));
            if (wordStart && Character.isLetter(words.charAt(i)) && mayStartForeign(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Courts, ministries, committees, executive committees, the National Bank: their acts are not followed either. */
    private static final Pattern AGENCY = Pattern.compile("(?<![\\p{L}\\d])(?:(?:court|plenum|ministry|committee|commission"
            + "|board|bank)(?:['’]s)?|courts|суд|суда|суду|судом|суде|пленум\\p{L}*|министерств\\p{L}*"
            + "|міністэрств\\p{L}*|комитет\\p{L}*|камітэт\\p{L}*|\\p{L}*исполком\\p{L}*|\\p{L}*выканкам\\p{L}*"
            + "|правлени\\p{L}*|праўлен\\p{L}*|банк|банка|банку|банком|банке|нацбанк\\p{L}*|комисси\\p{L}*|камісі\\p{L}*"
            + ")(?![\\p{L}\\d])");

    /** Words that end an issuer's name: what follows is the act's subject, a date or the sentence's verb. */
    private static final Pattern STOP = Pattern.compile("о|об|аб|on|about|regarding|concerning|with|с|з|со|от|ад"
            + "|dated|and|и|і|й|на|в|у|ў|во|ва|по|па|для|to|for|in|by|from|which|that|как|як|что|што");

    /**
     * Lower-case words that may be part of an issuer's name in English ("of the", "the Russian President's", "the Union
     * State's Supreme State Council").
     */
    private static final Pattern ENGLISH_NAME = Pattern.compile("president|presidential|federal|government|new|draft"
            + "|plenum|board|council|cabinet|ministers|general|assembly|supreme|state|security|intergovernmental|economic"
            + "|commission|of|the|\\p{L}+['’]s");

    /** A Russian or Belarusian genitive, the case an issuer's name is in ("Президента Российской Федерации"). */
    private static final Pattern GENITIVE = Pattern.compile("\\p{IsCyrillic}+(?:а|я|ы|і|и|ого|его|ой|ей|ага|яга|ай|ых|іх)");

    /** Verbs by which an issuer issues an act: the words before them are its subject. */
    private static final Pattern ISSUED = Pattern.compile("signed|signs|adopted|adopts|issued|issues|enacted|approved"
            + "|passed|passes"
            + "|подписал[аои]?|подписывает|принял[аои]?|принимает|издал[аои]?|утвердил[аои]?"
            + "|падпісаў|падпісал[аі]|падпісвае|прыняў|прынял[аоі]|прымае|выдаў|выдал[аоі]|зацвердзіў|зацвердзіл[аоі]");

    /** After the number, the issuer told in the passive: "Decree No. 231 signed by Putin", "Указ № 231, подписанный …". */
    private static final Pattern ISSUED_BY = Pattern.compile("\\s*,?\\s*(?:(?:was|were)\\s+)?(?:signed|issued|adopted|approved)"
            + "\\s+by\\s+|\\s*,?\\s*(?:подписан|издан|принят|утвержд[её]н|падпісан|выдадзен|прынят|зацверджан)\\p{L}*\\s+");

    /** Words that open a phrase of its own before the subject ("after talks with …", "вслед за …"). */
    private static final Pattern PHRASE_START = Pattern.compile("after|before|following|unlike|like|than|после|пасля"
            + "|вслед|услед|следом|до|да|за|при|пры|чем|чым|вместе|разам|together|along");

    /**
     * Participles by which an act approves or sets up a thing: "approved by", "adopted by" …; "утверждённая Указом",
     * "зацверджаная Указам", short forms too ("утверждена Указом"). Not "ratified": a ratifying law is the
     * ratifying state's own, whoever the agreement is with.
     */
    private static final Pattern PARTICIPLE_BY = Pattern.compile("approved|adopted|established|introduced|enacted|issued"
            + "|endorsed|created|defined|launched|regulated|governed");
    private static final Pattern PARTICIPLE = Pattern.compile("(?:утвержд[её]н|принят|введ[её]н|установлен|одобрен"
            + "|определ[её]н|создан|зацверджан|прынят|уведзен|устаноўлен|ухвален|вызначан|створан)"
            + "(?:н?(?:ая|ое|ый|ые|ую|ого|ому|ым|ых|ыми|ой|ыя|ае|ага|аму|ай|а|о|ы))?");
    /** Auxiliaries between a thing and its participle: "was approved by", "была утверждена". */
    private static final Pattern AUXILIARY = Pattern.compile("is|are|was|were|been|has|have|had|being|был|была|было"
            + "|были|быў|былі");
    /** Words that begin an English noun phrase: the owner's name is not read past them. */
    private static final Pattern DETERMINER = Pattern.compile("the|a|an|this|that|these|those|its|their|his|her|our"
            + "|\\p{L}+['’]s");
    /** A verb in the past tense (Russian/Belarusian "-л", "-ла", "-ли"…): the owner's noun phrase ends before it. */
    private static final Pattern PAST_VERB = Pattern.compile("\\p{L}*[аеёиоуыэюяі]л[аоиі]?");
    /** Words of FOREIGN that say what kind of act, not whose: a model statute or foreign investment is anybody's. */
    private static final Pattern GENERIC = Pattern.compile("federal|model|foreign|(?:федеральн|модельн|иностранн"
            + "|зарубежн|межгосударственн|межпарламентск|федэральн|мадэльн|замежн|міждзяржаўн|міжпарламенцк)\\p{L}*");
    /** Belarus named in the owner: a joint thing ("the Belarusian-Kazakh roadmap") is Belarus's too. */
    private static final Pattern BELARUS = Pattern.compile("belarus|беларус");

    private static final int MAX_WORDS = 8;
    /**
     * Words of an issuer's name told after the number: an official name is long ("of the Council of Ministers of the
     * Union State" is nine words, "of the Council of Ministers of the Republic of Belarus" ten).
     */
    private static final int MAX_NAME_WORDS = 12;
    /**
     * A kind word in the instrumental case ("указом", "декретом", "постановлением", "дэкрэтам", "пастановай"): the act
     * is what the clause's subject acted by, so that subject is its issuer.
     */
    private static final Pattern INSTRUMENTAL = Pattern.compile("(?:(?:указ|ўказ|декрет|дэкрэт|закон)(?:ом|ам)"
            + "|постановлени(?:ем|ями)|пастанов(?:ай|аю|ою|амі)|директив(?:ой|ою|ами)|дырэктыв(?:ай|аю|амі)"
            + "|(?:указ|ўказ|декрет|дэкрэт|закон)(?:ами|амі))(?![\\p{L}\\d])");

    private ActIssuer() {
    }

    /**
     * True when the issuer named right before the kind word ({@code kindStart}), between it and the number
     * ({@code gapStart}) or right after the number ({@code numberEnd}) is foreign, supranational, a court or an agency.
     *
     * @param lower the text lower-cased one character for one ({@link ActExtractor#lower})
     */
    static boolean notBelarusian(String text, String lower, int kindStart, int gapStart, int numberEnd,
                                 boolean resolution) {
        return before(text, lower, kindStart) || named(text, lower, gapStart, false, true)
                || named(text, lower, numberEnd, true, resolution) || issuedBy(text, lower, numberEnd)
                || abroad(lower, kindStart) || signedAfter(lower, numberEnd);
    }

    /**
     * Who signed the act, told in the active right after its number, with or without a relative pronoun: "Edict No.
     * 12, which Putin signed on …", "Указ № 12, который Путин подписал …", "Указ № 12 Токаев подписал …", "Ўказ №
     * 12, які Пуцін падпісаў …" (at most four words of subject).
     */
    private static final Pattern SIGNER_AFTER = Pattern.compile("(?:\\s*,\\s*(?:which|that|котор(?:ый|ую|ое|ые|ая)|які"
            + "|якую|якое|якія|якая)\\s+|\\s+)(?<subject>(?:[\\p{L}’'.-]+\\s+){1,4}?)(?:signed|issued|adopted|enacted"
            + "|подписал[аи]?|издал[аи]?|принял[аи]?|утвердил[аи]?|падпісаў|падпісал[аі]|выдаў|выдал[аі]|прыняў|прынял[аі]"
            + "|зацвердзіў|зацвердзіл[аі])(?![\\p{L}\\d])");

    /**
     * Whether the subject that signed the act, told right after it ({@link #SIGNER_AFTER}), is foreign or
     * supranational. A phrase with a preposition or conjunction is no subject ("Закон № 5 о соглашении с Россией
     * Президент подписал …": the act is about Russia).
     */
    private static boolean signedAfter(String lower, int numberEnd) {
        if (!ActDates.signingNear(lower, numberEnd, 60)) {
            return false;
        }
        Matcher m = SIGNER_AFTER.matcher(lower).region(numberEnd, lower.length());
        if (!m.lookingAt()) {
            return false;
        }
        for (String word : m.group("subject").strip().split("\\s+")) {
            if (STOP.matcher(word).matches() || PHRASE_START.matcher(word).matches()) {
                return false;
            }
        }
        return foreignIn(m.group("subject"));
    }

    /**
     * A news agency's dateline before the sentence: "MINSK, 3 May (BelTA) – ", "МИНСК, 3 мая (БЕЛТА) – ". Its city is
     * where the report was filed, not the scene: a scene abroad may follow it ("MINSK, 3 May (BelTA) – In Kazakhstan,
     * Law No. 45 …").
     */
    private static final String DATELINE = "[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?\\s*,\\s*\\d{1,2}\\s+\\p{L}{3,11}\\.?(?:\\s+\\d{4})?"
            + "\\s*(?:\\([^()\\n]{1,20}\\)\\s*)?[-–—]\\s*";
    /**
     * A sentence that opens in a foreign state ("In Kazakhstan, …", "В Казахстане …", "У Кітаі …"; at most two words
     * before the state's name, "In neighbouring Russia"), the act in that same clause: the act is that state's ("In
     * Kazakhstan, Law No. 45 regulates data centres", "В Узбекистане с 1 марта действует указ № 45"). Belarus, Minsk or
     * Lukashenko named between means the act may be ours ("In China, the Belarusian Edict No. 5 …").
     */
    private static final Pattern ABROAD = Pattern.compile("(?:" + DATELINE + ")?(?<scene>(?:" + ActDates.LEAD + "){0,2}"
            + "(?:in|в|во|у|ў)\\s+(?<place>(?:[\\p{L}’'-]+\\s+){0,2}[\\p{L}’'-]+)"
            // "In Russia, as analysts noted, Law No. 45 …", "В России, по словам аналитиков, …": one aside set off by
            // commas; Belarus named in it keeps it ours. Since the acts17 round any short aside ("In Russia, experts
            // say, …", "В Казахстане, между тем, …": at most five words, no digits), not a clause that a conjunction
            // goes on from ("In Kazakhstan, the talks went well, and Edict No. 5 was discussed": ours)
            + "(?:\\s*,\\s*(?:as|according\\s+to|как|по\\s+словам|по\\s+данным|по\\s+мнению|як|паводле|па\\s+словах"
            + "|па\\s+дадзеных|на\\s+думку)\\s[^.,;:!?()«»\"\\n]{1,80},"
            + "|\\s*,\\s*(?:[\\p{L}’'-]+\\s+){0,4}[\\p{L}’'-]+\\s*,(?!\\s*(?:and|but|or|while|whereas|и|а|но|или|і|ды|але|ці)\\s)"
            + "|\\s*,?)"
            + "(?<rest>[^.,;:!?()«»\"\\n]{0,120}))$");
    /**
     * A headline or lead that names the state first, then a colon or dash: "Kazakhstan: Law No. 45 regulates …",
     * "Казахстан: закон № 45 …" (one or two words of place).
     */
    private static final Pattern NAMED_FIRST = Pattern.compile("(?<place>[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?)\\s*[:—–]\\s+"
            + "(?<rest>[^.,;:!?()«»\"\\n]{0,120})$");
    /** Belarus named in a clause: its acts may be told of anywhere. */
    private static final Pattern OURS = Pattern.compile("belarus|беларус|minsk|минск|мінск|lukashenk|лукашенк|лукашэнк");
    /** Whether Belarus, Minsk or Lukashenko is named in {@code lower} between {@code from} and {@code to}. */
    static boolean ours(String lower, int from, int to) {
        return OURS.matcher(lower).region(from, to).find();
    }

    /** Words at most between the opening place and the act. */
    private static final int MAX_SCENE_WORDS = 8;

    /**
     * Whether the sentence opens in a foreign state before the act ({@link #ABROAD}): for a law named by its title too
     * ("У Казахстане ўступіў у сілу Закон «Аб штучным інтэлекце»", since the acts21 round), as for a numbered act.
     */
    static boolean opensAbroad(String lower, int kindStart) {
        return abroad(lower, kindStart);
    }

    private static boolean abroad(String lower, int kindStart) {
        int sentence = Sentences.start(lower, kindStart, Math.max(0, kindStart - 200));
        if (sentence >= kindStart) {
            return false;
        }
        Matcher m = ABROAD.matcher(lower).region(sentence, kindStart);
        if (!locativeNear(lower, sentence, kindStart) || !m.lookingAt()) {
            if (!namedFirstNear(lower, sentence, kindStart)) {
                return false;
            }
            m = NAMED_FIRST.matcher(lower).region(sentence, kindStart);
            if (!m.lookingAt()) {
                return false;
            }
        }
        String scene = m.pattern() == ABROAD ? m.group("scene") : m.group(); // not the dateline's "MINSK"
        if (OURS.matcher(scene).find() || m.group("rest").strip().split("\\s+").length > MAX_SCENE_WORDS) {
            return false;
        }
        if (m.pattern() == NAMED_FIRST) {
            return foreign(m.group("place")); // the whole name: "Kazakhstan:", not "Russian experts:"
        }
        for (String word : m.group("place").split("\\s+")) {
            if (foreign(word) && !GENERIC.matcher(word).matches()) {
                return true; // "In Kazakhstan, Law No. 45 …", "В соседней России указ № 45 …"
            }
        }
        return false;
    }

    /** How far into a sentence its scene's preposition may stand: after a lead ("Начиная с 12 сентября 2031 года, в"). */
    private static final int LEAD_CHARS = 50;

    /**
     * Whether a locative preposition ("in", "в", "во", "у", "ў") opens the sentence or stands within its first
     * {@value #LEAD_CHARS} characters: cheap, and never false when {@link #ABROAD} can match (most sentences that name
     * an act open otherwise, and the pattern costs more than this look).
     */
    private static boolean locativeNear(String lower, int sentence, int kindStart) {
        int end = Math.min(kindStart, sentence + LEAD_CHARS);
        for (int i = sentence; i < end; i++) {
            if (i > sentence && lower.charAt(i - 1) != ' ') {
                continue;
            }
            char c = lower.charAt(i);
            int next = c == 'i' && i + 1 < end && lower.charAt(i + 1) == 'n' ? i + 2
                    : c == 'в' && i + 1 < end && lower.charAt(i + 1) == 'о' ? i + 2
                    : c == 'в' || c == 'у' || c == 'ў' ? i + 1 : -1;
            if (next > 0 && next < end && Character.isWhitespace(lower.charAt(next))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a colon or dash stands near the sentence's start, before the act: after the one or two words of a place
     * ({@link #NAMED_FIRST}).
     */
    private static boolean namedFirstNear(String lower, int sentence, int kindStart) {
        for (int i = sentence, end = Math.min(kindStart, sentence + LEAD_CHARS); i < end; i++) {
            char c = lower.charAt(i);
            if (c == ':' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /** The modifiers right before the kind word, nearest first, while they can be part of an issuer's name. */
    static boolean before(String text, String lower, int kindStart) {
        boolean instrumental = INSTRUMENTAL.matcher(lower).region(kindStart, lower.length()).lookingAt();
        Word own = wordBefore(lower, kindStart); // "by its Resolution", "своим постановлением": the subject's own act
        int i = own != null && OWN.matcher(lower.substring(own.start(), own.end())).matches() ? own.start() : kindStart;
        if (instrumental && (subject(text, lower, i) || subjectBeforeComma(lower, i))) {
            return true; // "Высший Государственный Совет Союзного государства декретом № 6 утвердил": the subject issued it
        }
        int names = 0;
        String nearer = null; // the word read before this one: a name of two words ("Union State", "United States")
        for (int words = 0; words < MAX_WORDS; words++) {
            Word before = wordBefore(lower, i);
            if (before == null) {
                return false; // punctuation, a digit or the start of the text ends the modifiers
            }
            int start = before.start();
            String word = lower.substring(start, before.end());
            if (foreign(word) || AGENCY.matcher(word).matches() || nearer != null && foreign(word + ' ' + nearer)) {
                return true; // "The Union State's Supreme State Council Decree", also when "Union" ends the reading
            }
            nearer = word;
            if (ISSUED.matcher(word).matches()) {
                return subject(text, lower, start); // "Russian President Vladimir Putin signed Decree No. 124"
            }
            if (words == 0 && PARTICIPLE.matcher(word).matches()) {
                return owner(text, lower, start); // "Стратегия Казахстана, утверждённая Указом № 311"
            }
            if (words == 0 && word.equals("by") || i != kindStart && words == 0) {
                if (!word.equals("by")) {
                    return false; // "its Resolution" without "by" before it: the clause's own words
                }
                Word participle = wordBefore(lower, start);
                if (participle != null
                        && PARTICIPLE_BY.matcher(lower.substring(participle.start(), participle.end())).matches()) {
                    return owner(text, lower, participle.start()); // "Kazakhstan's strategy, approved by Decree"
                }
                // "The Council of Ministers of the Union State approved the programme by Resolution No. 4": English
                // says with "by" what Russian says with the instrumental, so the subject of the clause's verb issued it
                int verb = verbBefore(lower, start);
                return verb >= 0 ? subject(text, lower, verb) : subjectBeforeComma(lower, start);
            }
            // a name ("Vladimir") may stand between; a lower-case word is the sentence's own ("investors welcomed"),
            // and so is a word in capitals, as a headline writes them all ("СОГЛАШЕНИЕ С ВЬЕТНАМОМ РАТИФИЦИРОВАНО
            // ЗАКОНОМ № 5")
            if (!ENGLISH_NAME.matcher(word).matches() && !word.equals("a") && !word.equals("an")
                    && (!name(text, start, before.end()) || ++names > 1)) {
                return false;
            }
            i = start;
        }
        return false;
    }

    /** A possessive between "by" and the kind word: the act is the subject's own ("by its Resolution No. 5"). */
    private static final Pattern OWN = Pattern.compile("its|their|своим|своей|сваім|сваёй");
    /** A verb in an English phrase, past or present ("approved", "signs"): such a phrase is a clause, not a subject. */
    private static final Pattern ENGLISH_VERB = Pattern.compile("(?!united)\\p{L}+ed|is|are|was|were|has|have|said|says");

    /**
     * The subject right before an act it acted by, its verb after the act ("The government of Kazakhstan, by Resolution
     * No. 5, approved …", "The Cabinet of Kyrgyzstan by its Resolution No. 5 approved …", "Правительство Казахстана,
     * постановлением № 5, утвердило …"), read back from {@code at} (its "by" or the kind word) over a comma to the start
     * of the clause: a foreign or supranational name there means not Belarusian. Only a noun phrase counts: a
     * preposition or conjunction ("In line with the agreement with Russia, by Edict …") or a verb ("Kazakh firms asked
     * for it, by Edict …") makes it a phrase or clause of its own.
     */
    private static boolean subjectBeforeComma(String lower, int at) {
        int aside = asideBefore(lower, at); // "The government of Kazakhstan, as reported, by Resolution No. 5 …"
        return subjectBeforeCommaAt(lower, at) || aside >= 0 && subjectBeforeCommaAt(lower, aside + 1);
    }

    /** How many words an aside set off by commas may have ("as reported", "как сообщается", "analysts say"). */
    private static final int MAX_ASIDE_WORDS = 5;

    /**
     * Where the aside set off by commas that ends right before {@code at} opens (its first comma: "Putin<b>,</b>
     * analysts say, signed …", "Правительство Казахстана<b>,</b> как сообщается, постановлением …"), or -1: one to
     * {@value #MAX_ASIDE_WORDS} words without digits between two commas.
     */
    static int asideBefore(String lower, int at) {
        int end = at;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || lower.charAt(end - 1) != ',') {
            return -1;
        }
        int i = end - 1;
        for (int words = 0; words <= MAX_ASIDE_WORDS; words++) {
            Word before = previous(lower, i);
            if (before == null) {
                int open = i;
                while (open > 0 && lower.charAt(open - 1) == ' ') {
                    open--;
                }
                return words > 0 && open > 0 && lower.charAt(open - 1) == ',' ? open - 1 : -1;
            }
            i = before.start();
        }
        return -1; // longer than an aside
    }

    private static boolean subjectBeforeCommaAt(String lower, int at) {
        int comma = at;
        while (comma > 0 && lower.charAt(comma - 1) == ' ') {
            comma--;
        }
        boolean setOff = comma > 0 && lower.charAt(comma - 1) == ',';
        StringBuilder name = new StringBuilder();
        int i = setOff ? comma - 1 : at;
        for (int words = 0; words < MAX_NAME_WORDS; words++) {
            Word before = words == 0 && setOff ? previous(lower, i) : wordBefore(lower, i);
            if (before == null) {
                return foreignIn(name); // the clause starts here: the whole phrase is the subject
            }
            String word = lower.substring(before.start(), before.end());
            if (STOP.matcher(word).matches() || PHRASE_START.matcher(word).matches() || ISSUED.matcher(word).matches()
                    || ENGLISH_VERB.matcher(word).matches() || PAST_VERB.matcher(word).matches()) {
                return false;
            }
            name.insert(0, word + ' ');
            i = before.start();
        }
        return false; // longer than a subject
    }

    /** Verbs by which a subject acts "by" an act, besides those that issue it: "endorsed the plan by Resolution …". */
    private static final Pattern ACTED_BY = Pattern.compile("endorsed|ratified|introduced|established|amended|extended"
            + "|launched|created|set|confirmed|regulated|changed");
    /** How many words of its object may stand between a verb and the "by" of the act it acted by. */
    private static final int MAX_OBJECT_WORDS = 12;

    /**
     * Where the verb of the clause starts that acted by the act whose "by" starts at {@code byStart} ("approved the
     * budget for 2032 by Decree …"), read back over its object — words and numbers, up to punctuation — or -1.
     */
    private static int verbBefore(String lower, int byStart) {
        int i = byStart;
        for (int words = 0; words < MAX_OBJECT_WORDS; words++) {
            int end = i;
            while (end > 0 && lower.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && (wordChar(lower.charAt(start - 1)) || Character.isDigit(lower.charAt(start - 1)))) {
                start--;
            }
            if (end == i || start == end) {
                return -1; // punctuation or the start of the text: the clause has no such verb
            }
            String word = lower.substring(start, end);
            if (ISSUED.matcher(word).matches() || ACTED_BY.matcher(word).matches()) {
                return start;
            }
            i = start;
        }
        return -1;
    }

    /**
     * Whether the subject of the verb starting at {@code verbStart}, read back to the start of its clause, names a
     * foreign or supranational issuer: "Президент России", "Kazakhstan's President Kassym-Jomart Tokayev", "The Supreme
     * State Council of the Union State", or a foreign leader's surname right before the verb.
     */
    static boolean subject(String text, String lower, int verbStart) {
        StringBuilder name = new StringBuilder();
        boolean foreignNearest = false;
        int i = verbStart;
        int aside = asideBefore(lower, verbStart); // "Putin, analysts say, signed …": the subject is before the aside
        for (int words = 0; words < MAX_WORDS; words++) {
            Word before = words == 0 && aside >= 0 ? previous(lower, aside) : wordBefore(lower, i);
            if (before == null) {
                break; // punctuation, a digit or the start of the text: the clause starts here
            }
            int start = before.start();
            String word = lower.substring(start, before.end());
            boolean phraseStart = STOP.matcher(word).matches() || PHRASE_START.matcher(word).matches();
            if (words == 1 && foreignNearest) {
                return !phraseStart; // "В Москве Путин подписал", but not "… с Путиным подписал"
            }
            if (phraseStart) {
                return false; // "после переговоров с Путиным Лукашенко подписал": a phrase of its own, not the subject
            }
            foreignNearest = words == 0 && foreign(word);
            name.insert(0, word + ' ');
            i = start;
        }
        // only a foreign subject: a court "approved" a law it ruled on, and an agency's own acts are told by their kind
        return foreignIn(name);
    }

    /**
     * Whether the thing that the participle starting at {@code participleStart} says the act approved belongs to a
     * foreign state or a supranational body ("Russia's national AI strategy, approved by …", "Стратэгія Казахстана,
     * зацверджаная Указам …"): its noun phrase is read back over a comma and auxiliaries, up to a determiner (kept:
     * "Russia's", "the Kazakh …"), a verb or the clause's start. A thing made with a country ("the agreement with
     * Kazakhstan", a preposition) or jointly with Belarus is not that country's.
     */
    static boolean owner(String text, String lower, int participleStart) {
        int at = participleStart;
        Word aux = wordBefore(lower, at);
        while (aux != null && AUXILIARY.matcher(lower.substring(aux.start(), aux.end())).matches()) {
            at = aux.start();
            aux = wordBefore(lower, at);
        }
        int end = at;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && lower.charAt(end - 1) == ',') {
            at = end - 1; // a participial phrase set off by a comma: the thing is named before it
        }
        StringBuilder name = new StringBuilder();
        for (int words = 0; words < MAX_WORDS; words++) {
            Word before = previous(lower, at);
            if (before == null) {
                break; // punctuation, a digit or the start of the text: the clause starts here
            }
            String word = lower.substring(before.start(), before.end());
            if (STOP.matcher(word).matches() || PHRASE_START.matcher(word).matches()) {
                return false; // "the agreement with Kazakhstan": a phrase of its own
            }
            if (ISSUED.matcher(word).matches() || PAST_VERB.matcher(word).matches()) {
                break; // "Казахстанские инвесторы оценили программу, утверждённую …": the sentence's verb
            }
            if (BELARUS.matcher(word).find()) {
                return false; // "the Belarusian-Kazakh roadmap"
            }
            name.insert(0, word + ' ');
            at = before.start();
            if (DETERMINER.matcher(word).matches()) {
                break; // "Russia's …", "the Kazakh …": the noun phrase begins here
            }
        }
        if (!mayHoldForeign(name)) {
            return false;
        }
        Matcher foreign = FOREIGN.matcher(name);
        while (foreign.find()) {
            if (!GENERIC.matcher(foreign.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is written as a name: a capital, then not capitals only ("Vladimir", not "РАТИФИЦИРОВАНО"). */
    private static boolean name(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return end - start == 1;
    }

    /** The word before {@code at} across spaces (none needed), or null when punctuation or a digit comes first. */
    private static Word previous(String lower, int at) {
        int end = at;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && wordChar(lower.charAt(start - 1))) {
            start--;
        }
        return start == end ? null : new Word(start, end);
    }

    /** A word's bounds in the text. */
    private record Word(int start, int end) {
    }

    /**
     * The word right before {@code i} across spaces, or null when no space stands right before {@code i} or
     * punctuation, a digit or the start of the text comes before the word.
     */
    private static Word wordBefore(String lower, int i) {
        int end = i;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && wordChar(lower.charAt(start - 1))) {
            start--;
        }
        return end == i || start == end ? null : new Word(start, end);
    }

    /** Whether the act is told, right after its number, to be issued by a foreign or agency issuer ("signed by …"). */
    static boolean issuedBy(String text, String lower, int numberEnd) {
        Matcher m = ISSUED_BY.matcher(lower).region(numberEnd, lower.length());
        return m.lookingAt() && named(text, lower, m.end(), false, true);
    }

    /**
     * Whether the name starting at {@code from} (after spaces) is a foreign or agency issuer's. Between the kind word
     * and the number every word up to a preposition belongs to the name ("Совета глав правительств СНГ"); after the
     * number the name must begin like one — "of", or a capitalised Russian or Belarusian genitive ("Президента …",
     * "Министерства …"; in "№ 147 удакладнена структура міністэрства" and "№ 200 Министерство связи определено" the
     * sentence goes on) — and go on in capitalised words, "of the" and genitives. An agency named by such a genitive
     * right after the number is the issuer only of a resolution ({@code agencyActs}): a ministry or committee issues
     * no decree, law or directive, and in Belarusian its nominative looks like a genitive ("Згодна з Указам № 200
     * Міністэрства сувязі адказвае …", "… № 46-З Дзяржаўны камітэт …": the sentence goes on).
     */
    static boolean named(String text, String lower, int from, boolean afterNumber, boolean agencyActs) {
        if (from < 0) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        boolean genitiveName = false;
        int i = from;
        for (int words = 0; words < MAX_NAME_WORDS; words++) {
            int start = i;
            while (start < lower.length() && lower.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            while (end < lower.length() && wordChar(lower.charAt(end))) {
                end++;
            }
            if (end == start || start == i && words > 0 || start == i && afterNumber) {
                break; // punctuation or a digit ends the name
            }
            String word = lower.substring(start, end);
            boolean cyrillic = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
            boolean capitalised = Character.isUpperCase(text.charAt(start));
            if (STOP.matcher(word).matches()) {
                break;
            }
            boolean partOfName = !afterNumber || (cyrillic ? capitalised || GENITIVE.matcher(word).matches()
                    : capitalised || ENGLISH_NAME.matcher(word).matches());
            if (afterNumber && words == 0
                    && !(cyrillic ? capitalised && GENITIVE.matcher(word).matches() : word.equals("of"))) {
                return false;
            }
            genitiveName |= afterNumber && words == 0 && cyrillic;
            if (!partOfName && !foreign(word)) {
                break;
            }
            name.append(word).append(' ');
            i = end;
        }
        String n = name.toString();
        // the government itself: "постановление Совета Министров и Национального банка" is the government's
        return foreignIn(n) || (agencyActs || !genitiveName)
                && !ActExtractor.GOVERNMENT.matcher(n).find() && AGENCY.matcher(n).find();
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }
}
