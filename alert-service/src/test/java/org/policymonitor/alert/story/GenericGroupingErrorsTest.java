package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.act.ActReference;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic errors found on the tuning sets, each on a small case of its own (the texts are written for these tests,
 * not taken from a labelled set). Third round ({@code stories-fresh2.jsonl}): a number alone joining two events,
 * BelTA's dateline read as content, currency codes and month names taken for names, small numbers and numbers inside
 * words ignored, initials ending a sentence, a version without the act number falling under the threshold. Fourth
 * round ({@code stories-fresh3.jsonl}): the words of an institution's name taken for names, an official outside the
 * glossary counted twice (first and last name), one official at two events in one city joined, the dateline's city
 * lost, an institution's English name in another word order not recognised. Fifth round ({@code stories-fresh4.jsonl}
 * and {@code stories-fresh5.jsonl}, recall): amounts with the rouble sign glued on, dates read as numbers, a place's
 * adjective and a name read as a place not meeting the place, the second of two places and a name before a comma
 * lost, possessives and one-word names in quotes, a minister not naming his ministry, institutions' other names,
 * approval and opening as events, a short number among shared actors counting for less than a detail. Sixth round
 * ({@code stories-fresh6.jsonl}): amounts glued to a currency code or written in words with their scale, an index
 * over the base read apart from the growth it states, a date other than the item's day lost, a number and the same
 * kind of event the same day counting half, acronyms spelled in another script, a law signed without its number and
 * the head of state's own meeting finding no actor, a guest's visit taken for one event, missing vocabulary. Seventh
 * round ({@code stories-fresh7.jsonl} and {@code stories-fresh8.jsonl}, precision first): a link's query dropped (every
 * document of a legal portal one link), a foreign academy not naming its country, a shared place joining a body's
 * several decisions in one city, two programmes with their own budgets joined by a routine approval, the head of
 * state's meeting on one subject, award ceremonies without an event, the word before a dateline taken for a first
 * name, "per cent", missing vocabulary. Eighth round ({@code stories-fresh9.jsonl} and {@code stories-fresh10.jsonl},
 * recall across languages): everyday news words not compared across languages (the lexicon), the head of state's
 * visit to a named enterprise, a company's legal form and a name in capitals, a place's adjective in -тск-, a place
 * among the subject's words, a law approved on a subject, institutions under other names. Ninth round
 * ({@code stories-fresh11.jsonl} and {@code stories-fresh12.jsonl}, recall): the head of state's visit to an institution
 * of the glossary, his sitting of a council, two bodies' joint deed told two days later, a company's presentation on a
 * theme, Belarusian locatives of the glossary's terms. Tenth round ({@code stories-fresh13.jsonl} with fresh11 and
 * fresh12, recall on unseen news): another site's version days later, everyday words in common across languages, items
 * found by no indexed key, the head of state's working trip, sitting and greeting, a count with its institution, sports
 * words. Eleventh round (fresh14–fresh17 as tuning sets, look-alikes first): one assembly's acts on two subjects. Twelfth
 * round (fresh18–fresh20 as tuning sets): the head of state's appointments, a forum's days, deeds done once told days
 * later (a bill's reading, the head of state's visit to an institution), a routine deed with a named partner. Thirteenth
 * round (fresh21–fresh23 as tuning sets): a version without its act's number bridging two numbered acts' stories, an
 * edict's approval published days later, a site's edition in another language the next morning, a body summing up its
 * year (a bill "the deputies approved" retold without its reading was dropped: it joined different events in a blind set).
 * Fourteenth round (fresh24–fresh26 as tuning sets, look-alikes): a law named by its title chaining the stages of its
 * life, an approval recommended read as done, a conference's section joined to its opening (and its city as a detail),
 * two documents signed at one sitting on other subjects. Fifteenth round (fresh27–fresh29 as tuning sets, recall): the
 * digital economy's subjects and two chambers' other names missing from the glossary, a newspaper's piece in its own
 * words days later (and that it joins one story but bridges none). Sixteenth round (fresh30 and fresh31 as tuning sets):
 * another bill's reading retold through a shared secondary subject, bodies and places named otherwise, a body's sitting
 * told twice the same day, model laws of one plenary joined by their city, retellings four to five days later.
 * Seventeenth round (fresh32 and fresh33 as tuning sets, recall): the head of state hearing a body's head's report,
 * another site's piece in its own words within a day, a Russian and a Belarusian version sharing only their words' roots.
 * Twentieth round (fresh38 and fresh39 as tuning sets, recall judged on the other half of the sets): an outage told in
 * stages (reported, its cause, restored) with no event type, another site's piece in the same language sharing rare
 * words but no body or figure.
 * Eighteenth round (fresh34 and fresh35 as tuning sets, the labelled sets split in halves to judge each change on the
 * half it was not tuned on): a site's page and its edition in another language the same day. Twenty-first round
 * (fresh40 and fresh41 as tuning sets): a foreign legislature's reading of a bill on the same subject, a law's title
 * joining two stages of its life days apart, an English "… Region" read as the name "Region". Twenty-second round
 * (fresh42 and fresh43 as tuning sets): the head of state's interlocutor's own meeting days later, a body's meeting
 * days after its comment on an edict (the head of state's deed in one version only), a body's name beginning with a
 * shorter term, the OAC's English name, Belarusian locatives of the glossary's stems. Twenty-fifth round (fresh44 and
 * fresh47 as tuning sets, precision): a country outside the glossary read as a name (two memoranda the same day), an
 * official's comment days after the head of state signed the law. Twenty-seventh round (issue 11, fresh47, fresh44 and
 * the older law-heavy sets as tuning sets, precision): another bill's reading days later, naming a subject of its own.
 * Twenty-eighth round (fresh44–fresh47 as tuning sets, recall of retellings): a newspaper's piece naming the body and
 * the official, the person and the subject, or the city of the same deed and the subject. Thirtieth round (issue 11,
 * the tuning sets' same-day misses of two sites): one release told the same day by two sites in its words.
 * Thirty-first round (issue 11): the head of state's event told by his site and by the agency in another language.
 * Thirty-second round (issue 11, the tuning sets' same-day misses of one site in two languages): one site's edition
 * in another language within hours, naming the body, the subject and one more thing of the event. Thirty-third round
 * (issue 11): a law by its number in one version and by its title in another read as two acts. Thirty-fourth round
 * (issue 11, the tuning sets' same-day misses of one site in two languages): one site's edition within hours whose
 * details meet but whose own keys outweigh them. Thirty-fifth round (issue 11, the tuning sets' misses days apart):
 * another site's explainer on a law's signing, naming neither its title nor the head of state; a newspaper's piece
 * giving a body's figure of the same deed days later. Thirty-seventh round (issue 11): a newspaper's piece the next
 * morning meeting a story's versions together but none of them alone. Fortieth round (issue 11, precision): a forum's
 * plenary, its contest's awards and an agreement signed on its margins chained into one story; one site's item of a
 * forum's next day joined to its first day's. Forty-fourth round (issue 11, precision): the head of state's greeting
 * ("Приветствие") joined to the forum's section of the day before; the statements for the press joined to the narrow
 * talks through a version naming no part of them. Forty-seventh round (issue 11, precision): the head of state's two
 * greetings of a day on his site joined through the agency's version of the first; one site's item a day later telling
 * another deed of a programme joined through other sites' versions of the first day's. Sixtieth round (issue 11,
 * recall; fresh86, fresh89 and fresh90 as tuning sets): another site's angle piece the same day giving the report's
 * one figure and no figure of its own, without the actor or event word that made a figure's context; two
 * governments' commission's sitting told by two sites the same day, sharing the country and the city. Sixty-second
 * round (issue 11, recall; the glossary): the IAEA and the Supreme Court (in its cases, and a newspaper's "Высший суд
 * страны") named in each script as one body. Sixty-fourth round (issue 11, precision; fresh80): a figure the item
 * quotes "for comparison" (the country's average in the capital's wage report) read as the item's own.
 */
class GenericGroupingErrorsTest {

    private static final Instant T0 = Instant.parse("2026-09-07T08:00:00Z");
    private final ActExtractor acts = new ActExtractor();
    private final FeatureExtractor features = new FeatureExtractor();
    private final StoryMatcher matcher = new StoryMatcher();

    private StoryFeatures f(String title, String summary, String language, Instant at) {
        return features.extract(title, summary, null, language, at, null, acts.extract(title, summary, null));
    }

    private Set<String> keys(String title, String summary, String language) {
        return f(title, summary, language, T0).keys();
    }

    @Test
    void theSameAmountInTwoEventsOfOneBodyDoesNotJoinThem() {
        StoryFeatures roads = f("UNDP to repair rural roads in Vitebsk region",
                "UNDP will spend $3.4 million on repairing rural roads in Vitebsk region.", "en", T0);
        StoryFeatures schools = f("ПРООН передаст школам Могилевской области компьютеры на $3,4 млн",
                "Компьютеры получат сельские школы Могилевской области.", "ru", T0.plusSeconds(4 * 3600));
        assertThat(matcher.score(roads, schools)).as("one shared amount, no other detail").isZero();
    }

    @Test
    void theSamePercentageInTwoFiguresDoesNotJoinThem() {
        StoryFeatures software = f("Software exports up 7.8%", "Exports of software grew by 7.8% in January-May.", "en", T0);
        StoryFeatures milk = f("Экспорт молочной продукции в Россию вырос на 7,8%",
                "Поставки молочной продукции в Россию выросли на 7,8% за пять месяцев.", "ru", T0.plusSeconds(3 * 3600));
        assertThat(matcher.score(software, milk)).as("one shared percentage, no other detail").isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | MINSK, 3 September (BelTA) - The Ministry of Communications presented a new portal.",
            "en | GRODNO, 3 September (BelTA) – The regional executive committee presented a new portal.",
            "ru | МИНСК, 3 сентября (БЕЛТА) – Министерство связи представило новый портал.",
            "be | МІНСК, 3 верасня (БЕЛТА) – Міністэрства сувязі прадставіла новы партал."})
    void belTasDatelineIsNoContent(String language, String summary) {
        Set<String> k = keys("New portal presented", summary, language);
        assertThat(k).as("the day of the month of the dateline").doesNotContain("#3");
        assertThat(k).as("BelTA, the month, the city in capitals are no names of the story")
                .doesNotContain("n:blt", "n:belta", "n:sptmb", "n:grodno", "n:minsk");
    }

    @Test
    void twoBillsTheSameDayInEnglishShareNothingButTheDateline() {
        StoryFeatures a = f("Belarusian MPs approve museum bill in first reading",
                "MINSK, 16 September (BelTA) - The House of Representatives has approved in the first reading the draft law "
                        + "on museums and the museum fund. The bill regulates digital catalogues of collections and the lending "
                        + "of exhibits.", "en", T0);
        StoryFeatures b = f("Veterinary care bill passes first reading",
                "MINSK, 16 September (BelTA) – Parliamentarians backed in the first reading amendments to the law on "
                        + "veterinary activity, which introduce electronic veterinary certificates for animal products.",
                "en", T0.plusSeconds(2 * 3600));
        assertThat(matcher.score(a, b)).isLessThan(StoryGrouper.JOIN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The grant is USD 250,000.",
            "en | The loan is EUR 250,000.",
            "ru | Сумма гранта — 250 тыс. BYN.",
            "en | The fee is 250 RUB per month."})
    void currencyCodesAreNoNames(String language, String summary) {
        assertThat(keys("Grant", summary, language).stream().filter(s -> s.startsWith(Keys.NAME))).isEmpty();
    }

    @Test
    void monthNamesAreNoNames() {
        assertThat(keys("Exports", "Exports grew in January-April and fell in May, said on Monday.", "en").stream()
                .filter(s -> s.startsWith(Keys.NAME))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The President received nine ambassadors.",
            "ru | Президент принял девять послов.",
            "ru | Президент принял верительные грамоты у девяти послов.",
            "be | Прэзідэнт прыняў даверчыя граматы ў дзевяці паслоў.",
            "be | Прэзідэнт прыняў дзевяць паслоў.",
            "en | The President received 9 ambassadors."})
    void smallNumbersInDigitsAndWordsAreKeys(String language, String summary) {
        assertThat(keys("Ambassadors", summary, language)).contains("#9");
    }

    @Test
    void aNumberInsideAWordMeetsTheSameNumberBeforeAWord() {
        Set<String> ru = keys("Создан прототип шестикубитного процессора", "Учёные показали прототип.", "ru");
        Set<String> en = keys("A 6-qubit processor prototype built", "Scientists showed the prototype.", "en");
        Set<String> be = keys("Створаны прататып шасцікубітнага працэсара", "Навукоўцы паказалі прататып.", "be");
        Set<String> shared = new HashSet<>(ru);
        shared.retainAll(en);
        shared.retainAll(be);
        assertThat(shared.stream().filter(s -> s.startsWith(Keys.NUMBER))).as("the compound 6-qubit in three languages").isNotEmpty();
    }

    @Test
    void initialsDoNotEndASentence() {
        Set<String> ru = keys("Институт", "Прототип создан в Институте физики имени Б.И. Степанова.", "ru");
        Set<String> en = keys("Institute", "The prototype was built at the Stepanov Institute of Physics.", "en");
        assertThat(ru).contains(Keys.NAME + Transliteration.skeleton("stepanov")).containsAll(
                en.stream().filter(k -> k.equals(Keys.NAME + Transliteration.skeleton("stepanov"))).toList());
    }

    @Test
    void aVersionWithoutTheActNumberJoinsTheVersionsThatGiveIt() {
        StoryFeatures numbered = f("Lukashenko signs law ratifying cybersecurity agreement with Armenia",
                "Aleksandr Lukashenko signed Law No. 71-Z on the ratification of the agreement between the governments of "
                        + "Belarus and Armenia on cooperation in information security.", "en", T0);
        StoryFeatures titled = f("Подписан закон о ратификации соглашения с Арменией",
                "Речь идет о соглашении между Правительством Республики Беларусь и Правительством Республики Армения о "
                        + "сотрудничестве в области информационной безопасности.", "ru", T0.plusSeconds(3600));
        assertThat(matcher.score(numbered, titled)).isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        // and the candidate search finds it: it shares no number or name, only the country
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        assertThat(index.add("titled", titled)).isEqualTo(index.add("numbered", numbered));
    }

    @Test
    void aCredentialsCeremonyInThreeLanguagesIsOneStory() {
        StoryFeatures ru = f("Церемония вручения верительных грамот",
                "Александр Лукашенко принял верительные грамоты у шести послов, в том числе Бразилии, Кубы и Ирана.", "ru", T0);
        StoryFeatures en = f("Lukashenko receives credentials from six ambassadors",
                "MINSK, 7 September (BelTA) - Aleksandr Lukashenko accepted letters of credence from the ambassadors of "
                        + "Brazil, Cuba, Iran and three other countries.", "en", T0.plusSeconds(3600));
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        assertThat(index.add("ru", ru)).isEqualTo(index.add("en", en));
    }

    // ---- fourth round (errors of stories-fresh3.jsonl, in sentences of their own) ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The Strategic Research and Forecasting Center under the Ministry of Economy published its outlook.",
            "en | The Information Technologies and Communications Agency reported new figures.",
            "en | Experts of the NASB Technical AI Institute presented the results.",
            "ru | Отчет представил Аналитический центр при Министерстве экономики.",
            "be | Справаздачу прадставіў Аналітычны цэнтр пры Міністэрстве эканомікі."})
    void theWordsOfAnInstitutionsNameAreNoNames(String language, String summary) {
        assertThat(keys("Outlook", summary, language).stream().filter(s -> s.startsWith(Keys.NAME)))
                .as("capitalised common words of an institution's name").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The prototype was built at the Stepanov Institute of Physics. | stepanov",
            "en | Prime Minister of Uzbekistan Abdulla Aripov attended. | aripov",
            "ru | Об этом сообщил Павел Мирончик, министр спорта. | мирончик",
            "ru | Лабораторию открыли в Гродненском центре. | гродненском"})
    void aProperNameNextToAnInstitutionStaysAName(String language, String summary, String name) {
        assertThat(keys("Institute", summary, language)).anyMatch(k -> k.endsWith(":" + Transliteration.skeleton(name))
                || k.endsWith("~" + Transliteration.skeleton(name)));
    }

    @Test
    void oneInstitutionsTwoReportsOnConsecutiveDaysStayApart() {
        StoryFeatures scams = f("Forecasting centre warns of rising scams",
                "The Strategic Research and Forecasting Center said fraudsters increasingly pose as bank staff.", "en", T0);
        StoryFeatures ransomware = f("Forecasting centre reports ransomware attacks",
                "The Strategic Research and Forecasting Center recorded ransomware attacks on hospitals.", "en",
                T0.plus(Duration.ofHours(22)));
        assertThat(matcher.score(scams, ransomware)).as("the institution's name is no detail of one event").isZero();
    }

    @Test
    void anOfficialOutsideTheGlossaryAtTwoEventsTheSameDayIsNotOneEvent() {
        StoryFeatures stadium = f("В Бобруйске открыли стадион после реконструкции",
                "Министр спорта и туризма Павел Мирончик открыл обновленный стадион.", "ru", T0);
        StoryFeatures games = f("Наградили победителей юношеских игр",
                "Награды победителям юношеских игр вручил министр Павел Мирончик.", "ru", T0.plus(Duration.ofHours(5)));
        assertThat(matcher.score(stadium, games)).as("a first and a last name are one person, not two details").isZero();
    }

    @Test
    void theSameOfficialsVersionsInTwoLanguagesStillJoin() {
        StoryFeatures ru = f("Мирончик: на стадион потратили 12 млн рублей",
                "Министр спорта Павел Мирончик открыл стадион, реконструкция обошлась в 12 млн рублей и заняла 14 месяцев.",
                "ru", T0);
        StoryFeatures en = f("Stadium renovation cost 12 million rubles",
                "Sports Minister Pavel Mironchik opened the stadium; the renovation took 14 months and cost 12 million rubles.",
                "en", T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(ru, en)).isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void anOfficialAtTwoEventsInOneCityTheSameDayIsNotOneEvent() {
        StoryFeatures park = f("Турчин осмотрел технопарк",
                "Премьер-министр Александр Турчин в Самарканде осмотрел технопарк и познакомился с разработками стартапов.",
                "ru", T0);
        StoryFeatures forum = f("Turchin addresses business community",
                "Prime Minister Aleksandr Turchin addressed entrepreneurs in Samarkand and called for more supplies.", "en",
                T0.plus(Duration.ofHours(4)));
        assertThat(matcher.score(park, forum)).as("the official and the city he is in").isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | SAMARKAND, 3 September (BelTA) - The prime ministers signed a roadmap.",
            "ru | САМАРКАНД, 3 сентября (БЕЛТА) – Премьер-министры подписали дорожную карту.",
            "be | САМАРКАНД, 3 верасня (БЕЛТА) – Прэм'ер-міністры падпісалі дарожную карту."})
    void theDatelinesCityIsAPlaceOfTheStory(String language, String summary) {
        Set<String> inText = keys("Roadmap", "Премьер-министры подписали в Самарканде дорожную карту.", "ru");
        Set<String> dateline = keys("Roadmap", summary, language);
        Set<String> shared = new HashSet<>(inText);
        shared.retainAll(dateline);
        assertThat(shared).as("the city of the dateline meets the city named in the text").anyMatch(k -> k.contains(
                Transliteration.skeleton("samarkand")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Personal Data Protection Center fined the operator.",
            "The National Personal Data Protection Centre fined the operator.",
            "The National Center for Personal Data Protection fined the operator."})
    void anInstitutionsEnglishNameInAnotherWordOrderIsRecognised(String summary) {
        assertThat(keys("Fine", summary, "en")).contains("c:org:ncpd");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"мирончиком, mironchik", "ковальчуком, kovalchuk", "савицким, savitsky", "арыпавым, aripov",
            "савіцкім, savitsky", "самаркандом, samarkand"})
    void aNameInTheInstrumentalCaseMeetsItsOtherForms(String inflected, String latin) {
        assertThat(Transliteration.skeleton(inflected)).isEqualTo(Transliteration.skeleton(latin));
    }

    @Test
    void anOfficialAtAnIntergovernmentalCouncilJoinsItsVersionsButNotHisTalksInTheSameCity() {
        StoryFeatures ru = f("Турчин принял участие в заседании Совета глав правительств СНГ",
                "Премьер-министр Александр Турчин в Бишкеке принял участие в заседании Совета глав правительств СНГ. "
                        + "Утверждена программа цифровизации.", "ru", T0);
        StoryFeatures be = f("Кіраўнікі ўрадаў СНД зацвердзілі праграму лічбавізацыі",
                "БІШКЕК, 7 верасня (БЕЛТА) – Кіраўнікі ўрадаў СНД зацвердзілі праграму, паведаміў Прэм'ер-міністр "
                        + "Аляксандр Турчын.", "be", T0.plus(Duration.ofHours(1)));
        StoryFeatures talks = f("Turchin meets Kyrgyz counterpart",
                "BISHKEK, 7 September (BelTA) - Prime Minister Aleksandr Turchin held talks with the Chairman of the "
                        + "Cabinet of Ministers of Kyrgyzstan on machinery supplies.", "en", T0.plus(Duration.ofHours(3)));
        assertThat(matcher.score(ru, be)).as("the official, the council and the city: one event")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, talks)).as("the official and the city only: another event").isZero();
        assertThat(matcher.score(be, talks)).as("the official and the city only: another event").isZero();
    }

    @Test
    void anEdictsVersionWithoutItsNumberJoinsTheNumberedOnesNotAnotherEdictOfTheDay() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String numbered = index.add("numbered", f("Подписан Указ № 318",
                "Глава государства подписал Указ № 318 «О развитии телемедицины». Больницы районов подключат к "
                        + "республиканским центрам.", "ru", T0));
        String other = index.add("other", f("Подписан Указ № 319",
                "Глава государства подписал Указ № 319 «О ставках ввозных таможенных пошлин».", "ru",
                T0.plus(Duration.ofMinutes(20))));
        String unnumbered = index.add("unnumbered", f("Лукашенко подписал указ о развитии телемедицины",
                "МИНСК, 7 сентября (БЕЛТА) – Президент Беларуси Александр Лукашенко подписал указ, который расширяет "
                        + "телемедицинские консультации в больницах.", "ru", T0.plus(Duration.ofHours(1))));
        assertThat(other).isNotEqualTo(numbered);
        assertThat(unnumbered).as("the edict without its number, same day, same subject").isEqualTo(numbered);
    }

    // ---- fifth round (misses of stories-fresh4.jsonl and stories-fresh5.jsonl, in sentences of their own) ----

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | The fund received Br2.7 million. | #2700000",
            "ru | Фонд получил Br2,7 млн. | #2700000",
            "en | Output reached Br31.4 billion. | #31400000000",
            "ru | Объем составил 31,4 млрд рублей. | #31400000000"})
    void anAmountWithTheRoubleSignGluedToItIsStillTheAmount(String language, String summary, String key) {
        assertThat(keys("Funding", summary, language)).contains(key);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | The centre opened on 17 March in the capital.",
            "en | The centre opened on March 17 in the capital.",
            "ru | Центр открылся 17 марта в столице.",
            "be | Цэнтр адкрыўся 17 сакавіка ў сталіцы."})
    void theDayOfADateIsNoNumberOfTheStory(String language, String summary) {
        assertThat(keys("Centre", summary, language)).doesNotContain("#17");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | The centre hired 17 experts in March.",
            "ru | В марте центр принял 17 экспертов.",
            "be | У сакавіку цэнтр прыняў 17 экспертаў."})
    void aNumberBeforeAnotherWordStaysANumber(String language, String summary) {
        assertThat(keys("Centre", summary, language)).contains("#17");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"гомельской, gomel", "витебского, vitebsk", "віцебскага, vitebsk", "харбинским, harbin",
            "могилевской, mogilev", "магілёўскай, mogilev", "гродненского, grodno", "минской, minsk"})
    void aPlacesAdjectiveMeetsThePlace(String adjective, String place) {
        assertThat(Transliteration.skeleton(adjective)).isEqualTo(Transliteration.skeleton(place));
    }

    @Test
    void aNameReadAsAPlaceInOneVersionMeetsItAsANameInTheOther() {
        StoryFeatures ru = f("Осадков выпало на 14% больше нормы",
                "Количество осадков в октябре превысило норму на 14%, сообщили в Белгидромете.", "ru", T0);
        StoryFeatures en = f("October rainfall 14% above normal",
                "Rainfall in October exceeded the norm by 14%, Belhydromet said.", "en", T0.plus(Duration.ofHours(1)));
        assertThat(matcher.score(ru, en)).as("the percentage and the institution, read once as a place")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Base stations were switched on in Polotsk and Pinsk.",
            "ru | Базовые станции включены в Полоцке и Пинске.",
            "be | Базавыя станцыі ўключаны ў Полацку і Пінску."})
    void twoPlacesJoinedByAndAreBothPlaces(String language, String summary) {
        assertThat(keys("Stations", summary, language)).contains(Keys.PLACE + Keys.UNKNOWN_PLACE + Transliteration.skeleton("pinsk"));
    }

    @Test
    void aNameBeforeACommaIsNoFirstName() {
        assertThat(keys("Plant", "The loaders were built by Amkodor, Petrov told reporters.", "en"))
                .contains(Keys.NAME + Transliteration.skeleton("amkodor"), Keys.NAME + Transliteration.skeleton("petrov"));
    }

    /** (Saint Petersburg, this test's city before, is a place of the glossary since the sixteenth round.) */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | НИЖНИЙ НОВГОРОД, 7 сентября (БЕЛТА) – Сессия открылась.",
            "ru | Сессия открылась в Нижнем Новгороде.",
            "be | НІЖНІ НОЎГАРАД, 7 верасня (БЕЛТА) – Сесія адкрылася.",
            "ru | Сессия открылась в Новгороде."})
    void aPlaceOfTwoWordsIsAPlaceByItsLastWord(String language, String summary) {
        assertThat(keys("Session", summary, language)).contains(Keys.PLACE + Keys.UNKNOWN_PLACE + Transliteration.skeleton("новгород"));
    }

    @Test
    void foreignAffairsIsPartOfATitleNotAName() {
        assertThat(keys("Talks", "The delegation met Vietnamese Foreign Minister Tran Duc and the Minister of Foreign "
                + "Affairs of Laos.", "en")).doesNotContain(Keys.NAME + Transliteration.skeleton("foreign"),
                Keys.NAME + Transliteration.skeleton("affairs"));
    }

    @Test
    void anEnglishPossessiveIsTheWordItself() {
        assertThat(keys("Park", "The delegation toured China's largest software park.", "en")).contains("c:country:china");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | Атака затронула систему УП «Гомельводоканал».",
            "be | Атака закранула сістэму УП «Гомельвадаканал».",
            "en | The attack hit the Gomel utility Gomelvodokanal."})
    void aCompanysOneWordNameInQuotesIsAName(String language, String summary) {
        assertThat(keys("Attack", summary, language)).contains(Keys.NAME + Transliteration.skeleton("gomelvodokanal"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en | Communications and Informatization Minister Ivan Petrov spoke. | c:org:mincomm",
            "ru | Выступил Министр связи и информатизации Иван Петров. | c:org:mincomm",
            "be | Выступіў Міністр сувязі і інфарматызацыі Іван Пятроў. | c:org:mincomm",
            "en | Health Minister Ivan Petrov spoke. | c:org:minzdrav",
            "en | The Healthcare Ministry presented the plan. | c:org:minzdrav",
            "ru | Выступил министр здравоохранения. | c:org:minzdrav",
            "en | The Ministry of Taxes and Duties presented the plan. | c:org:tax-ministry",
            "ru | Об этом сообщили в МНС. | c:org:tax-ministry",
            "be | Пра гэта паведамілі ў МПЗ. | c:org:tax-ministry",
            "en | The National Statistics Committee published the data. | c:org:belstat",
            "ru | Данные опубликовал Белстат. | c:org:belstat",
            "ru | Сессия Межпарламентской ассамблеи СНГ открылась. | c:org:ipa-cis",
            "en | The IPA CIS session opened. | c:org:ipa-cis",
            "be | Сесія МПА СНД адкрылася. | c:org:ipa-cis",
            "en | The lower house passed the bill. | c:org:parliament",
            "be | Пра гэта паведамілі ў МУС. | c:org:mvd",
            "en | The State Committee for Standardization approved it. | c:org:gosstandart"})
    void institutionsInOtherWordOrdersAndAcronymsAreRecognised(String language, String summary, String key) {
        assertThat(keys("Institution", summary, language)).contains(key);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en | The government approved the programme. | c:event:approval",
            "ru | Правительство утвердило программу. | c:event:approval",
            "be | Урад зацвердзіў праграму. | c:event:approval",
            "ru | Депутаты одобрили проект. | c:event:approval",
            "be | Дэпутаты адобрылі праект. | c:event:approval",
            "ru | Закон принят в целом. | c:event:approval",
            "en | The assembly adopted the code. | c:event:approval",
            "en | Lukashenko held a meeting on the development of agriculture. | c:event:session",
            "en | The meeting on digital transformation was held. | c:event:session",
            "ru | Сайт подвергся взлому. | c:event:cyberattack",
            "be | Сайт зазнаў узлому. | c:event:cyberattack",
            "ru | Система атакована вирусом-шифровальщиком. | c:event:cyberattack",
            "be | Сістэма атакавана вірусам-шыфравальшчыкам. | c:event:cyberattack",
            "en | Funding for science will grow. | c:theme:science",
            "ru | Финансирование науки вырастет. | c:theme:science",
            "be | Фінансаванне навукі вырасце. | c:theme:science",
            "ru | Представлен обзор по достижению Целей устойчивого развития. | c:theme:sustainable-development",
            "en | The review covers the SDGs. | c:theme:sustainable-development",
            "ru | Ведомства перейдут на облачную платформу. | c:theme:cloud",
            "be | Ведамствы пяройдуць на воблачную платформу. | c:theme:cloud",
            "en | Agencies will move to a cloud platform. | c:theme:cloud",
            "en | The university opened a joint laboratory. | c:event:opening",
            "ru | В университете открылась совместная лаборатория. | c:event:opening",
            "be | ва ўніверсітэце адкрылася сумесная лабараторыя. | c:event:opening",
            "ru | Министерство запустило мобильное приложение. | c:event:opening"})
    void theThemesGeneralVocabularyIsInTheGlossary(String language, String summary, String key) {
        assertThat(keys("Topic", summary, language)).contains(key);
    }

    @Test
    void takingPartIsNoApproval() {
        assertThat(keys("Форум", "Министр принял участие в форуме.", "ru")).doesNotContain("c:event:approval");
    }

    @Test
    void aSharedNumberAmongSharedActorsAndSubjectIsAWholeDetail() {
        StoryFeatures en = f("UNDP and Education Ministry to equip rural schools",
                "UNDP and the Ministry of Education will equip 35 rural schools with AI tutoring tools.", "en", T0);
        StoryFeatures ru = f("ПРООН и Минобразования оснастят сельские школы",
                "ПРООН и Минобразования оснастят 35 сельских школ системами искусственного интеллекта.", "ru",
                T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(en, ru)).as("two institutions, the subject and the count").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void anActorsApprovalOfOneSubjectInTwoLanguagesIsOneEventButNotAnotherSubject() {
        StoryFeatures en = f("Belarus approves concept of AI in healthcare",
                "MINSK, 7 September (BelTA) – The Council of Ministers has approved the concept of using artificial "
                        + "intelligence in healthcare until 2030.", "en", T0);
        StoryFeatures ru = f("Одобрена концепция применения ИИ в здравоохранении",
                "Постановлением Совета Министров одобрена концепция применения технологий искусственного интеллекта в "
                        + "здравоохранении.", "ru", T0.plus(Duration.ofHours(1)));
        StoryFeatures other = f("Правительство утвердило программу развития сельского хозяйства",
                "Совет Министров утвердил программу поддержки аграрного сектора.", "ru", T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(en, ru)).as("government, approval, AI and healthcare").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(en, other)).as("the same actor approving another subject").isZero();
        assertThat(matcher.score(ru, other)).as("the same actor approving another subject").isZero();
    }

    @Test
    void aBodyApprovingTheKindOfDocumentItAlwaysApprovesIsNotOneEvent() {
        StoryFeatures ai = f("Gosstandart approves standard on AI testing",
                "The State Committee for Standardization has approved a national standard on testing AI systems.", "en", T0);
        StoryFeatures concrete = f("Госстандарт утвердил стандарт на бетонные смеси",
                "Госстандарт утвердил новый государственный стандарт на бетонные смеси для дорожного строительства.", "ru",
                T0.plus(Duration.ofHours(3)));
        assertThat(matcher.score(ai, concrete)).as("Gosstandart, approval and its own theme, standards").isZero();
    }

    // ---- sixth round (misses and wrong joins of stories-fresh6.jsonl, in sentences of their own) ----

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en | Spending was raised by BYN36 million. | #36000000",
            "en | The loan totals USD4.5 million. | #4500000",
            "en | The plan is worth a 7-billion-rouble sum. | #7000000000",
            "be | Выдаткі павялічаны на трыццаць шэсць мільёнаў рублёў. | #36000000",
            "ru | Кластер с двадцатью миллиардами параметров. | #20000000000",
            "en | The budget grew by seventy million roubles. | #70000000"})
    void amountsGluedToACurrencyCodeOrWrittenInWordsWithTheirScaleAreTheAmount(String language, String summary, String key) {
        assertThat(keys("Amount", summary, language)).contains(key).noneMatch(k -> k.startsWith(Keys.NAME + "byn")
                || k.startsWith(Keys.NAME + "usd"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | Объем розничной торговли составил 104,2% к уровню прошлого года.",
            "be | Аб'ём рознічнага гандлю склаў 104,2% да ўзроўню мінулага года.",
            "en | Retail trade grew by 4.2% year-on-year."})
    void anIndexOverTheBaseIsTheGrowthItStates(String language, String summary) {
        assertThat(keys("Retail", summary, language)).contains("#4.2%").doesNotContain("#104.2%");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en | The new rules apply from 15 October. | #10-15",
            "en | The new rules apply from October 15. | #10-15",
            "ru | Новые правила действуют с 15 октября. | #10-15",
            "be | Новыя правілы дзейнічаюць з 15 кастрычніка. | #10-15"})
    void aDateOtherThanTheItemsDayIsADetail(String language, String summary, String key) {
        assertThat(keys("Rules", summary, language)).contains(key);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | The rules were published on 7 September.",
            "ru | Правила опубликованы 6 сентября.",
            "en | The rules apply from 1 January."})
    void todaysYesterdaysAndTheFirstOfAMonthAreNoDetail(String language, String summary) {
        assertThat(keys("Rules", summary, language)).noneMatch(k -> k.startsWith("#") && k.contains("-"));
    }

    @Test
    void aNumberAndTheSameKindOfEventTheSameDayAreADetail() {
        StoryFeatures ru = f("Президент помиловал 23 осужденных", "Глава государства помиловал 23 человека.", "ru", T0);
        StoryFeatures en = f("Lukashenko pardons 23 people", "Twenty-three convicts have been pardoned, the press service said.",
                "en", T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(ru, en)).as("23 and the pardon, the same day").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "be | Саміт БРІКС пачаўся. | c:org:brics",
            "be | Пасяджэнне ШАС адбылося. | c:org:sco",
            "ru | Заседание ААЦ прошло. | c:org:oac"})
    void anAcronymSpelledInAnotherScriptIsTheGlossarysAcronym(String language, String summary, String key) {
        assertThat(keys("Acronym", summary, language)).contains(key);
    }

    @Test
    void anUnknownAcronymMeetsItsTransliterationAndIsADetailInItsContext() {
        StoryFeatures ru = f("Совет РКС одобрил дорожную карту по ИИ", "Совет РКС одобрил дорожную карту по внедрению ИИ.",
                "ru", T0);
        StoryFeatures en = f("RCS Council adopts AI roadmap", "The RCS Council adopted a roadmap on introducing AI.", "en",
                T0.plus(Duration.ofHours(1)));
        // РКС and RCS as their letters sound: К, С and C are one letter of an acronym
        assertThat(ru.keys()).as("РКС").contains("n:^rss");
        assertThat(en.keys()).as("RCS").contains("n:^rss");
        assertThat(matcher.score(ru, en)).as("the acronym, the roadmap and AI").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void aLawSignedWithoutItsNumberMeetsTheVersionWithItButNotAnotherLawSigned() {
        StoryFeatures ru = f("Подписан Закон «О беспилотных авиационных системах»",
                "Александр Лукашенко подписал Закон «О беспилотных авиационных системах».", "ru", T0);
        StoryFeatures en = f("Lukashenko signs law on drones",
                "Aleksandr Lukashenko has signed Law No. 77-Z on unmanned aerial systems.", "en", T0.plus(Duration.ofHours(1)));
        StoryFeatures other = f("Подписан Закон «О пенсионном обеспечении»",
                "Александр Лукашенко подписал Закон «О пенсионном обеспечении».", "ru", T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(ru, en)).as("a law signed on drones").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(en, other)).as("another law signed the same day").isZero();
        assertThat(matcher.score(ru, other)).as("another law signed the same day").isZero();
    }

    @Test
    void theHeadOfStatesMeetingOnOneSubjectIsOneEventButNotHisMeetingOnAnother() {
        StoryFeatures ru = f("Совещание по экспорту зерна", "Александр Лукашенко провел совещание по экспорту зерна.",
                "ru", T0);
        StoryFeatures be = f("Нарада па экспарце збожжа", "Аляксандр Лукашэнка правёў нараду па экспарце збожжа.", "be",
                T0.plus(Duration.ofHours(1)));
        StoryFeatures other = f("Совещание по здравоохранению", "Глава государства провел совещание по развитию больниц.",
                "ru", T0.plus(Duration.ofHours(3)));
        assertThat(Keys.indexed(ru)).as("found by the head of state").contains("c:head:head-of-state");
        assertThat(matcher.score(ru, be)).as("his meeting on grain exports").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, other)).as("his meeting on another subject").isZero();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en | The academy unveiled a new robot. | c:event:presentation",
            "ru | Институт представил новый робот. | c:event:presentation",
            "be | Інстытут прадставіў новага робата. | c:event:presentation",
            "ru | Помилованы 12 человек. | c:event:pardon",
            "be | Памілаваны 12 чалавек. | c:event:pardon",
            "en | The GDP grew. | c:theme:gdp",
            "ru | Валовой внутренний продукт вырос. | c:theme:gdp",
            "be | ВУП павялічыўся. | c:theme:gdp",
            "ru | Ведомства перейдут на отечественное программное обеспечение. | c:theme:software",
            "be | Ведамствы пяройдуць на айчыннае праграмнае забеспячэнне. | c:theme:software",
            "en | Agencies will switch to domestic operating systems. | c:theme:software",
            "ru | Законопроект о защите информации. | c:theme:informatization",
            "en | A bill on informatization. | c:theme:informatization",
            "be | Пра гэта паведамілі ў Белстаце. | c:org:belstat",
            "ru | Закон об этом принят. | c:act:law",
            "be | Экспарт збожжа вырас. | c:theme:export"})
    void theSixthRoundsVocabularyIsInTheGlossary(String language, String summary, String key) {
        assertThat(keys("Topic", summary, language)).contains(key);
    }

    @Test
    void aGuestsVisitIsTheFrameOfSeveralEventsNotOneEvent() {
        StoryFeatures talks = f("Lukashenko meets Vietnam's foreign minister",
                "Aleksandr Lukashenko met with Foreign Minister of Vietnam Bui Thanh during his official visit to Belarus.",
                "en", T0);
        StoryFeatures tour = f("Vietnam's foreign minister tours tractor works",
                "On the second day of his visit, Foreign Minister of Vietnam Bui Thanh toured the tractor works.", "en",
                T0.plus(Duration.ofHours(20)));
        assertThat(matcher.score(talks, tour)).as("the guest, his country and his visit: two events of it").isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | He spoke at the meeting of SCO foreign ministers.",
            "ru | Он выступил на встрече глав МИД стран ШОС."})
    void aMeetingOfMinistersIsTalks(String language, String summary) {
        assertThat(keys("Meeting", summary, language)).contains("c:event:talks");
    }

    // ---- seventh round (wrong joins and misses of stories-fresh7.jsonl and stories-fresh8.jsonl, in sentences of their own) ----

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "https://pravo.by/document/?guid=3871&p0=C22600611 | https://pravo.by/document/?guid=3871&p0=C22600612",
            "https://www.example.by/news/?id=101 | https://www.example.by/news/?id=102"})
    void aLinkIsItsPathAndTheQueryThatChoosesThePage(String one, String other) {
        assertThat(FeatureExtractor.canonical(one)).as("another document of the same site").isNotEqualTo(FeatureExtractor.canonical(other));
    }

    @Test
    void trackingParametersAreNoPartOfTheLink() {
        assertThat(FeatureExtractor.canonical("https://www.belta.by/society/view/item-1/?utm_source=telegram&utm_medium=post"))
                .isEqualTo(FeatureExtractor.canonical("https://belta.by/society/view/item-1/"));
    }

    @Test
    void twoResolutionsPublishedOnOneSiteTheSameDayAreTwoStories() {
        StoryFeatures labs = features.extract("Постановление Совета Министров Республики Беларусь от 4 сентября 2026 г. № 611",
                "Об аккредитации испытательных лабораторий.", null, "ru", T0,
                "https://pravo.by/document/?guid=3871&p0=C22600611", acts.extract("Постановление Совета Министров № 611", "", null));
        StoryFeatures timber = features.extract("Постановление Совета Министров Республики Беларусь от 4 сентября 2026 г. № 612",
                "О ставках платы за древесину.", null, "ru", T0.plusSeconds(300),
                "https://pravo.by/document/?guid=3871&p0=C22600612", acts.extract("Постановление Совета Министров № 612", "", null));
        assertThat(matcher.score(labs, timber)).as("two documents of one legal portal").isZero();
    }

    @Test
    void anAcademyOfAnotherCountryNamesItsCountry() {
        assertThat(keys("Academies", "НАН Беларуси и Российская академия наук договорились.", "ru")).contains("c:country:russia");
        assertThat(keys("Academies", "The NASB and the Chinese Academy of Sciences agreed.", "en")).contains("c:country:china");
        StoryFeatures russian = f("НАН Беларуси и РАН займутся новыми материалами",
                "Председатель Президиума НАН Беларуси Владимир Гусаков и президент Российской академии наук подписали соглашение "
                        + "о совместных исследованиях новых материалов.", "ru", T0);
        StoryFeatures chinese = f("Belarusian and Chinese academies sign biotech agreement",
                "NASB Presidium Chairman Vladimir Gusakov and the Chinese Academy of Sciences signed an agreement on joint "
                        + "research in biotechnology.", "en", T0.plus(Duration.ofHours(20)));
        assertThat(matcher.score(russian, chinese)).as("one official's agreements with two countries' academies").isZero();
    }

    @Test
    void twoProgrammesApprovedAtOneSessionAreTwoStoriesAndEachJoinsItsVersions() {
        StoryFeatures bioRu = f("Совмин Союзного государства утвердил программу по биотехнологиям",
                "МОСКВА, 7 сентября (БЕЛТА) – Совет Министров Союзного государства на заседании в Москве утвердил союзную "
                        + "программу по развитию биотехнологий с бюджетом 4,1 млрд российских рублей.", "ru", T0);
        StoryFeatures bioEn = f("Union State approves RUB4.1bn biotechnology program",
                "MOSCOW, 7 September (BelTA) - The Union State Council of Ministers has approved a biotechnology program worth "
                        + "RUB4.1 billion.", "en", T0.plus(Duration.ofHours(3)));
        StoryFeatures tools = f("Утверждена союзная программа по станкостроению",
                "МОСКВА, 7 сентября (БЕЛТА) – На заседании Совмина Союзного государства также утверждена программа по "
                        + "созданию станкостроительной базы. Ее бюджет составит 2,8 млрд российских рублей.", "ru",
                T0.plus(Duration.ofHours(1)));
        assertThat(matcher.score(bioRu, bioEn)).as("one programme in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(bioRu, tools)).as("two programmes of one session, same body and city").isZero();
        assertThat(matcher.score(bioEn, tools)).as("two programmes of one session, same body and city").isZero();
    }

    @Test
    void theNextSessionAnnouncedAtThisOneIsAnotherStory() {
        StoryFeatures session = f("Главы правительств ЕАЭС утвердили программу цифровой торговли",
                "АСТАНА, 7 сентября (БЕЛТА) – Главы правительств стран ЕАЭС на заседании Евразийского межправсовета утвердили "
                        + "программу развития цифровой торговли, сообщил Премьер-министр Беларуси.", "ru", T0);
        StoryFeatures next = f("Следующее заседание Евразийского межправсовета пройдет в Бишкеке",
                "АСТАНА, 7 сентября (БЕЛТА) – Очередное заседание Евразийского межправительственного совета состоится 12–13 "
                        + "марта в Бишкеке.", "ru", T0.plus(Duration.ofMinutes(40)));
        assertThat(matcher.score(session, next)).as("the body and the city of the dateline, nothing of the event").isZero();
    }

    @Test
    void theHeadOfStatesMeetingOnOneSubjectJoinsItsVersions() {
        StoryFeatures ru = f("Совещание по вопросам здравоохранения",
                "Александр Лукашенко провел совещание по вопросам развития здравоохранения.", "ru", T0);
        StoryFeatures be = f("Лукашэнка правёў нараду па ахове здароўя",
                "Аляксандр Лукашэнка на нарадзе па пытаннях аховы здароўя даручыў абнавіць бальніцы.", "be",
                T0.plus(Duration.ofHours(2)));
        StoryFeatures en = f("Meeting on healthcare", "Aleksandr Lukashenko held a meeting on the development of healthcare.",
                "en", T0.plus(Duration.ofHours(3)));
        assertThat(matcher.score(ru, be)).as("his meeting on one subject, ru/be").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, en)).as("his meeting on one subject, ru/en").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void anAwardCeremonyIsOneEvent() {
        StoryFeatures ru = f("Лукашенко вручил госпремии ученым",
                "Александр Лукашенко вручил государственные премии в области науки авторам новых лекарств.", "ru", T0);
        StoryFeatures be = f("Лукашэнка ўручыў дзяржаўныя прэміі навукоўцам",
                "Аляксандр Лукашэнка ўручыў дзяржаўныя прэміі ў галіне навукі.", "be", T0.plus(Duration.ofHours(1)));
        StoryFeatures en = f("Lukashenko presents state science prizes",
                "Aleksandr Lukashenko presented the State Prizes in Science to the authors of new medicines.", "en",
                T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(ru, be)).as("one ceremony, ru/be").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, en)).as("one ceremony, ru/en").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void theWordBeforeTheNextSentencesNameIsNoFirstName() {
        // "… Совета РКС. МИНСК, 7 сентября (БЕЛТА) –": the dateline's city follows; "РКС" ends a sentence, no first name
        assertThat(keys("Заседание Совета РКС", "МИНСК, 7 сентября (БЕЛТА) – Обсуждались частоты.", "ru")).contains("n:^rss");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "be | Каманды ўзялі ўдзел у кібервучэннях. | c:event:exercise",
            "ru | В стране прошли национальные киберучения. | c:event:exercise",
            "ru | На заседании также утверждена программа. | c:event:approval",
            "ru | Утверждение плана отложено. | c:event:approval",
            "ru | Заседание Евразийского межправсовета прошло. | c:org:eaeu",
            "ru | Нацбанк снизил ставку. | c:org:nbrb",
            "be | Нацыянальны банк знізіў стаўку. | c:org:nbrb",
            "en | The National Bank of Belarus cut the rate. | c:org:nbrb",
            "en | He spoke at the BRICS communications ministers' meeting. | c:event:talks",
            "ru | Вручены государственные премии. | c:event:award",
            "be | Уручаны дзяржаўныя ўзнагароды. | c:event:award",
            "en | The state awards were presented. | c:event:award",
            "en | Forty-two per cent of users agree. | #42%",
            "en | Only 14 per cent agree. | #14%",
            "ru | Делегация Китая прибыла. | c:country:china",
            "be | Дэлегацыя Кітая прыбыла. | c:country:china"})
    void theSeventhRoundsVocabularyIsInTheGlossary(String language, String summary, String key) {
        assertThat(keys("Topic", summary, language)).contains(key);
    }

    // ---- eighth round (misses of stories-fresh9.jsonl and stories-fresh10.jsonl, in sentences of their own) ----

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ru | Сильный снегопад парализовал движение. | x:snow",
            "be | Моцны снегапад ускладніў рух. | x:snow",
            "en | Heavy snowfall disrupted traffic. | x:snow",
            "ru | Академия приняла кодекс этики. | x:code",
            "be | Акадэмія прыняла кодэкс этыкі. | x:ethics",
            "en | The academy adopted an ethics code. | x:ethics",
            "ru | Обсуждалась подготовка кадров для отрасли. | x:personnel",
            "be | Абмяркоўвалася падрыхтоўка кадраў для галіны. | x:training",
            "en | They discussed training of personnel. | x:training"})
    void everydayNewsWordsAreOneWordInTheThreeLanguages(String language, String summary, String key) {
        assertThat(keys("News", summary, language)).contains(key);
    }

    @Test
    void theHeadOfStatesMeetingInTwoLanguagesSharingOnlyItsSubjectsWordsIsOneEvent() {
        StoryFeatures ru = f("Лукашенко провел совещание по подготовке кадров",
                "Глава государства провел совещание по подготовке кадров для промышленности: обсуждались навыки "
                        + "выпускников вузов и набор специалистов.", "ru", T0);
        StoryFeatures en = f("Lukashenko wants universities to teach practical skills",
                "The head of state held a meeting on training personnel for industry, saying universities must give "
                        + "graduates practical skills.", "en", T0.plus(Duration.ofHours(3)));
        StoryFeatures other = f("Лукашенко провел совещание по уборочной кампании",
                "Глава государства провел совещание по ходу уборочной кампании и закупкам зерна.", "ru",
                T0.plus(Duration.ofHours(4)));
        assertThat(matcher.score(ru, en)).as("his meeting, personnel, training, skills, universities")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(en, other)).as("his other meeting the same day").isZero();
        assertThat(matcher.score(ru, other)).as("his other meeting the same day").isZero();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ru | Прошло заседание Совета Безопасности. | c:org:security-council",
            "be | Адбылося пасяджэнне Савета Бяспекі. | c:org:security-council",
            "en | The Security Council met on Monday. | c:org:security-council",
            "ru | Сенаторы одобрили закон. | c:org:council-of-republic",
            "en | The upper house approved the law. | c:org:council-of-republic",
            "ru | Прошли киберучения стран СНГ. | c:event:exercise",
            "en | CIS countries held cyber drills. | c:event:exercise",
            "ru | Посещение завода. | c:event:visit",
            "be | Ён наведаў завод. | c:event:visit",
            "ru | Аппараты установят в райбольницах. | c:theme:healthcare"})
    void theEighthRoundsInstitutionsAndEventsAreInTheGlossary(String language, String summary, String key) {
        assertThat(keys("Topic", summary, language)).contains(key);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | Посещение ОАО «Амкодор».",
            "be | Візіт у ААТ «Амкодор».",
            "en | A visit to JSC Amkodor."})
    void aCompanysLegalFormIsNoName(String language, String summary) {
        assertThat(keys("Visit", summary, language)).noneMatch(k -> k.startsWith(Keys.ACRONYM));
    }

    @Test
    void aNameWrittenInCapitalsIsTheName() {
        assertThat(keys("Visit", "The president toured AMKODOR holding.", "en"))
                .contains(Keys.NAME + Transliteration.skeleton("амкодор"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"брестской, brest", "брэсцкай, brest", "брестская, brest"})
    void aPlacesAdjectiveInTskMeetsThePlace(String adjective, String place) {
        assertThat(Transliteration.skeleton(adjective)).isEqualTo(Transliteration.skeleton(place));
    }

    @Test
    void theHeadOfStatesVisitToANamedEnterpriseInTwoLanguagesIsOneVisit() {
        StoryFeatures ru = f("Лукашенко посетил «Амкодор»",
                "Глава государства посетил холдинг «Амкодор» и осмотрел новую технику.", "ru", T0);
        StoryFeatures be = f("Лукашэнка наведаў «Амкодор»",
                "Кіраўнік дзяржавы наведаў холдынг «Амкодор».", "be", T0.plus(Duration.ofHours(5)));
        assertThat(matcher.score(ru, be)).as("the head of state, the visit and the enterprise").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void aPlaceAmongSharedSubjectWordsIsAWholeDetail() {
        StoryFeatures ru = f("В Гомеле запустили мобильную сеть 5G",
                "Оператор запустил мобильную сеть 5G в Гомеле.", "ru", T0);
        StoryFeatures en = f("5G mobile network launched in Gomel",
                "An operator has launched a 5G mobile network in Gomel.", "en", T0.plus(Duration.ofHours(4)));
        assertThat(matcher.score(ru, en)).as("the place, a launch, a mobile 5G network").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void aLawApprovedByTheUpperHouseInTwoLanguagesIsOneEventButNotAnotherLawThatDay() {
        StoryFeatures ru = f("Сенаторы одобрили закон «О здравоохранении»",
                "Члены Совета Республики одобрили изменения в закон о здравоохранении.", "ru", T0);
        StoryFeatures en = f("Council of the Republic approves healthcare law",
                "The upper house of the Belarusian parliament has approved amendments to the healthcare law.", "en",
                T0.plus(Duration.ofHours(2)));
        StoryFeatures other = f("Совет Республики одобрил закон о рекламе",
                "Сенаторы одобрили поправки в закон о рекламе.", "ru", T0.plus(Duration.ofHours(3)));
        assertThat(matcher.score(ru, en)).as("the upper house, approval, a law and its subject").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(en, other)).as("another law approved the same day").isZero();
    }

    // ---- ninth round (misses of stories-fresh11.jsonl and stories-fresh12.jsonl, in sentences of their own) ----

    @Test
    void theHeadOfStatesVisitToAnInstitutionOfTheGlossaryIsOneVisit() {
        StoryFeatures ru = f("Лукашенко посещает БГУ",
                "Глава государства посещает Белорусский государственный университет, где ему покажут новые лаборатории.",
                "ru", T0);
        StoryFeatures en = f("Lukashenko: students must learn physics in labs, not on paper",
                "Aleksandr Lukashenko made the remark during a visit to BSU, where he was shown new laboratories.", "en",
                T0.plus(Duration.ofHours(4)));
        StoryFeatures be = f("Лукашэнка наведаў БДУ", "Кіраўніку дзяржавы паказалі новыя лабараторыі.", "be",
                T0.plus(Duration.ofHours(20)));
        assertThat(matcher.score(ru, en)).as("the head of state, the visit and the university").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, be)).as("the head of state, the visit and the university").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(en, be)).as("the head of state, the visit and the university").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @Test
    void aSittingOfACouncilInTwoLanguagesIsOneEventButNotTwoBillsOfOneSitting() {
        StoryFeatures ru = f("Заседание Совета Безопасности",
                "Лукашенко провел заседание Совета Безопасности, посвященное энергетической безопасности страны.", "ru", T0);
        StoryFeatures be = f("На пасяджэнні Савета Бяспекі гаварылі пра энергетычную бяспеку",
                "Лукашэнка правёў пасяджэнне Савета Бяспекі.", "be", T0.plus(Duration.ofHours(5)));
        StoryFeatures en = f("Security Council meeting",
                "Aleksandr Lukashenko chaired a Security Council meeting on energy security.", "en", T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(ru, be)).as("the council, its sitting and its subject").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, en)).as("the council, its sitting and its subject").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        StoryFeatures tobacco = f("Tobacco bill passes first reading",
                "At its sitting the House of Representatives backed in the first reading a bill on tobacco products.", "en", T0);
        StoryFeatures tourism = f("Депутаты одобрили поправки о туризме",
                "На заседании Палаты представителей в первом чтении принят законопроект о туристической деятельности.", "ru",
                T0.plus(Duration.ofHours(1)));
        assertThat(matcher.score(tobacco, tourism)).as("two bills of one sitting").isLessThan(StoryGrouper.JOIN);
        StoryFeatures approved = f("Совмин утвердил программу по туризму", "На заседании правительства утверждена программа "
                + "развития туризма.", "ru", T0);
        StoryFeatures other = f("Урад абмеркаваў экспарт", "На пасяджэнні ўрада абмеркавалі экспарт.", "be",
                T0.plus(Duration.ofHours(2)));
        assertThat(matcher.score(approved, other)).as("two items of one government sitting").isLessThan(StoryGrouper.JOIN);
    }

    @Test
    void twoBodiesJointDeedTwoDaysLaterIsOneEventButNotTheirOtherDeed() {
        StoryFeatures ru = f("НАН и ПРООН подписали меморандум об искусственном интеллекте для охраны озер",
                "Национальная академия наук и ПРООН подписали меморандум о применении искусственного интеллекта для "
                        + "мониторинга озер.", "ru", T0);
        StoryFeatures en = f("UNDP and the Academy of Sciences team up on AI for lakes",
                "UNDP and the National Academy of Sciences of Belarus signed a memorandum on using artificial "
                        + "intelligence to monitor lakes and rivers.", "en", T0.plus(Duration.ofHours(46)));
        StoryFeatures seminar = f("ПРООН и НАН провели семинар по искусственному интеллекту",
                "Национальная академия наук и ПРООН провели семинар о применении искусственного интеллекта в медицине.",
                "ru", T0.plus(Duration.ofHours(47)));
        assertThat(matcher.score(ru, en)).as("the two bodies, their memorandum, its subject, two days apart")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, seminar)).as("the same two bodies' seminar two days later").isLessThan(StoryGrouper.JOIN);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "be | Законапраект аб штучным інтэлекце прыняты. | c:theme:ai",
            "be | Пра гэта гаварылі ў парламенце. | c:org:parliament"})
    void aBelarusianLocativeInTsIsTheConcept(String language, String summary, String key) {
        assertThat(keys("Тэма", summary, language)).contains(key);
    }

    @Test
    void aCompanysPresentationInTwoLanguagesIsOneEventButNotItsOtherNews() {
        StoryFeatures ru = f("«Планар» представил отечественный процессор для нейросетей",
                "Холдинг «Планар» представил микросхему для нейронных сетей.", "ru", T0);
        StoryFeatures en = f("Planar unveils neural network chip",
                "Microelectronics maker Planar has presented a chip for artificial intelligence.", "en",
                T0.plus(Duration.ofHours(5)));
        StoryFeatures exports = f("Planar exports grow", "Microelectronics maker Planar reported higher exports of chips.",
                "en", T0.plus(Duration.ofHours(6)));
        assertThat(matcher.score(ru, en)).as("the company, its presentation, a chip for AI").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(ru, exports)).as("the company's other news the same day").isLessThan(StoryGrouper.JOIN);
    }

    // ---- tenth round (recall on unseen news: versions published days later, or sharing only everyday words) ----

    private StoryFeatures f(String title, String summary, String language, Instant at, String link) {
        return features.extract(title, summary, null, language, at, link, acts.extract(title, summary, null));
    }

    @Test
    void aPartnersOwnPageDaysAfterTheAgencysReportIsOneEventButNotTheAgencysOwnFollowUp() {
        StoryFeatures agency = f("ПРООН и Минздрав оснастят 24 сельские больницы Витебской области телемедициной",
                "Проект ПРООН и Министерства здравоохранения охватит 24 сельские больницы Витебской области.", "ru", T0,
                "https://www.belta.by/society/view/telemed-1.html");
        StoryFeatures partner = f("Telemedicine reaches 24 rural hospitals in Vitebsk region",
                "With UNDP support, the Ministry of Health has connected 24 rural hospitals of Vitebsk region to telemedicine.",
                "en", T0.plus(Duration.ofDays(5)), "https://www.undp.org/belarus/news/telemedicine-rural-hospitals");
        StoryFeatures followUp = f("ПРООН и Минздрав подвели итоги телемедицины в 24 больницах Витебской области",
                "ПРООН и Министерство здравоохранения подвели итоги работы телемедицины в 24 сельских больницах.", "ru",
                T0.plus(Duration.ofDays(5)), "https://www.belta.by/society/view/telemed-2.html");
        StoryFeatures tooLate = f(partner, T0.plus(Duration.ofDays(8)));
        assertThat(matcher.score(partner, agency)).as("the partner's page five days later").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(agency, partner)).as("either way round").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(followUp, agency)).as("the agency's own item five days later").isZero();
        assertThat(matcher.score(tooLate, agency)).as("more than a week later").isZero();
    }

    @Test
    void anOfficialsNextEventOnAnotherSiteDaysLaterIsAnotherEvent() {
        StoryFeatures talks = f("Turchin and UNDP discuss digital skills for 24 rural schools",
                "Prime Minister Roman Turchin met the UNDP resident representative to discuss digital skills in 24 rural schools.",
                "en", T0, "https://eng.belta.by/politics/view/turchin-undp-1");
        StoryFeatures visit = f("Турчин посетил сельскую школу в Витебской области",
                "Премьер-министр Роман Турчин ознакомился с работой ПРООН в сельской школе.", "ru",
                T0.plus(Duration.ofDays(4)), "https://www.government.by/ru/content/turchin-visit");
        assertThat(matcher.score(visit, talks)).as("the same official, UNDP and schools four days later").isZero();
    }

    @Test
    void threeEverydayWordsInCommonAcrossLanguagesTheSameDayAreOneEventButOneWordIsNot() {
        StoryFeatures ru = f("Из-за снегопада школьников отпустили с уроков",
                "Занятия в школах отменены из-за сильного снегопада, учащиеся остаются дома.", "ru", T0);
        StoryFeatures be = f("З-за снегападу школьнікаў адпусцілі з урокаў",
                "Заняткі ў школах адменены з-за моцнага снегападу, вучні застаюцца дома.", "be", T0.plusSeconds(2 * 3600));
        StoryFeatures roads = f("Из-за снегопада ограничено движение грузовиков",
                "На дорогах из-за снегопада ограничено движение грузового транспорта.", "ru", T0.plusSeconds(3600));
        assertThat(matcher.score(be, ru)).as("snow, school and pupils in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(be, roads)).as("snow alone in common").isZero();
    }

    @Test
    void theHeadOfStatesWorkingTripToADistrictIsOneVisitButNotHisMeetingOnTheSameSubject() {
        StoryFeatures ru = f("Лукашенко прибыл с рабочей поездкой в Копыльский район",
                "Глава государства осмотрел ход уборки урожая в районе и посетил ферму.", "ru", T0);
        StoryFeatures en = f("Lukashenko visits farms of a district in Minsk Oblast",
                "The head of state saw how the harvest is going in the district.", "en", T0.plusSeconds(3 * 3600));
        StoryFeatures governor = f("Лукашенко встретился с губернатором Брестской области",
                "Обсуждались итоги уборки урожая в районе.", "ru", T0.plusSeconds(5 * 3600));
        assertThat(matcher.score(en, ru)).as("his visit, the district and the harvest").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(governor, ru)).as("a meeting on the harvest, no visit").isZero();
    }

    @Test
    void theHeadOfStatesGreetingOnOneSubjectIsOneEventButNotHisGreetingOnAnother() {
        StoryFeatures ru = f("Лукашенко поздравил медиков с профессиональным праздником",
                "Глава государства поздравил работников здравоохранения.", "ru", T0);
        StoryFeatures be = f("Лукашэнка павіншаваў медыкаў з прафесійным святам",
                "Кіраўнік дзяржавы павіншаваў работнікаў аховы здароўя.", "be", T0.plusSeconds(3600));
        StoryFeatures teachers = f("Лукашэнка павіншаваў настаўнікаў з прафесійным святам",
                "Кіраўнік дзяржавы павіншаваў педагогаў.", "be", T0.plusSeconds(2 * 3600));
        assertThat(matcher.score(be, ru)).as("his greeting to medics in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(teachers, ru)).as("his greeting to teachers").isZero();
    }

    @Test
    void aCountWithItsInstitutionTheSameDayIsOneFigureButNotWhenTheOtherGivesAnotherFigure() {
        StoryFeatures ru = f("В ПВТ 37 новых резидентов",
                "Наблюдательный совет Парка высоких технологий одобрил заявки 37 компаний.", "ru", T0);
        StoryFeatures en = f("HTP admits 37 new companies",
                "The Hi-Tech Park's supervisory board has admitted 37 more companies.", "en", T0.plusSeconds(5 * 3600));
        StoryFeatures left = f("HTP: 37 companies left the park, 1,150 remain",
                "The Hi-Tech Park said 37 companies had left it this year.", "en", T0.plusSeconds(6 * 3600));
        assertThat(matcher.score(en, ru)).as("37 and the park, no other figure").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(left, ru)).as("37 and the park, and 1,150 in one of them").isZero();
    }

    @Test
    void aVersionWithNothingElseToBeFoundByIsFoundByItsEverydayWordsAndJoins() {
        StoryFeatures ru = f("Хакеры атаковали систему оплаты коммунальных услуг",
                "Возбуждено уголовное дело, платежи за коммунальные услуги временно недоступны.", "ru", T0);
        StoryFeatures be = f("Хакеры атакавалі сістэму аплаты камунальных паслуг",
                "Узбуджана крымінальная справа, плацяжы за камунальныя паслугі часова недаступныя.", "be",
                T0.plusSeconds(3 * 3600));
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String story = index.add("ru", ru);
        assertThat(index.candidates(be)).as("found by the lexicon's words").extracting(StoryIndex.Candidate::itemId)
                .containsExactly("ru");
        assertThat(index.add("be", be)).as("and one story").isEqualTo(story);
        StoryFeatures oac = f("ОАЦ: 1 450 кибератак на госорганы за квартал",
                "Оперативно-аналитический центр сообщил о 1 450 атаках на сайты госорганов в Гомеле.", "ru", T0);
        assertThat(Keys.indexed(oac)).as("an item with keys of its own is not indexed by its words")
                .noneMatch(k -> k.startsWith(Keys.LEXICON));
    }

    @Test
    void theHeadOfStatesSittingOfACouncilIsOneEventWhateverEachVersionSaysWasDiscussed() {
        StoryFeatures ru = f("Заседание Совета Безопасности",
                "Лукашенко провел заседание Совета Безопасности.", "ru", T0);
        StoryFeatures en = f("Security Council session",
                "Aleksandr Lukashenko held a session of the Security Council; threats to the country were discussed.", "en",
                T0.plus(Duration.ofHours(3)));
        StoryFeatures minister = f("Security Council session on drills",
                "The State Secretary of the Security Council held a session on the autumn drills.", "en", T0.plus(Duration.ofHours(4)));
        assertThat(matcher.score(en, ru)).as("his sitting of the council, no subject in common").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(minister, ru)).as("a session of the council without him").isZero();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ru | Команда выиграла турнир по хоккею. | x:hockey",
            "be | Каманда выйграла турнір па хакеі. | x:hockey",
            "en | The team wins a hockey tournament. | x:hockey",
            "ru | Команда выиграла турнир по хоккею. | x:victory",
            "be | Каманда выйграла турнір па хакеі. | x:tournament",
            "en | Dinamo beat the visitors in the match. | x:victory",
            "ru | Сборная сыграла матч по футболу. | x:team"})
    void sportsWordsAreOneWordInTheThreeLanguages(String language, String summary, String key) {
        assertThat(keys("News", summary, language)).contains(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://eng.belta.by/society/view/x | https://blr.belta.by/society/view/y | false",
            "https://www.belta.by/a             | https://www.undp.org/belarus/b       | true",
            "https://president.gov.by/ru/a      | https://nasb.gov.by/rus/b            | true",
            "https://president.gov.by/ru/a      | https://president.gov.by/en/b        | false",
            "https://www.belta.by/a             |                                      | false"})
    void aSiteIsItsRegistrableDomain(String one, String other, boolean differ) {
        assertThat(Sources.differ(FeatureExtractor.canonical(one), FeatureExtractor.canonical(other))).isEqualTo(differ);
    }

    private static StoryFeatures f(StoryFeatures f, Instant at) {
        return new StoryFeatures(f.language(), at, f.link(), f.simhash(), f.keys());
    }

    // ---- eleventh round (fresh14-fresh17 as tuning sets: look-alikes first) ----

    /**
     * A legislature passes several acts at one sitting: the body, the kind of act, the sitting and the city are the
     * same, only the subject differs. Two acts of one body whose subjects are both named and share nothing are two
     * events, as two decrees of one day are; the versions of one act still meet.
     */
    @Test
    void oneAssemblysModelLawsOnTwoSubjectsTheSameDayStayApart() {
        StoryFeatures ai = f("CIS Inter-Parliamentary Assembly adopts model law on artificial intelligence",
                "Meeting in St. Petersburg, the Inter-Parliamentary Assembly of the CIS member states adopted a model law"
                        + " on artificial intelligence for the national parliaments.", "en", T0);
        StoryFeatures trade = f("МПА СНГ приняла модельный закон об электронной торговле",
                "На пленарном заседании в Санкт-Петербурге Межпарламентская ассамблея СНГ приняла модельный закон об"
                        + " электронной торговле.", "ru", T0.plusSeconds(2 * 3600));
        StoryFeatures aiRu = f("МПА СНГ приняла модельный закон об искусственном интеллекте",
                "На пленарном заседании в Санкт-Петербурге Межпарламентская ассамблея СНГ приняла модельный закон об"
                        + " искусственном интеллекте.", "ru", T0.plusSeconds(3 * 3600));
        assertThat(matcher.score(ai, trade)).as("one assembly, two model laws on two subjects").isZero();
        assertThat(matcher.score(aiRu, trade)).as("the same in one language").isZero();
        StoryFeatures aiOther = f("Межпарламентская ассамблея СНГ одобрила модельный закон об искусственном интеллекте",
                "Модельный закон об искусственном интеллекте принят на пленарном заседании МПА СНГ в Санкт-Петербурге.",
                "ru", T0.plusSeconds(4 * 3600));
        assertThat(matcher.score(aiRu, aiOther)).as("one model law told twice").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    // ---- twelfth round (fresh18-fresh20, the eleventh round's blind judges, as tuning sets) ----

    /**
     * The head of state's appointment of a minister is one event however each version words it ("назначил",
     * "прызначыў", "appointed", "personnel decisions"): the actor, the appointment and the ministry are the triple.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Президент назначил нового министра спорта.",
            "ru | Кадровые решения Главы государства.",
            "be | Кіраўнік дзяржавы прызначыў новага міністра спорту.",
            "en | The president appointed a new Minister of Sports.",
            "en | Personnel decisions of the head of state."})
    void anAppointmentIsAnEvent(String language, String summary) {
        assertThat(keys("News", summary, language)).contains("c:event:appointment");
    }

    @Test
    void theHeadOfStatesAppointmentOfAMinisterInTwoLanguagesIsOneEvent() {
        StoryFeatures ru = f("Кадровые решения Главы государства",
                "Александр Лукашенко назначил нового министра здравоохранения.", "ru", T0);
        StoryFeatures be = f("Кадравыя рашэнні Кіраўніка дзяржавы",
                "Аляксандр Лукашэнка прызначыў новага міністра аховы здароўя.", "be", T0.plusSeconds(3600));
        assertThat(matcher.score(be, ru)).as("the president, the appointment, the ministry").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * A forum lasts days, and every item of it names the forum and the conference: its opening and a body's session
     * at it the next day share the forum's name, the conference and the theme, and are two events (as a guest's visit
     * is the frame of his several events). The versions of the opening still meet.
     */
    @Test
    void aForumsOpeningAndASessionAtItTheNextDayStayApart() {
        StoryFeatures opening = f("В Минске открылся форум ЦИФРА-2031",
                "Международный форум ЦИФРА-2031 по искусственному интеллекту открылся в Минске, в нем участвуют 150 компаний.",
                "ru", T0);
        StoryFeatures openingEn = f("TSIFRA-2031 forum opens in Minsk",
                "The international forum TSIFRA-2031 on artificial intelligence opened in Minsk with 150 companies taking part.",
                "en", T0.plusSeconds(3600));
        StoryFeatures session = f("Минздрав на ЦИФРА-2031: ИИ читает рентгеновские снимки",
                "На сессии форума ЦИФРА-2031 Министерство здравоохранения рассказало о применении искусственного интеллекта.",
                "ru", T0.plusSeconds(22 * 3600));
        assertThat(matcher.score(openingEn, opening)).as("the opening in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(session, openingEn)).as("a session at the forum the next day").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(session, opening)).as("the same in one language").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A bill passes each reading once: the same reading of a bill on the same subject by the same legislature, told by
     * another site's explainer days later in its own words, is that reading (two details, as a later version needs);
     * the bill's other reading, or another bill's, is not.
     */
    @Test
    void aBillsReadingRetoldDaysLaterIsThatReadingButNotItsNextReading() {
        StoryFeatures agency = f("Депутаты приняли в первом чтении законопроект о беспилотном транспорте",
                "Палата представителей приняла в первом чтении законопроект о беспилотном транспорте.", "ru", T0,
                "https://www.belta.by/politics/view/bill-1.html");
        StoryFeatures explainer = f("Drones on the road: what the bill passed in first reading changes",
                "Last week the MPs of the House of Representatives backed in first reading the bill on driverless transport."
                        + " We explain who the new rules will affect.", "en", T0.plus(Duration.ofDays(4)),
                "https://www.sb.by/articles/drones-on-the-road.html");
        StoryFeatures second = f("Законопроект о беспилотном транспорте принят во втором чтении",
                "Палата представителей приняла во втором чтении законопроект о беспилотном транспорте.", "ru",
                T0.plus(Duration.ofDays(5)), "https://www.belta.by/politics/view/bill-2.html");
        assertThat(matcher.score(explainer, agency)).as("the first reading retold four days later").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(second, explainer)).as("the second reading").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * The head of state visits an institution once in a week: another site's page on his visit to the same
     * institution two days later is that visit; his meeting with the institution's head (no visit) is not.
     */
    @Test
    void theHeadOfStatesVisitToAnInstitutionToldDaysLaterIsThatVisit() {
        StoryFeatures agency = f("Лукашенко посетил Институт физики НАН Беларуси",
                "Глава государства посетил Институт физики Национальной академии наук и ознакомился с разработками в области"
                        + " искусственного интеллекта.", "ru", T0, "https://www.belta.by/president/view/visit-1.html");
        StoryFeatures academy = f("The head of state's visit to the Institute of Physics",
                "During the visit of Aleksandr Lukashenko to the Institute of Physics of the National Academy of Sciences,"
                        + " scientists presented their developments in artificial intelligence.", "en",
                T0.plus(Duration.ofDays(2)), "https://nasb.gov.by/eng/news/visit-physics.html");
        StoryFeatures meeting = f("Лукашенко встретился с председателем Президиума НАН Беларуси",
                "Глава государства обсудил с председателем Президиума Национальной академии наук разработки в области"
                        + " искусственного интеллекта.", "ru", T0.plus(Duration.ofDays(2)),
                "https://president.gov.by/ru/events/meeting-nasb.html");
        assertThat(matcher.score(academy, agency)).as("the Academy's page on his visit two days later").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(meeting, agency)).as("his meeting with the Academy's head two days later").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A body opening something with a named partner the same day — a university's joint laboratory with a company —
     * is one event in every language: the partner's name, the body and the opening together are a detail, though the
     * opening alone is what every body does (routine) and a name alone is a weak one. The body's opening with another
     * partner stays apart.
     */
    @Test
    void aBodysOpeningWithANamedPartnerTheSameDayIsOneEvent() {
        StoryFeatures en = f("BSU and Siemens open joint lab",
                "Belarusian State University and Siemens opened a joint laboratory.", "en", T0);
        StoryFeatures be = f("БДУ і Siemens адкрылі сумесную лабараторыю",
                "Беларускі дзяржаўны ўніверсітэт і кампанія Siemens адкрылі сумесную лабараторыю.", "be",
                T0.plusSeconds(2 * 3600));
        StoryFeatures other = f("БДУ і Bosch адкрылі сумесную лабараторыю",
                "Беларускі дзяржаўны ўніверсітэт і кампанія Bosch адкрылі сумесную лабараторыю.", "be",
                T0.plusSeconds(3 * 3600));
        assertThat(matcher.score(be, en)).as("one opening with a named partner in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(other, en)).as("the body's opening with another partner").isLessThan(StoryGrouper.JOIN);
    }

    // ---- thirteenth round (fresh21-fresh23, the twelfth round's blind judges, as tuning sets) ----

    /**
     * The head of state signs several edicts a day, and an agency's version may name its edict without the number:
     * that version is like both edicts' versions (the president, the signing, a shared theme) and may bridge their
     * stories. Two stories each naming a numbered act of one kind, none shared, are two events: the bridge does not
     * merge them, and a later version naming one number does not join the story of the other.
     */
    @Test
    void aVersionWithoutItsNumberDoesNotMergeTwoEdictsOfOneDay() {
        String data = "Указ № 214 «О республиканском центре обработки данных»";
        String zone = "Указ № 215 «Об изменении указов по вопросам свободной экономической зоны «Минск»»";
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String dataRu = index.add("data-ru", f("Подписан указ о республиканском центре обработки данных",
                "Александр Лукашенко подписал " + data + ". Центр создается для хранения государственных информационных"
                        + " ресурсов и развития облачных сервисов.", "ru", T0));
        String zoneRu = index.add("zone-ru", f("Изменения в работе СЭЗ «Минск»",
                "Глава государства подписал " + zone + ". Резиденты зоны смогут размещать облачные сервисы и центры"
                        + " обработки данных.", "ru", T0.plusSeconds(600)));
        String dataBe = index.add("data-be", f("Падпісаны ўказ аб рэспубліканскім цэнтры апрацоўкі даных",
                "Аляксандр Лукашэнка падпісаў Указ № 214 «Аб рэспубліканскім цэнтры апрацоўкі даных». Цэнтр ствараецца"
                        + " для захоўвання дзяржаўных інфармацыйных рэсурсаў і развіцця воблачных сэрвісаў.", "be",
                T0.plusSeconds(1200)));
        String zoneBe = index.add("zone-be", f("Лукашэнка ўнёс змены ў работу СЭЗ «Мінск»",
                "Кіраўнік дзяржавы падпісаў указ № 215 аб змяненні ўказаў па пытаннях свабоднай эканамічнай зоны «Мінск»."
                        + " Рэзідэнты змогуць размяшчаць воблачныя сэрвісы і цэнтры апрацоўкі даных.", "be",
                T0.plusSeconds(1800)));
        String bridge = index.add("data-en", f("Belarus to set up national data center",
                "MINSK, 7 September (BelTA) - Belarusian President Aleksandr Lukashenko has signed a decree setting up a"
                        + " national data processing center for state information resources and cloud services, BelTA"
                        + " learned from the press service of the head of state.", "en", T0.plusSeconds(2400)));
        String zoneEn = index.add("zone-en", f("Lukashenko amends rules of Minsk free economic zone",
                "Aleksandr Lukashenko signed Decree No. 215 amending the decrees on the Minsk free economic zone. Residents"
                        + " will be able to host cloud services and data processing centers.", "en", T0.plusSeconds(3600)));
        String dataPublished = index.add("data-pravo", f(data, "Официально опубликован. Указом создается государственное"
                        + " учреждение «Республиканский центр обработки данных».", "ru", T0.plus(Duration.ofDays(2))));
        Map<String, String> stories = index.stories();
        assertThat(List.of(stories.get("data-ru"), stories.get("data-be"), stories.get("data-pravo")))
                .as("the versions naming edict No. 214").containsOnly(stories.get("data-ru"));
        assertThat(List.of(stories.get("zone-ru"), stories.get("zone-be"), stories.get("zone-en")))
                .as("the versions naming edict No. 215").containsOnly(stories.get("zone-ru"));
        assertThat(stories.get("data-ru")).as("two edicts of one day, bridged by a version without its number")
                .isNotEqualTo(stories.get("zone-ru"));
    }

    /**
     * The head of state approves a document by an edict once: the legal portal's page publishing the edict two days
     * later, or a newspaper's, is that approval (the edict, the approval and the subject — two details, as a later
     * version needs); an edict approving a document on another subject is not.
     */
    @Test
    void anEdictApprovingADocumentPublishedDaysLaterIsThatApproval() {
        StoryFeatures agency = f("Лукашенко утвердил Концепцию развития облачных вычислений",
                "Глава государства подписал указ, которым утверждена Концепция развития облачных вычислений в"
                        + " государственном секторе.", "ru", T0, "https://www.belta.by/president/view/cloud-concept.html");
        StoryFeatures portal = f("Опубликована Концепция развития облачных вычислений",
                "На Национальном правовом интернет-портале опубликован указ об утверждении Концепции развития облачных"
                        + " вычислений.", "ru", T0.plus(Duration.ofDays(2)), "https://pravo.by/document/cloud-concept.html");
        StoryFeatures other = f("Опубликована Концепция кадрового обеспечения здравоохранения",
                "На Национальном правовом интернет-портале опубликован указ об утверждении Концепции кадрового обеспечения"
                        + " здравоохранения.", "ru", T0.plus(Duration.ofDays(2)), "https://pravo.by/document/health-concept.html");
        assertThat(matcher.score(portal, agency)).as("the edict's publication two days later").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(other, agency)).as("an edict approving another subject's concept").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A body publishes its news in one language and its edition in another the next morning: the same site's page in
     * another language a day and a few hours later, giving the same figures, is the same page (a forum's next-day
     * session on the same site is another event: it gives other figures, or none).
     */
    @Test
    void aSitesEditionInAnotherLanguageTheNextMorningWithTheSameFiguresIsThePage() {
        StoryFeatures en = f("Cities learn to plan with open data",
                "More than 60 specialists of city administrations took part in a UNDP workshop on open data for urban"
                        + " planning in Minsk.", "en", T0, "https://www.undp.org/belarus/news/open-data-cities");
        StoryFeatures ru = f("Города учатся планировать с открытыми данными",
                "Более 60 специалистов городских администраций приняли участие в семинаре ПРООН об открытых данных для"
                        + " городского планирования.", "ru", T0.plus(Duration.ofHours(26)),
                "https://www.undp.org/ru/belarus/news/open-data-cities");
        StoryFeatures next = f("Семинар ПРООН: открытые данные для сельских советов",
                "Около 40 специалистов сельсоветов обсудили на семинаре ПРООН открытые данные.", "ru",
                T0.plus(Duration.ofHours(26)), "https://www.undp.org/ru/belarus/news/open-data-villages");
        assertThat(matcher.score(ru, en)).as("the site's Russian edition the next morning").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(next, en)).as("the site's next workshop, with another figure").isLessThan(StoryGrouper.JOIN);
    }

    /** A body's summing up of its year, however worded: an event of the glossary (not "по итогам переговоров"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Министерство образования подвело итоги работы за 2031 год.",
            "ru | На коллегии рассмотрены итоги деятельности министерства.",
            "be | Міністэрства адукацыі падвяло вынікі работы за 2031 год.",
            "en | The Ministry of Education summed up the results of 2031.",
            "en | The board reviewed the annual results of the ministry."})
    void summingUpTheYearIsAnEvent(String language, String summary) {
        assertThat(keys("News", summary, language)).contains("c:event:results");
    }

    @Test
    void followingTalksIsNoSummingUp() {
        assertThat(keys("News", "По итогам переговоров подписано соглашение.", "ru")).doesNotContain("c:event:results");
    }

    /**
     * A body sums up its year once: the agency's item on the board meeting and the body's own page the next day, or a
     * newspaper's three days later, are that review (the body, the summing up and its subject); the head of state
     * hearing the minister's report on the year some days before is his meeting, not the body's review.
     */
    @Test
    void aBodysSummingUpOfItsYearToldTheNextDayOrDaysLaterIsOneEvent() {
        StoryFeatures agency = f("Минздрав подвел итоги работы за 2031 год",
                "На коллегии Министерства здравоохранения отмечено, что телемедицина охватила все районные больницы.",
                "ru", T0, "https://www.belta.by/society/view/minzdrav-results.html");
        StoryFeatures ministry = f("Состоялась итоговая коллегия Министерства здравоохранения",
                "Рассмотрены итоги деятельности системы здравоохранения в 2031 году и задачи на 2032 год.", "ru",
                T0.plus(Duration.ofHours(20)), "https://minzdrav.gov.by/ru/news/collegium.html");
        StoryFeatures paper = f("Больница в смартфоне",
                "Как телемедицина изменила районные больницы: Министерство здравоохранения подвело итоги года.", "ru",
                T0.plus(Duration.ofDays(3)), "https://www.sb.by/articles/telemedicine.html");
        StoryFeatures report = f("Лукашенко принял с докладом министра здравоохранения",
                "Глава государства принял с докладом министра здравоохранения. Обсуждались итоги работы отрасли за 2031 год"
                        + " и развитие телемедицины в районных больницах.", "ru", T0.minus(Duration.ofDays(3)),
                "https://president.gov.by/ru/events/report-minzdrav.html");
        assertThat(matcher.score(ministry, agency)).as("the ministry's own page the next day").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(paper, agency)).as("a newspaper three days later").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(agency, report)).as("the head of state hearing the minister's report on the year, three days before")
                .isLessThan(StoryGrouper.JOIN);
    }

    // ---- fourteenth round (fresh24-fresh26, the thirteenth round's blind judges, as tuning sets) ----

    /**
     * A law named by its title is what every stage of its life is about — its readings, the head of state's meeting
     * on it, the upper house's approval, the bodies implementing it —, each a week or so from the next and often told
     * by another site: the shared title is the subject of those items, not a detail of one event. It is one only when
     * the items share what was done to the law (an event either names) and no body acting on it differs.
     */
    @Test
    void aLawNamedByItsTitleIsWhatItsStagesAreAboutNotTheirEvent() {
        StoryFeatures reading = f("Депутаты приняли во втором чтении поправки в Закон «О научной деятельности»",
                "Палата представителей приняла во втором чтении законопроект об изменении Закона «О научной деятельности»."
                        + " Документ направлен в Совет Республики.", "ru", T0, "https://www.belta.by/politics/view/nauka-2.html");
        StoryFeatures readingEn = f("MPs pass amendments to Law on Scientific Activity in second reading",
                "The House of Representatives passed in the second reading the amendments to the Law on Scientific Activity.",
                "en", T0.plus(Duration.ofHours(3)), "https://eng.belta.by/politics/view/science-law.html");
        StoryFeatures meeting = f("Совещание по вопросам развития науки",
                "Глава государства провел совещание, на котором обсуждался принятый Палатой представителей Закон «О научной"
                        + " деятельности».", "ru",
                T0.plus(Duration.ofDays(5)), "https://president.gov.by/ru/events/soveshchanie-nauka.html");
        StoryFeatures government = f("Правительство утвердило порядок аттестации научных работников",
                "Постановление Совета Министров принято в развитие Закона «О научной деятельности».", "ru",
                T0.plus(Duration.ofDays(20)), "https://www.government.by/ru/content/attestation.html");
        StoryFeatures academy = f("Президиум НАН утвердил план реализации Закона «О научной деятельности»",
                "Президиум Национальной академии наук утвердил план мероприятий по реализации закона.", "ru",
                T0.plus(Duration.ofDays(20)).plus(Duration.ofHours(4)), "https://nasb.gov.by/rus/news/plan.html");
        assertThat(matcher.score(reading, readingEn)).as("the reading in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(meeting, reading)).as("the head of state's meeting on the law five days after its reading")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(government, academy)).as("the government's and the Academy's acts implementing the law")
                .isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A chamber's committee recommending that the chamber approve a law is the committee's stage of it; the chamber's
     * approval days later is another. "Рекомендовала одобрить" — an approval wished for, in the infinitive — is no
     * approval, and the recommendation is a deed of its own.
     */
    @Test
    void aCommitteeRecommendingApprovalIsNotTheApproval() {
        StoryFeatures committee = f("Комиссия Совета Республики рекомендовала одобрить Закон «Об электронном документе»",
                "Постоянная комиссия Совета Республики по экономике рассмотрела Закон «Об электронном документе и"
                        + " электронной цифровой подписи» и рекомендовала сенаторам одобрить его.", "ru", T0,
                "https://www.belta.by/politics/view/komissiya-edoc.html");
        StoryFeatures chamber = f("Совет Республики одобрил Закон «Об электронном документе»",
                "Сенаторы на заседании Совета Республики одобрили Закон «Об электронном документе и электронной цифровой"
                        + " подписи».", "ru", T0.plus(Duration.ofHours(44)), "https://www.belta.by/politics/view/sovet-edoc.html");
        assertThat(keys("Новости", "Комиссия рекомендовала сенаторам одобрить закон.", "ru"))
                .as("an approval recommended").doesNotContain("c:event:approval");
        assertThat(matcher.score(committee, chamber)).as("the committee's recommendation and the chamber's approval")
                .isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A conference has parts — its plenary, its sections, panels and round tables —, each told by its own items, and
     * every item of it names the conference, its host and its theme: the frame of all its parts. An item about one
     * section is not an item about the opening (nor about another section), though all three concepts are shared the
     * same day; the opening's versions still meet.
     */
    @Test
    void aConferencesSectionIsNotItsOpening() {
        StoryFeatures opening = f("В БГУ открылась международная конференция по искусственному интеллекту",
                "Более 400 участников из 12 стран собрала конференция «Интеллектуальные системы», открывшаяся 14 мая в"
                        + " БГУ. На пленарном заседании обсуждают применение искусственного интеллекта в промышленности.",
                "ru", T0, "https://www.belta.by/society/view/conf-bsu.html");
        StoryFeatures openingEn = f("Intelligent Systems conference opens at BSU",
                "The international conference Intelligent Systems opened at BSU on 14 May, bringing together over 400"
                        + " participants from 12 countries. The plenary session discusses artificial intelligence in industry.",
                "en", T0.plus(Duration.ofHours(1)), "https://eng.belta.by/society/view/conf-bsu.html");
        StoryFeatures retold = f("Умные системы: в БГУ стартовала большая конференция",
                "Конференция по искусственному интеллекту в БГУ в этом году собрала рекордное число докладов, рассказал"
                        + " ректор на открытии.", "ru", T0.plus(Duration.ofHours(20)), "https://www.sb.by/articles/smart-systems.html");
        StoryFeatures section = f("На секции конференции в БГУ обсудили ИИ в сельском хозяйстве",
                "Секция «Искусственный интеллект в агропромышленном комплексе» конференции прошла в БГУ. Разработчики"
                        + " рассказали о беспилотных тракторах.", "ru", T0.plus(Duration.ofHours(22)),
                "https://www.belta.by/society/view/conf-section.html");
        assertThat(matcher.score(openingEn, opening)).as("the opening in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(section, retold)).as("a section and a newspaper's piece on the opening")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(section, opening)).as("a section and the opening").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A forum is held in one city, and every item of it names the city: an item about one of its sections and the head
     * of state's address to its plenary the next day share the city, the countries, the forum and its edition ("XII",
     * read as an acronym) — its frame, not a detail of either part.
     */
    @Test
    void theCityOfAForumIsNoDetailOfItsSection() {
        StoryFeatures section = f("На Форуме городов-побратимов обсудили цифровые сервисы",
                "Секция «Умный город» прошла в Могилеве в первый день XII Форума городов-побратимов Беларуси и Китая."
                        + " Участники обсудили электронные очереди в поликлиниках.", "ru", T0,
                "https://www.belta.by/regions/view/forum-section.html");
        StoryFeatures address = f("Обращение к участникам Форума городов-побратимов Беларуси и Китая",
                "Глава государства обратился к участникам пленарного заседания XII Форума городов-побратимов в Могилеве."
                        + " Тема форума — сотрудничество регионов Беларуси и Китая.", "ru", T0.plus(Duration.ofHours(19)),
                "https://president.gov.by/ru/events/obrashchenie-forum.html");
        assertThat(matcher.score(address, section)).as("the head of state's address the next day and a section")
                .isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Two governments sign several documents at one sitting: the same actors, the signing and the sitting are shared by
     * all of them the same day. Each item names what its document is about; when they share none of it, there is no
     * subject to make the actor-event-subject triple.
     */
    @Test
    void twoDocumentsSignedAtOneSittingOnOtherSubjectsAreTwoEvents() {
        StoryFeatures satellites = f("Беларусь и Казахстан подписали программу по спутниковой связи",
                "Программа совместного использования спутников подписана по итогам заседания межправительственной комиссии"
                        + " Беларуси и Казахстана, сообщили в правительстве.", "ru", T0,
                "https://www.belta.by/economics/view/sputnik-kz.html");
        StoryFeatures tariffs = f("Belarus, Kazakhstan agree on railway tariffs",
                "An agreement on railway tariffs for transit cargo was signed at the sitting of the Belarus-Kazakhstan"
                        + " intergovernmental commission, the government said.", "en", T0.plus(Duration.ofHours(2)),
                "https://eng.belta.by/economics/view/railway-kz.html");
        assertThat(matcher.score(tariffs, satellites)).as("another document signed at the same sitting").isLessThan(StoryGrouper.JOIN);
    }

    // ---- fifteenth round (fresh27-fresh29, the fourteenth round's blind judges, as tuning sets: recall) ----

    /**
     * The subjects of the digital economy and two chambers' other names, as each language writes them: a version that
     * names its subject in its own words (a headline's "айтишники", the Belarusian "ІТ-галіна", "лічбавы рубель")
     * shares it with the others only when the glossary knows the words.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | Айтишники должны больше работать на отечественные заводы. | c:theme:it-industry",
            "be | Іт-галіна павялічыла выручку. | c:theme:it-industry",
            "en | The IT sector keeps growing. | c:theme:it-industry",
            "ru | Цифровые рубли можно будет переводить между кошельками. | c:theme:digital-currency",
            "be | Лічбавы рубель з'явіцца ў кашальках. | c:theme:digital-currency",
            "en | The digital ruble enters its second phase. | c:theme:digital-currency",
            "ru | Через портал доступны электронные услуги для пенсионеров. | c:theme:e-services",
            "be | Дзяржпаслугі стануць даступныя праз тэлефон. | c:theme:e-services",
            "en | Pensioners can use e-services through the portal. | c:theme:e-services",
            "ru | Нижняя палата приняла законопроект. | c:org:parliament",
            "ru | Верхняя палата завершила работу над документом. | c:org:council-of-republic",
            "ru | Модельный закон для стран Содружества готов. | c:org:cis",
            "be | Банк запусціў новы сэрвіс. | c:event:opening",
            "be | Банк адкрыў новае аддзяленне. | c:event:opening",
            "ru | Наццентр ИИ передал больнице систему. | c:org:ai-centre",
            "en | The National AI Centre signed a contract. | c:org:ai-centre",
            "be | Нацыянальны цэнтр штучнага інтэлекту падпісаў дагавор. | c:org:ai-centre",
            "be | Пра гэта паведамілі ў Дзяржстандарце. | c:org:gosstandart",
            "be | Мінаховы здароўя атрымала платформу. | c:org:minzdrav",
            "en | The board reviewed the results of the season. | c:event:results"})
    void theDigitalEconomysSubjectsAndTheChambersOtherNamesAreConcepts(String language, String summary, String key) {
        assertThat(keys("Навіны", summary, language)).contains(key);
    }

    /**
     * A bank's launch told in two languages the same day, each naming what was launched in its own words: the bank, the
     * launch and the subject are the actor-event-subject triple once the subject is a concept; the bank's other news
     * the same day (a count of payments) shares the bank and a number of nothing.
     */
    @Test
    void aLaunchNamingItsSubjectInEachLanguagesOwnWordsIsOneEvent() {
        StoryFeatures ru = f("Нацбанк открыл гражданам кошельки цифрового рубля",
                "Национальный банк открыл физическим лицам кошельки в цифровых рублях: первыми их получат клиенты четырех"
                        + " банков.", "ru", T0, "https://www.belta.by/finance/view/cbdc-wallets.html");
        StoryFeatures be = f("Нацбанк адкрыў грамадзянам кашалькі лічбавага рубля",
                "Нацыянальны банк адкрыў фізічным асобам кашалькі ў лічбавых рублях: першымі іх атрымаюць кліенты чатырох"
                        + " банкаў.", "be", T0.plus(Duration.ofHours(3)), "https://blr.belta.by/finance/view/cbdc-wallets.html");
        StoryFeatures payments = f("Нацбанк: мгновенных платежей стало вдвое больше",
                "Через систему мгновенных платежей Национального банка за квартал прошло 18 млн переводов.", "ru",
                T0.plus(Duration.ofHours(5)), "https://www.belta.by/finance/view/instant-payments.html");
        assertThat(matcher.score(be, ru)).as("the launch in Russian and Belarusian").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(payments, ru)).as("the bank's other news the same day").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A newspaper retells an agency's item two days later under a headline of its own, with none of its figures: it
     * names the institution and what the event was about, and nothing of another event. It joins; the same body's
     * other deed on the subject (a fine after an inspection), the body on another subject, the head of state's meeting
     * with the body's head, and a piece six days later do not (five days, the sixteenth round's window, do).
     */
    @Test
    void aNewspapersRetellingInItsOwnWordsDaysLaterIsTheEventButNotTheBodysOtherDeeds() {
        StoryFeatures agency = f("ОАЦ утвердил требования к мониторингу критически важных объектов информатизации",
                "Оперативно-аналитический центр утвердил требования к мониторингу безопасности критически важных объектов"
                        + " информатизации. Владельцы объектов должны подключиться к системе мониторинга до 1 июля.",
                "ru", T0, "https://www.belta.by/society/view/oac-cii-monitoring.html");
        StoryFeatures newspaper = f("Под присмотром: что изменится для владельцев важных систем",
                "ОАЦ ужесточил правила для критически важных объектов информатизации. Газета выяснила, к чему готовиться"
                        + " предприятиям и сколько это будет стоить.", "ru", T0.plus(Duration.ofDays(2)),
                "https://www.sb.by/articles/pod-prismotrom.html");
        StoryFeatures fine = f("ОАЦ оштрафовал владельца критически важного объекта информатизации",
                "По итогам проверки Оперативно-аналитический центр оштрафовал предприятие, не защитившее критически важный"
                        + " объект информатизации.", "ru", T0.plus(Duration.ofDays(1)),
                "https://www.belta.by/society/view/oac-fine.html");
        StoryFeatures phishing = f("Осторожно, фишинг: о чем предупреждает ОАЦ",
                "ОАЦ рассказал газете о рассылках от имени банков и о том, как не попасться мошенникам.", "ru",
                T0.plus(Duration.ofDays(2)), "https://www.sb.by/articles/fishing.html");
        StoryFeatures headOfState = f("Лукашенко принял с докладом руководителя ОАЦ",
                "Глава государства заслушал доклад руководителя ОАЦ о защите критически важных объектов информатизации.",
                "ru", T0.plus(Duration.ofDays(1)), "https://president.gov.by/ru/events/doklad-oac.html");
        StoryFeatures late = f(newspaper, T0.plus(Duration.ofDays(6)));
        assertThat(matcher.score(newspaper, agency)).as("the newspaper's piece two days later")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(newspaper, fine)).as("the body's fine the day after").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(phishing, agency)).as("the body on another subject").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(headOfState, agency)).as("the head of state's meeting with the body's head")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(late, agency)).as("six days later").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A piece in its own words is like each of a body's events on its subject within days, and it may not make them
     * one: it joins the story it resembles most and bridges none.
     */
    @Test
    void aRetellingInItsOwnWordsJoinsOneStoryButBridgesNone() {
        StoryFeatures approval = f("ОАЦ утвердил требования к мониторингу критически важных объектов информатизации",
                "Оперативно-аналитический центр утвердил требования к мониторингу безопасности критически важных объектов"
                        + " информатизации.", "ru", T0, "https://www.belta.by/society/view/oac-cii-monitoring.html");
        StoryFeatures list = f("ОАЦ утвердил перечень критически важных объектов информатизации",
                "Оперативно-аналитический центр утвердил обновленный перечень критически важных объектов информатизации.",
                "ru", T0.plus(Duration.ofHours(26)), "https://www.belta.by/society/view/oac-cii-list.html");
        StoryFeatures newspaper = f("Важные системы под защитой",
                "ОАЦ утвердил новые правила для критически важных объектов информатизации: газета объясняет, что они"
                        + " значат для предприятий.", "ru", T0.plus(Duration.ofDays(2)), "https://www.sb.by/articles/zashchita.html");
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String first = index.add("approval", approval);
        String second = index.add("list", list);
        assertThat(second).as("the body's other approval the next day is another story").isNotEqualTo(first);
        String retold = index.add("newspaper", newspaper);
        assertThat(retold).as("the piece joins a story").isIn(first, second);
        assertThat(Set.copyOf(index.stories().values())).as("and merges none").containsExactlyInAnyOrder(first, second);
    }

    // ---- sixteenth round (fresh30, fresh31, the fifteenth round's blind judges, as tuning sets: recall, one false bridge) ----

    /**
     * A chamber passes several bills in first reading at one sitting, and two of them may touch one secondary subject
     * (artificial intelligence in advertising and in online trade). A legal portal's explainer days later on one of the
     * bills names the reading, the chamber and that secondary subject: it is that bill's reading, not the other's —
     * each of the other bill's items names a subject of its own (advertising) the explainer does not, and it one
     * (trade) they do not.
     */
    @Test
    void aReadingRetoldDaysLaterIsNotAnotherBillsReadingOnAnotherSubject() {
        StoryFeatures advertising = f("Депутаты приняли в первом чтении изменения в закон о рекламе",
                "Палата представителей приняла в первом чтении законопроект об изменении Закона «О рекламе». Поправки"
                        + " вводят обязательную маркировку рекламы, созданной с помощью искусственного интеллекта.", "ru", T0,
                "https://www.belta.by/politics/view/reklama-first-reading.html");
        StoryFeatures trade = f("В первом чтении одобрены поправки в закон о торговле",
                "Палата представителей одобрила в первом чтении законопроект об изменении Закона «О торговле». Маркетплейсы"
                        + " обяжут сообщать покупателям, когда им отвечает искусственный интеллект.", "ru",
                T0.plus(Duration.ofMinutes(40)), "https://www.belta.by/politics/view/torgovlya-first-reading.html");
        StoryFeatures explainer = f("Маркетплейсы и искусственный интеллект: что меняет законопроект",
                "Одобренный парламентариями в первом чтении проект обязывает маркетплейсы предупреждать покупателей об"
                        + " ответах искусственного интеллекта. Юристы сравнили новые нормы о торговле с действующими.", "ru",
                T0.plus(Duration.ofDays(4)), "https://pravo.by/novosti/marketplace-ai.html");
        assertThat(matcher.score(explainer, trade)).as("the explainer and its bill's reading")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(explainer, advertising)).as("the explainer and another bill's reading the same sitting")
                .isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A newspaper's or a partner's piece in its own words comes one to five days after the agency's item (a weekly
     * column, a ministry's page after a holiday weekend): within five days it joins, as within four; six days later a
     * body's next event on the subject is what such a piece looks like, and it does not.
     */
    @ParameterizedTest(name = "{0} hours later: joins {1}")
    @CsvSource({"30, true", "90, true", "110, true", "119, true", "145, false", "160, false"})
    void aRetellingInItsOwnWordsComesUpToFiveDaysLater(int hours, boolean joins) {
        StoryFeatures agency = f("Минздрав внедряет систему электронных рецептов в больницах Гродно",
                "Министерство здравоохранения сообщило, что больницы Гродно переходят на электронные рецепты: врачи"
                        + " выписывают их через единую медицинскую информационную систему.", "ru", T0,
                "https://www.belta.by/society/view/e-recipes-grodno.html");
        StoryFeatures column = f("Рецепт без бумаги: как это работает в Гродно",
                "Минздрав перевел больницы Гродно на электронные рецепты. Газета выяснила у врачей, что изменилось для"
                        + " пациентов и аптек.", "ru", T0.plus(Duration.ofHours(hours)), "https://www.sb.by/articles/recept-bez-bumagi.html");
        double score = matcher.score(column, agency);
        if (joins) {
            assertThat(score).as("the piece %d hours later", hours).isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        } else {
            assertThat(score).as("the piece %d hours later", hours).isLessThan(StoryGrouper.JOIN);
        }
    }

    /**
     * Bodies and places named otherwise in each language or by a newspaper: an intergovernmental body's supreme council
     * by its full name, its short form or its acronym, a regional commonwealth that is not the CIS itself, two science
     * foundations, a city by its other name, an industrial park in the locative with its fleeting vowel, the IT
     * industry written with Latin letters in a Cyrillic text, an electronic signature without "digital".
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ru | Решение принял Высший Государственный Совет. | c:org:supreme-state-council",
            "ru | Главные решения Высшего Госсовета вступят в силу. | c:org:supreme-state-council",
            "ru | Итоги ВГС прокомментировали эксперты. | c:org:supreme-state-council",
            "be | Пасяджэнне Вышэйшага Дзяржаўнага Савета адбылося ў Маскве. | c:org:supreme-state-council",
            "en | The Supreme State Council met in Moscow. | c:org:supreme-state-council",
            "ru | Заседание Высшего Евразийского экономического совета завершилось. | c:org:eaeu",
            "be | Пасяджэнне Вышэйшага Еўразійскага эканамічнага савета завяршылася. | c:org:eaeu",
            "en | The Supreme Eurasian Economic Council met on Friday. | c:org:eaeu",
            "ru | Итоги года подвело Региональное содружество в области связи. | c:org:rcc",
            "be | Рэгіянальная садружнасць у галіне сувязі правяла пасяджэнне. | c:org:rcc",
            "en | The Regional Commonwealth in the Field of Communications met. | c:org:rcc",
            "ru | Конкурс объявил Белорусский республиканский фонд фундаментальных исследований. | c:org:brffr",
            "be | Конкурс абвясціў Беларускі рэспубліканскі фонд фундаментальных даследаванняў. | c:org:brffr",
            "en | BRFFR named the winners. | c:org:brffr",
            "ru | Гранты выделит Российский научный фонд. | c:org:rsf",
            "en | The Russian Science Foundation backs the call. | c:org:rsf",
            "ru | Лидеры собрались в Северной столице. | c:place:st-petersburg",
            "ru | Саммит прошел в Санкт-Петербурге. | c:place:st-petersburg",
            "be | Саміт прайшоў у Санкт-Пецярбургу. | c:place:st-petersburg",
            "en | The summit took place in St Petersburg. | c:place:st-petersburg",
            "ru | Центр заработал в «Великом камне». | c:place:great-stone",
            "ru | Рынок труда в IT-отрасли меняется. | c:theme:it-industry",
            "ru | Электронная подпись будет признаваться в обеих странах. | c:theme:e-signature"})
    void bodiesAndPlacesNamedOtherwiseAreTheGlossarysConcepts(String language, String summary, String key) {
        assertThat(keys("Навіны", summary, language)).contains(key);
    }

    /**
     * An assembly adopts several model laws at one plenary in one city. "Model law" says what kind of act each is, not
     * what it is about: with the assembly, the city and the kind of act in common and nothing of either law's subject,
     * two model laws of one sitting are two events — the city is no detail of either.
     */
    @Test
    void twoModelLawsAdoptedInOneCityAreTwoEvents() {
        StoryFeatures robots = f("МПА СНГ приняла модельный закон о робототехнике",
                "На пленарном заседании Межпарламентской ассамблеи СНГ в Астане депутаты приняли модельный закон о"
                        + " безопасном применении роботов на производстве.", "ru", T0, "https://www.belta.by/politics/view/mpa-robots.html");
        StoryFeatures archives = f("В СНГ принят модельный закон об электронных архивах",
                "Межпарламентская ассамблея СНГ в Астане приняла модельный закон об электронных архивах и хранении"
                        + " документов.", "ru", T0.plus(Duration.ofHours(1)), "https://www.belta.by/politics/view/mpa-archives.html");
        assertThat(matcher.score(archives, robots)).as("two model laws of one plenary").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A body's sitting told the same day by two versions (the body's own page and the agency, or two languages) with
     * the body and what it dealt with in common is one event, though a sitting alone is the frame of all a body decides
     * that day; the body's sitting on a subject of its own the same day is not.
     */
    @Test
    void aBodysSittingOnOneSubjectToldTwiceTheSameDayIsOneEvent() {
        StoryFeatures own = f("Заседание Совета Министров",
                "На заседании Совета Министров рассмотрен ход перевода государственных информационных систем в облачную"
                        + " платформу. Отмечено отставание в цифровом развитии ряда министерств.", "ru", T0,
                "https://government.by/ru/content/sitting.html");
        StoryFeatures agency = f("Урад абмеркаваў перавод інфармацыйных сістэм у воблака",
                "На пасяджэнні Савета Міністраў разгледжаны ход пераводу дзяржаўных інфармацыйных сістэм на воблачную"
                        + " платформу і лічбавае развіццё міністэрстваў.", "be", T0.plus(Duration.ofHours(2)),
                "https://blr.belta.by/economics/view/cloud-sitting.html");
        StoryFeatures tariffs = f("На заседании правительства обсудили тарифы на электроэнергию",
                "На заседании Совета Министров рассмотрены тарифы на электроэнергию для населения и облачные сервисы"
                        + " энергосбыта.", "ru", T0.plus(Duration.ofHours(3)), "https://www.belta.by/economics/view/tariffs-sitting.html");
        assertThat(matcher.score(agency, own)).as("the sitting on one subject in two versions").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(tariffs, own)).as("the sitting's other subject").isLessThan(StoryGrouper.JOIN);
    }

    // ---- seventeenth round (fresh32, fresh33, the sixteenth round's blind judges, as tuning sets: recall) ----

    /**
     * The head of state hears a body's head with a report: the body whose head reports is what the report is about, as
     * the ministry is what an appointment is about. The president's site and the agency tell it within the hour in
     * their languages and name nothing else in common (the report's matters in each one's own words); the same
     * afternoon's report by another body's head, or by the prime minister (both name the government), is another event.
     */
    @Test
    void theHeadOfStateHearingABodysHeadsReportIsOneEventButNotAnotherBodysReport() {
        StoryFeatures site = f("Доклад Председателя Национального банка",
                "Александр Лукашенко принял с докладом Председателя Правления Национального банка. Обсуждались"
                        + " устойчивость банковской системы и наличное обращение.", "ru", T0,
                "https://president.gov.by/ru/events/doklad-nacbank.html");
        StoryFeatures agency = f("Lukashenko hears report from National Bank chief",
                "Belarusian President Aleksandr Lukashenko received a report from the head of the National Bank. They"
                        + " talked about the stability of lenders and cash circulation.", "en", T0.plus(Duration.ofMinutes(50)),
                "https://eng.belta.by/president/view/national-bank-report.html");
        StoryFeatures kgb = f("Доклад Председателя КГБ",
                "Александр Лукашенко принял с докладом Председателя КГБ. Обсуждалась обстановка на границе.", "ru",
                T0.plus(Duration.ofHours(3)), "https://president.gov.by/ru/events/doklad-kgb.html");
        StoryFeatures minister = f("Report by Communications Minister",
                "Aleksandr Lukashenko received the communications and informatization minister with a report on government"
                        + " online services.", "en", T0.plus(Duration.ofHours(4)), "https://president.gov.by/en/events/report-mincomm.html");
        StoryFeatures premier = f("Доклад Премьер-министра",
                "Александр Лукашенко принял с докладом Премьер-министра. Обсуждались итоги работы правительства за месяц.",
                "ru", T0.plus(Duration.ofHours(5)), "https://president.gov.by/ru/events/doklad-premier.html");
        assertThat(matcher.score(agency, site)).as("the National Bank head's report in two languages")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(kgb, site)).as("another body's report the same day").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(premier, minister)).as("a minister's report and the prime minister's").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A newspaper's or a partner's piece in its own words comes the same day or the next morning too, not only days
     * later: it names the body and the subject and none of the agency's figures. Within a day it joins as a retelling
     * days later does — when the body in common is one of its own (not the government every ministry's item names) and
     * the two do not each tell a routine deed (the same body approving two standards the same day are two approvals).
     */
    @Test
    void anotherSitesPieceInItsOwnWordsTheSameDayIsTheEventButNotTheBodysOtherApproval() {
        StoryFeatures agency = f("Нацбанк начнет тестировать цифровой рубль с тремя банками",
                "Национальный банк объявил, что в апреле пилотные операции с цифровым рублем проведут три коммерческих"
                        + " банка. Участникам выдадут 500 тестовых кошельков.", "ru", T0,
                "https://www.belta.by/economics/view/digital-rouble-pilot.html");
        StoryFeatures paper = f("Деньги нового типа: как будет работать цифровой рубль",
                "В Нацбанке рассказали газете, зачем стране цифровой рубль и чем он отличается от безналичных денег на"
                        + " карточке. Первыми его опробуют клиенты нескольких банков.", "ru", T0.plus(Duration.ofHours(19)),
                "https://www.sb.by/articles/dengi-novogo-tipa.html");
        StoryFeatures standardA = f("Госстандарт утвердил стандарт на зарядные станции",
                "Государственный комитет по стандартизации утвердил стандарт на зарядные станции для электромобилей.",
                "ru", T0, "https://www.belta.by/society/view/charging-standard.html");
        StoryFeatures standardB = f("Утверждены стандарты для облачных сервисов",
                "Госстандарт утвердил два стандарта по облачным вычислениям, разработанные с участием ПВТ.", "ru",
                T0.plus(Duration.ofHours(5)), "https://www.gosstandart.gov.by/news/cloud-standards.html");
        assertThat(matcher.score(paper, agency)).as("the newspaper's piece the next morning")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(standardB, standardA)).as("the body's other approval the same day").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * A Russian and a Belarusian version of one item share most roots of their words, spelled each language's way
     * (фермеры/фермеры, торфяники/тарфянікі, консультации/кансультацыі, компенсировать/кампенсаваць), though the
     * glossary knows none of them and the words' own keys are compared within one language only: the same day that is
     * one detail. The body's other notice the same day, in Belarusian, shares its name's three roots and no more.
     */
    @Test
    void aRussianAndABelarusianVersionSharingMostRootsTheSameDayAreOneEventButNotTheBodysOtherNotice() {
        StoryFeatures ru = f("Минприроды обсудило с фермерами сохранение торфяников",
                "Министерство природных ресурсов провело консультации с фермерами о сохранении торфяников. Специалисты"
                        + " предложили ограничить осушение и компенсировать фермерам потери урожая.", "ru", T0,
                "https://www.belta.by/society/view/peatlands-consultations.html");
        StoryFeatures be = f("Мінпрыроды абмеркавала з фермерамі захаванне тарфянікаў",
                "Міністэрства прыродных рэсурсаў правяло кансультацыі з фермерамі аб захаванні тарфянікаў. Спецыялісты"
                        + " прапанавалі абмежаваць асушэнне і кампенсаваць фермерам страты ўраджаю.", "be",
                T0.plus(Duration.ofHours(2)), "https://blr.belta.by/society/view/peatlands-consultations-be.html");
        StoryFeatures notice = f("Мінпрыроды нагадала пра забарону выпальвання травы",
                "Міністэрства прыродных рэсурсаў нагадала, што выпальванне сухой травы забаронена пад страхам штрафу.",
                "be", T0.plus(Duration.ofHours(3)), "https://blr.belta.by/society/view/grass-burning-be.html");
        assertThat(matcher.score(be, ru)).as("the consultations in Russian and Belarusian").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(notice, ru)).as("the body's other notice the same day").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Eighteenth round: one site's English page and its Russian edition the same morning translate each other — the
     * same two institutions and the same subject, no figure, nothing else either names — but across languages their
     * words are not compared, and two institutions and a theme are no detail on their own. The same site's other page
     * that day, with the same partners and subject, counts the people trained: a figure the English page does not give.
     */
    @Test
    void aSitesPageAndItsEditionInAnotherLanguageTheSameDayAreOneEventButNotItsOtherPageWithAFigure() {
        StoryFeatures en = f("New handbook on SDG data for journalists",
                "UNDP and Belstat have published a handbook for journalists on finding and citing data on the"
                        + " Sustainable Development Goals.", "en", T0,
                "https://www.undp.org/belarus/news/handbook-sdg-data-journalists");
        StoryFeatures ru = f("Вышел справочник по данным ЦУР для журналистов",
                "ПРООН и Белстат издали справочник для журналистов о том, как находить и цитировать данные о Целях"
                        + " устойчивого развития.", "ru", T0.plus(Duration.ofMinutes(20)),
                "https://www.undp.org/ru/belarus/news/spravochnik-dannye-tsur-zhurnalisty");
        StoryFeatures training = f("Специалистов райисполкомов обучили показателям ЦУР",
                "При поддержке ПРООН Белстат провел обучение для 120 специалистов райисполкомов по сбору и анализу"
                        + " показателей Целей устойчивого развития.", "ru", T0.plus(Duration.ofHours(4)),
                "https://www.undp.org/ru/belarus/news/obuchenie-spetsialistov-tsur");
        assertThat(matcher.score(ru, en)).as("the page and its Russian edition").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(training, en)).as("the site's other page that day, with a figure").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Twentieth round: a service's outage is told in stages within hours — users report failures, the operator restores
     * it — by an acronym outside the glossary and no event type the glossary knew: the acronym and the outage the same
     * day are one event. The operator's notice of planned works the same day names the system, no outage.
     */
    @Test
    void anOutageToldInStagesIsOneEventButNotThePlannedWorksOfTheSameSystem() {
        StoryFeatures ru = f("В работе СМДО наблюдаются сбои",
                "Пользователи системы межведомственного документооборота СМДО с утра сообщают о сбоях: документы не"
                        + " отправляются.", "ru", T0, "https://www.belta.by/society/view/smdo-sboi.html");
        StoryFeatures en = f("SMDO back to normal after morning failure",
                "The interagency document exchange system SMDO works normally again after a failure in the morning, its"
                        + " operator said.", "en", T0.plus(Duration.ofHours(3)),
                "https://eng.belta.by/society/view/smdo-restored.html");
        StoryFeatures planned = f("СМДО будет недоступна в субботу из-за плановых работ",
                "Оператор системы межведомственного документооборота СМДО предупредил о плановых технических работах в"
                        + " субботу.", "ru", T0.plus(Duration.ofHours(5)),
                "https://www.belta.by/society/view/smdo-planned.html");
        assertThat(matcher.score(en, ru)).as("the failure and its end").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(planned, en)).as("the planned works").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(planned, ru)).as("the planned works").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Twentieth round: a newspaper's piece two days after the agency's, in the same language and its own headline,
     * names no body and no figure of the item but shares its rare words (consignors, carriers, consignment notes):
     * it tells the same thing, and joins the story as a retelling (never bridging two). The newspaper's piece on
     * another measure for the same carriers, with its own figures, shares the words and not the figures.
     */
    @Test
    void anotherSitesPieceSharingRareWordsIsARetellingButNotOneWithOtherFigures() {
        StoryFeatures agency = f("Перевозчики переходят на электронные накладные",
                "С 1 марта 12 тысяч грузоотправителей и перевозчиков обязаны оформлять товарно-транспортные накладные в"
                        + " электронном виде.", "ru", T0, "https://www.belta.by/economics/view/e-nakladnye.html");
        StoryFeatures paper = f("Бумага уходит с трассы",
                "Что изменится для перевозчиков и грузоотправителей, когда товарно-транспортные накладные станут"
                        + " электронными, рассказали эксперты.", "ru", T0.plus(Duration.ofDays(2)),
                "https://www.sb.by/articles/bumaga-ukhodit.html");
        StoryFeatures other = f("Перевозчики получат доступ к электронным очередям на границе",
                "Грузоотправители и перевозчики смогут бронировать время пересечения границы; товарно-транспортные"
                        + " накладные проверят за 15 минут у 40% машин.", "ru", T0.plus(Duration.ofDays(2)),
                "https://www.sb.by/articles/ocheredi.html");
        assertThat(matcher.score(paper, agency)).as("the newspaper's piece")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(other, agency)).as("another measure, with its own figures").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Twenty-first round: a foreign legislature passing its own bill on the same subject in first reading — it names
     * its country, ours names none (the agency's home is no country key) — is another event, the same day or a week
     * later, though both tell a reading of a bill on one subject by deputies. Our reading retold by a newspaper the
     * same week still meets our reading.
     */
    @Test
    void aForeignLegislaturesReadingOfABillOnTheSameSubjectIsAnotherEvent() {
        StoryFeatures ours = f("Законопроект о беспилотниках принят в первом чтении",
                "Палата представителей одобрила законопроект о беспилотных авиационных системах в первом чтении.", "ru",
                T0, "https://www.news.by/news/bespilotniki-pervoe-chtenie");
        StoryFeatures foreignSameDay = f("Мажилис Казахстана принял в первом чтении законопроект о беспилотниках",
                "Депутаты Мажилиса Казахстана одобрили в первом чтении законопроект о беспилотных авиационных системах, который"
                        + " обязывает регистрировать дроны.", "ru", T0.plus(Duration.ofHours(5)),
                "https://www.belta.by/world/view/mazhilis-bespilotniki.html");
        StoryFeatures foreignLater = f("Мажилис Казахстана принял в первом чтении законопроект о беспилотниках",
                "Депутаты Мажилиса Казахстана одобрили в первом чтении законопроект о беспилотных авиационных системах, который"
                        + " обязывает регистрировать дроны.", "ru", T0.plus(Duration.ofDays(5)),
                "https://www.belta.by/world/view/mazhilis-bespilotniki.html");
        StoryFeatures retold = f("Дронам напишут правила",
                "Парламентарии сделали первый шаг: законопроект о беспилотных авиационных системах прошел первое чтение"
                        + " в Палате представителей.", "ru", T0.plus(Duration.ofDays(2)),
                "https://www.sb.by/articles/dronam-napishut-pravila.html");
        assertThat(matcher.score(foreignSameDay, ours)).as("another country's reading the same day").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(foreignLater, ours)).as("another country's reading days later").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(retold, ours)).as("our reading retold").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-first round: every stage of a law's life names its title. Days apart, the title is a detail of one stage
     * only where neither tells a deed, an institution, a person or a figure the other does not: a chamber's committee
     * recommending a law's amendments and a newspaper's piece six days later on the plenary's approval (the head of
     * state's signature next), or the amendments taking effect and a body's figures on the register two days later,
     * are two events. A news site's explainer the next day on the law taking effect, naming nothing of its own, is
     * that event.
     */
    @Test
    void aLawsTitleDaysApartIsNoDetailOfTwoStagesEachWithSomethingOfItsOwn() {
        StoryFeatures committee = f("Комиссия Совета Республики поддержала изменения в закон о персональных данных",
                "Постоянная комиссия Совета Республики по законодательству рекомендовала на заседании одобрить изменения"
                        + " в Закон «О защите персональных данных».", "ru", T0,
                "https://www.belta.by/politics/view/komissija-personalnye-dannye.html");
        StoryFeatures plenaryRetold = f("Сенаторы завершили работу над поправками о персональных данных",
                "Верхняя палата парламента накануне поддержала изменения в Закон «О защите персональных данных». Теперь"
                        + " документ ждет подписи Главы государства.", "ru", T0.plus(Duration.ofDays(6)),
                "https://www.sb.by/articles/senatory-personalnye-dannye.html");
        StoryFeatures inForce = f("Вступили в силу изменения в закон о защите персональных данных",
                "С сегодняшнего дня действуют изменения в Закон «О защите персональных данных». Операторы обязаны"
                        + " уведомить о своих базах данных.", "ru", T0,
                "https://www.belta.by/society/view/izmenenija-v-sile.html");
        StoryFeatures register = f("Цэнтр абароны персанальных даных: у рэестр аператараў падалі больш за 400 заяў",
                "Дырэктар Нацыянальнага цэнтра абароны персанальных даных расказаў, што рэестр запрацаваў разам з"
                        + " уступленнем у сілу змяненняў у Закон «Аб абароне персанальных даных». Ужо ўнесены першыя 120"
                        + " аператараў.", "be", T0.plus(Duration.ofDays(2)),
                "https://blr.belta.by/society/view/reestr-aperatarau.html");
        StoryFeatures explainer = f("Базы данных на учет: что нужно знать операторам",
                "Со вчерашнего дня действуют изменения в закон «О защите персональных данных». Рассказываем, какие базы"
                        + " нужно зарегистрировать.", "ru", T0.plus(Duration.ofHours(30)),
                "https://www.news.by/news/bazy-na-uchet");
        assertThat(matcher.score(plenaryRetold, committee)).as("the committee and the plenary").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(register, inForce)).as("in force and the register's figures").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(explainer, inForce)).as("the explainer the next day").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-first round: BelTA's English names a region "Gomel Region" — the word "Region" was read as the name and the
     * place ("in … Region"), so every two regions' items shared a name and a place, and the region's own name met its
     * Russian adjective ("в Гомельской области") nowhere. "Region" is a kind of place, as "Ministry" is a kind of body.
     */
    @Test
    void anEnglishRegionsNameIsItsPlaceNotTheWordRegion() {
        StoryFeatures gomel = f("Gomel Region farms get solar panels",
                "Farms in Gomel Region have received 40 solar panels under a regional programme.", "en", T0);
        StoryFeatures brest = f("Brest Region farms get solar panels",
                "Farms in Brest Region have received 25 solar panels under a regional programme.", "en", T0);
        Set<String> ru = keys("Хозяйства Гомельской области получили солнечные панели",
                "Хозяйства в Гомельской области получили 40 солнечных панелей по региональной программе.", "ru");
        assertThat(matcher.score(gomel, brest)).as("two regions' farms").isLessThan(StoryGrouper.JOIN);
        assertThat(gomel.keys()).as("the region in English and in Russian").anyMatch(k -> k.startsWith(Keys.PLACE) && ru.contains(k));
    }

    // ---- twenty-second round (fresh42 and fresh43, the twenty-first round's blind judges, as tuning sets) ----

    /**
     * Twenty-second round: an official outside the glossary is received by the head of state, and two days later the
     * agency tells that official's own meeting with a foreign delegation — the same body, the same kind of event (a
     * meeting), its subject and his name in common. Days apart, the head of state in one version only is no retelling
     * of his meeting: it is his interlocutor's next event (a glossary person already counts for nothing days later; a
     * name outside the glossary counted as a whole detail). A newspaper's piece the next day on the head of state's
     * meeting, naming him, still joins it.
     */
    @Test
    void theHeadOfStatesInterlocutorsOwnMeetingDaysLaterIsAnotherEvent() {
        StoryFeatures meeting = f("Встреча с ректором БГУИР",
                "Александр Лукашенко провел встречу с ректором БГУИР Вадимом Богдановичем. Обсуждались подготовка"
                        + " IT-специалистов, программное обеспечение для промышленности и набор студентов.", "ru", T0,
                "https://president.gov.by/ru/events/vstrecha-s-rektorom-bguir");
        StoryFeatures delegation = f("BSUIR, Kazakh university agree on joint software courses",
                "BSUIR Rector Vadim Bogdanovich met with a delegation of a Kazakh university in Minsk. The parties"
                        + " agreed on joint courses in software engineering and student exchanges.", "en",
                T0.plus(Duration.ofHours(50)), "https://eng.belta.by/society/view/bsuir-kazakh-university.html");
        StoryFeatures newspaper = f("Вуз под заказ промышленности",
                "На встрече с Александром Лукашенко ректор БГУИР Вадим Богданович рассказал о подготовке"
                        + " IT-специалистов и программном обеспечении для промышленности.", "ru",
                T0.plus(Duration.ofHours(28)),
                "https://www.sb.by/articles/vuz-pod-zakaz.html");
        assertThat(matcher.score(delegation, meeting)).as("the rector's own meeting two days later")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(newspaper, meeting)).as("the newspaper's piece on the head of state's meeting")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-second round: an edict is the head of state's act, whether or not a version names him. A body's own page
     * commenting on the edict the day after it was signed and the agency's item three days later on the body's general
     * meeting share the body, its head and the subject — a retelling in its own words, as far as the fifteenth
     * round's rule could tell, which asks the head of state in both or in neither and only read his name. One of the
     * two is about his act and the other is not: two events. A newspaper's piece on the edict days later still joins
     * the body's comment.
     */
    @Test
    void anEdictIsTheHeadOfStatesDeedInARetellingThoughNoVersionNamesHim() {
        StoryFeatures comment = f("Академик: центр суперкомпьютерных вычислений объединит ученых",
                "Председатель Президиума НАН Беларуси Владимир Караник прокомментировал подписание указа о центре"
                        + " суперкомпьютерных вычислений. Центр займется научными исследованиями в области"
                        + " искусственного интеллекта.",
                "ru", T0, "https://nasb.gov.by/rus/news/kommentarij-ukaz");
        StoryFeatures generalMeeting = f("Адбыўся Агульны сход НАН Беларусі",
                "На Агульным сходзе Нацыянальнай акадэміі навук Старшыня Прэзідыума Уладзімір Каранік паведаміў, што"
                        + " 60% навуковых распрацовак укаранёна. Навукоўцам даручана засяродзіцца на штучным"
                        + " інтэлекце.", "be",
                T0.plus(Duration.ofHours(78)), "https://blr.belta.by/society/view/agulny-shod.html");
        StoryFeatures newspaper = f("Суперкомпьютер для науки",
                "Указ поручил НАН Беларуси создать центр суперкомпьютерных вычислений для исследований в области"
                        + " искусственного интеллекта. Председатель Президиума Владимир Караник назвал центр точкой"
                        + " сборки.",
                "ru", T0.plus(Duration.ofHours(60)), "https://www.sb.by/articles/superkompjuter.html");
        assertThat(matcher.score(generalMeeting, comment)).as("the body's general meeting three days after its comment")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(generalMeeting, newspaper)).as("the general meeting and a piece on the edict")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(newspaper, comment)).as("a newspaper's piece on the edict")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-second round: a body of the glossary whose name begins with another, shorter term — "Беларуськалий",
     * "Belaruskali" begin with "беларус*"/"belarus*", the country's common word — was read as that common word, the
     * first in the file of two one-word terms, and never as the body: its versions in two languages shared no actor.
     * Of two terms of as many words the more specific one (more letters matched) names the token.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ru | «Беларуськалий» ввел в эксплуатацию новую обогатительную фабрику.",
            "be | «Беларуськалій» увёў у эксплуатацыю новую абагачальную фабрыку.",
            "en | Belaruskali has commissioned a new processing plant."})
    void aBodysNameBeginningWithACommonTermIsTheBody(String language, String summary) {
        assertThat(keys(summary, summary, language)).contains(Keys.CONCEPT + "org:belaruskali");
    }

    /**
     * Twenty-second round: BelTA's English calls the OAC "the Operations and Analysis Center" (the glossary knew only
     * "Operational and Analytical Center"): the English version of an incident the OAC investigates shared no body
     * with the Russian and Belarusian ones.
     */
    @Test
    void theOperationsAndAnalysisCenterIsTheOac() {
        assertThat(keys("Plant hit by ransomware", "The Operations and Analysis Center is investigating the attack on"
                + " the plant's servers.", "en")).contains(Keys.CONCEPT + "org:oac");
    }

    /**
     * Twenty-second round: the Belarusian locative changes a stem's last т to ц and д to дз before its -е ("у
     * інстытуце", "на камітэце", "на Савеце Міністраў"), so the glossary's prefix terms ("інстытут*", "савет*") missed
     * a body named where something happens — a version in Belarusian shared no body with the others (the ninth round
     * added such forms term by term: "інтэлекц*"). (A word's first у written ў after a vowel, "ва ўрадзе", was tried
     * too and dropped: it joined a look-alike on fresh19.)
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "c:org:uiip | Мадэль распрацавана ў Аб’яднаным інстытуце праблем інфарматыкі.",
            "c:org:gosstandart | Стандарт абмеркавалі на Дзяржаўным камітэце па стандартызацыі.",
            "c:org:government | Праект праграмы разгледзелі на Савеце Міністраў.",
            "c:theme:infosec | Нарада па інфармацыйнай бяспецы прайшла ў Мінску."})
    void aBelarusianLocativeOfAGlossaryStemIsTheBody(String key, String summary) {
        assertThat(keys(summary, summary, "be")).contains(key);
    }

    /** A Russian stem and its Belarusian spelling have one root; two words of one letter pattern but another root do not. */
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({"национ, нацыян, true", "комисс, камісі, true", "постоя, пастая, true", "маркир, маркір, true",
            "дипфей, дыпфей, true", "правов, правав, true", "задача, задача, true", "регион, рэгіён, true",
            "министр, мінпры, false", "ресурс, рашэнн, false"})
    void aRussianStemAndItsBelarusianSpellingHaveOneRoot(String ru, String be, boolean same) {
        String r = KeyProfile.cognate("w:ru:" + ru, 5);
        String b = KeyProfile.cognate("w:be:" + be, 5);
        assertThat(r != null && r.equals(b)).as("%s = %s, %s = %s", ru, r, be, b).isEqualTo(same);
    }

    /**
     * Twenty-third round: a summit or a guest's visit is several events of one day with the same guests, bodies, city
     * and subject. The head of state's meeting with the heads of government who came for their council and the
     * council's own session are two events; his meeting told by his site and by the agency is one. The head of state
     * named (or his site's page) on one side only, each telling a kind of event the other does not, with no figure or
     * act's number in common, is another event the same day.
     */
    @Test
    void theHeadOfStatesMeetingWithTheGuestsIsNotTheirCouncilsSessionTheSameDay() {
        StoryFeatures session = f("Главы правительств ЕАЭС утвердили дорожную карту по цифровой торговле",
                "На заседании Евразийского межправительственного совета в Минске главы правительств утвердили дорожную"
                        + " карту по развитию цифровой торговли и искусственного интеллекта в Союзе.", "ru", T0,
                "https://www.belta.by/economics/view/emps-dorozhnaja-karta.html");
        StoryFeatures meeting = f("Встреча с главами правительств государств - членов ЕАЭС",
                "Александр Лукашенко встретился с главами правительств государств - членов ЕАЭС, прибывшими в Минск на"
                        + " заседание Евразийского межправительственного совета. Речь шла о цифровой торговле и"
                        + " искусственном интеллекте.", "ru", T0.plus(Duration.ofHours(3)),
                "https://president.gov.by/ru/events/vstrecha-s-glavami-pravitelstv-eaes");
        StoryFeatures meetingEn = f("Lukashenko meets with EAEU heads of government",
                "Aleksandr Lukashenko met with the heads of government of the EAEU member states who came to Minsk for"
                        + " the Eurasian Intergovernmental Council meeting. They discussed digital trade and artificial"
                        + " intelligence.", "en", T0.plus(Duration.ofHours(4)),
                "https://eng.belta.by/president/view/lukashenko-eaeu-heads-of-government.html");
        assertThat(matcher.score(meeting, session)).as("his meeting and the council's session").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(meetingEn, session)).as("his meeting in English and the session").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(meetingEn, meeting)).as("his meeting on two sites").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-third round: a guest's tour of the Hi-Tech Park and, hours later, of the Academy of Sciences are two visits
     * of his one visit — the guest, his country and the subject are the same, the institutions are not. The park's
     * visit in two languages is one.
     */
    @Test
    void aGuestsVisitsToTwoInstitutionsAreTwoEvents() {
        StoryFeatures park = f("Президент Казахстана посетил Парк высоких технологий",
                "Касым-Жомарт Токаев в ходе официального визита посетил Парк высоких технологий, где ему рассказали о"
                        + " резидентах, работающих в сфере искусственного интеллекта.", "ru", T0.plus(Duration.ofHours(26)),
                "https://www.belta.by/economics/view/tokaev-pvt.html");
        StoryFeatures parkEn = f("Kazakhstan's President visits Belarus Hi-Tech Park",
                "Kassym-Jomart Tokayev, on an official visit to Belarus, visited the Hi-Tech Park, where he was told about"
                        + " residents working in artificial intelligence.", "en", T0.plus(Duration.ofHours(27)),
                "https://eng.belta.by/economics/view/tokayev-htp.html");
        StoryFeatures academy = f("Президент Казахстана посетил Национальную академию наук Беларуси",
                "Касым-Жомарт Токаев в ходе официального визита посетил Национальную академию наук Беларуси и ознакомился"
                        + " с разработками в области искусственного интеллекта.", "ru", T0.plus(Duration.ofHours(30)),
                "https://nasb.gov.by/rus/news/tokaev.php");
        assertThat(matcher.score(academy, park)).as("the academy and the park").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(academy, parkEn)).as("the academy and the park in English").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(parkEn, park)).as("the park in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-third round: a state visit's talks come in parts within hours — one-on-one (in a narrow format), then with
     * the delegations (extended), then the statements for the press — with the same two leaders, country and subject.
     * Each part is an event of its own; the narrow talks told by his site and by the agency in Belarusian are one.
     */
    @Test
    void theNarrowTalksTheExtendedTalksAndThePressStatementsAreThreeEvents() {
        StoryFeatures narrow = f("Переговоры с Президентом Узбекистана Шавкатом Мирзиёевым в узком составе",
                "Александр Лукашенко провел переговоры в узком составе с Президентом Узбекистана Шавкатом Мирзиёевым,"
                        + " который находится в Беларуси с государственным визитом. Обсуждалось сотрудничество в области"
                        + " искусственного интеллекта и электронного правительства.", "ru", T0,
                "https://president.gov.by/ru/events/peregovory-s-prezidentom-uzbekistana-v-uzkom-sostave");
        StoryFeatures narrowBe = f("Лукашэнка і Мірзіёеў правялі перамовы ў вузкім складзе",
                "Аляксандр Лукашэнка правёў перамовы ў вузкім складзе з Прэзідэнтам Узбекістана Шаўкатам Мірзіёевым, які"
                        + " знаходзіцца ў Беларусі з дзяржаўным візітам. Гаворка ішла пра штучны інтэлект і электронны ўрад.",
                "be", T0.plus(Duration.ofMinutes(40)), "https://blr.belta.by/president/view/lukashenka-mirziyoeu.html");
        StoryFeatures extended = f("Переговоры с Президентом Узбекистана в расширенном составе",
                "Переговоры Александра Лукашенко и Шавката Мирзиёева продолжились в расширенном составе с участием"
                        + " членов делегаций. Стороны обсудили совместные проекты в области искусственного интеллекта и"
                        + " электронного правительства.", "ru", T0.plus(Duration.ofHours(1)),
                "https://president.gov.by/ru/events/peregovory-s-prezidentom-uzbekistana-v-rasshirennom-sostave");
        StoryFeatures press = f("Lukashenko: Belarus and Uzbekistan agree on joint e-government projects",
                "Belarus and Uzbekistan have agreed on joint projects in e-government and artificial intelligence,"
                        + " Aleksandr Lukashenko said in statements for the press after the talks with Shavkat Mirziyoyev.",
                "en", T0.plus(Duration.ofHours(3)), "https://eng.belta.by/president/view/lukashenko-uzbekistan-press.html");
        assertThat(matcher.score(extended, narrow)).as("the extended and the narrow talks").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(press, narrowBe)).as("the press statements and the narrow talks").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(press, extended)).as("the press statements and the extended talks").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(narrowBe, narrow)).as("the narrow talks on two sites").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-sixth round: the head of state's visit to an enterprise named by its acronym (МТЗ, MTZ) the same day — the
     * morning's announcement and the visit told in three languages — is one visit, as a visit to an enterprise named by
     * a word is (eighth round): the acronym is that enterprise's name. His visit to another enterprise that day, named
     * by another acronym, is not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ru|Посещение ОАО «МТЗ»|Александр Лукашенко посетил МТЗ, где ему показали новую роботизированную линию сборки"
                    + " тракторов и цифровую систему управления цехом.",
            "en|Lukashenko visits MTZ|Aleksandr Lukashenko visited MTZ, where he was shown a new robotic tractor assembly"
                    + " line and a digital shop-floor management system.",
            "be|Наведванне ААТ «МТЗ»|Аляксандр Лукашэнка наведаў МТЗ, дзе яму паказалі новую рабатызаваную лінію зборкі"
                    + " трактароў і лічбавую сістэму кіравання цэхам."})
    void theHeadOfStatesVisitToAnEnterpriseNamedByItsAcronymIsOneVisit(String language, String title, String summary) {
        StoryFeatures announced = f("Лукашенко сегодня посетит МТЗ",
                "Глава государства ознакомится с работой новых участков и обсудит загрузку мощностей и экспортные поставки,"
                        + " сообщила пресс-служба.", "ru", T0);
        StoryFeatures visit = f(title, summary, language, T0.plus(Duration.ofHours(5)));
        StoryFeatures other = f("Лукашенко посетил БМЗ", "Александр Лукашенко посетил БМЗ и осмотрел новый прокатный стан.",
                "ru", T0.plus(Duration.ofHours(5)));
        assertThat(matcher.score(visit, announced)).as("[the announced visit and the visit]")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(other, announced)).as("[his visit to another enterprise]").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Twenty-sixth round: a region named after its centre with -щина/-шчына (Витебщина, Віцебшчына, Могилевщина,
     * Брестчина, Берасцейшчына) is that region, and its skeleton is its centre's — as the region's adjective's is
     * ("Витебской области", "Vitebsk Oblast"): one name in every spelling.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Витебщина, Витебск", "Витебщины, Vitebsk", "Віцебшчыне, Віцебск", "Могилевщина, Mogilev",
            "Магілёўшчыне, Магілёў", "Брестчине, Брест", "Берасцейшчына, Brest", "Гомельщины, Gomel",
            "Гомельшчыне, Гомель", "Гродненщине, Grodno", "Гродзеншчына, Гродна", "Брэстчыны, Брэст"})
    void aRegionNamedAfterItsCentreHasTheCentresSkeleton(String region, String centre) {
        assertThat(Transliteration.skeleton(region.toLowerCase(Locale.ROOT)))
                .isEqualTo(Transliteration.skeleton(centre.toLowerCase(Locale.ROOT)));
    }

    /** Twenty-sixth round: the region's network told the same day in Russian (its oblast) and Belarusian (-шчына). */
    @Test
    void aRegionNamedWithItsSuffixMeetsItsOblastTheSameDay() {
        StoryFeatures ru = f("В Витебской области создана региональная телемедицинская сеть",
                "К телемедицинскому центру областной больницы подключены все районные больницы, консультации проводятся в"
                        + " течение двух часов.", "ru", T0);
        StoryFeatures be = f("На Віцебшчыне запрацавала рэгіянальная тэлемедыцынская сетка",
                "Лекары раённых бальніц могуць атрымаць кансультацыю спецыялістаў абласной бальніцы ў рэжыме рэальнага"
                        + " часу.", "be", T0.plus(Duration.ofHours(3)));
        StoryFeatures other = f("На Гомельшчыне запрацавала рэгіянальная тэлемедыцынская сетка",
                "Лекары раённых бальніц могуць атрымаць кансультацыю спецыялістаў абласной бальніцы ў рэжыме рэальнага"
                        + " часу.", "be", T0.plus(Duration.ofHours(3)));
        assertThat(matcher.score(be, ru)).as("[one region's network in two languages]").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(other, ru)).as("[another region's network]").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Twenty-sixth round: the vocabulary of digital transformation in industry and city services is the lexicon's, one
     * word in three languages (a mine's remote-controlled combine, a heating network's digital twin, the metro's fare).
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en|a remote-controlled mining combine|x:combine", "ru|проходческий комбайн|x:combine",
            "be|праходчыцкі камбайн|x:combine", "en|at the mine|x:mining", "ru|на рудоуправлении|x:mining",
            "be|на рудаўпраўленні|x:mining", "en|remote-controlled|x:online", "en|unmanned mining trucks|x:unmanned",
            "ru|безлюдная технология|x:unmanned", "en|digital twin|x:twin", "ru|цифровой двойник|x:twin",
            "be|лічбавы двайнік|x:twin", "en|heating network|x:heating", "ru|тепловых сетей|x:heating",
            "be|цеплавых сетак|x:heating", "en|Minsk Metro|x:metro", "ru|в метрополитене|x:metro",
            "be|метрапалітэна|x:metro", "en|pay the fare|x:fare", "ru|оплата проезда|x:fare", "be|аплата праезду|x:fare",
            "en|robotic welding cells|x:welding", "ru|сварочных комплексов|x:welding", "be|зварачнымі комплексамі|x:welding"})
    void theVocabularyOfIndustryAndCityServicesIsTheLexicons(String language, String text, String key) {
        assertThat(keys("Новости", text, language)).contains(key);
    }

    /** Twenty-sixth round: a mine's combine told the same day in Russian and in English, with no body or figure of note. */
    @Test
    void aMinesRemoteControlledCombineInTwoLanguagesTheSameDayIsOneEvent() {
        StoryFeatures ru = f("«Беларуськалий» запустил дистанционно управляемый горный комбайн",
                "На 2-м рудоуправлении введен в работу комбайн, которым оператор управляет с поверхности.", "ru", T0);
        StoryFeatures en = f("Belaruskali launches remote-controlled mining combine",
                "Belaruskali has put into operation a combine controlled from the surface at its Mine Group 2.", "en",
                T0.plus(Duration.ofHours(4)));
        StoryFeatures trucks = f("Belaruskali launches new mining trucks",
                "Belaruskali has put into operation ten new trucks at its Mine Group 3.", "en", T0.plus(Duration.ofHours(4)));
        assertThat(matcher.score(en, ru)).as("[the combine in two languages]").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(trucks, ru)).as("[the company's trucks]").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Twenty-sixth round: Belarusian "запрацавала" (a laboratory, a network, a service started working) is an opening,
     * as Russian "открылась" and English "opens" are.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"be|У БДУІР запрацавала лабараторыя штучнага інтэлекту",
            "be|На Віцебшчыне запрацаваў новы сэрвіс", "ru|В БГУИР открылась лаборатория искусственного интеллекта",
            "en|BSUIR opens AI lab"})
    void startingToWorkIsAnOpening(String language, String title) {
        assertThat(keys(title, "", language)).contains("c:event:opening");
    }

    /**
     * Twenty-fifth round: a ministry signs memoranda with several countries at one forum, the same afternoon. The
     * glossary knew 17 countries; a country outside it was read as a name (a detail of neither) and the country veto
     * never applied, so the memorandum with one partner joined the memorandum with another. Countries named in the
     * three languages are concepts now.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ru | Минсвязи подписало меморандум с Министерством ИКТ Мозамбика. | c:country:mozambique",
            "be | Мінсувязі падпісала мемарандум з Міністэрствам ІКТ Мазамбіка. | c:country:mozambique",
            "en | The Communications Ministry signed a memorandum with Mozambique's ICT Ministry. | c:country:mozambique",
            "ru | Делегация Эфиопии обсудила электронное правительство. | c:country:ethiopia",
            "be | Дэлегацыя Эфіопіі абмеркавала электронны ўрад. | c:country:ethiopia",
            "en | An Ethiopian delegation discussed e-government. | c:country:ethiopia",
            "ru | Стороны договорились с Никарагуа о подготовке кадров. | c:country:nicaragua",
            "be | Бакі дамовіліся з Нікарагуа пра падрыхтоўку кадраў. | c:country:nicaragua",
            "en | The sides agreed with Nicaragua on staff training. | c:country:nicaragua"})
    void aCountryOutsideTheFormerListIsACountry(String language, String summary, String key) {
        assertThat(keys(summary, summary, language)).contains(key);
    }

    @Test
    void aMinistrysMemorandaWithTwoCountriesTheSameDayAreTwoEvents() {
        StoryFeatures laos = f("Беларусь и Лаос подписали меморандум о сотрудничестве в сфере связи",
                "Министр связи и информатизации подписал на полях форума меморандум с министерством технологий и"
                        + " коммуникаций Лаоса о цифровизации почтовой связи.", "ru", T0,
                "https://www.belta.by/tech/view/belarus-laos-memorandum.html");
        StoryFeatures mozambique = f("Беларусь і Мазамбік падпісалі мемарандум аб супрацоўніцтве ў сферы сувязі",
                "Міністр сувязі і інфарматызацыі падпісаў на палях форуму мемарандум з міністэрствам транспарту і"
                        + " сувязі Мазамбіка аб лічбавізацыі паштовай сувязі.", "be", T0.plus(Duration.ofHours(3)),
                "https://blr.belta.by/tech/view/belarus-mazambik-memarandum.html");
        StoryFeatures laosEn = f("Belarus, Laos sign memorandum on communications cooperation",
                "The Communications and Informatization Minister signed a memorandum with Laos' Ministry of Technology"
                        + " and Communications on the sidelines of the forum on digitalising postal services.", "en",
                T0.plus(Duration.ofHours(2)), "https://eng.belta.by/economics/view/belarus-laos-memorandum.html");
        assertThat(matcher.score(mozambique, laos)).as("two countries' memoranda").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(mozambique, laosEn)).as("two countries' memoranda, in English").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(laosEn, laos)).as("the memorandum with Laos in two languages").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Twenty-fifth round: the head of state signs a law; two days later an official explains on television how it will
     * be applied, and the agency tells it in three languages. The law's title, its subject and its figure are in both,
     * so the usual evidence joined the interview to the signing. An item about none of his deeds, naming someone of its
     * own and no act's number, more than a day after his deed, is another event (the law's publication with its
     * number two days later is not concerned: the labelled sets, where such publications join the signing, hold it).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ru | Кравчук: поправки в закон о защите персональных данных не коснутся небольших операторов"
                    + " | Новые нормы закона о защите персональных данных не затронут небольших операторов, заявил в"
                    + " эфире телеканала СТВ начальник управления Игорь Кравчук. Уведомлять об утечках в течение трех"
                    + " дней обязаны операторы, обрабатывающие данные более 10 тыс. граждан.",
            "be | Краўчук: папраўкі ў закон аб абароне персанальных даных не закрануць невялікіх аператараў"
                    + " | Новыя нормы закона аб абароне персанальных даных не закрануць невялікіх аператараў, заявіў у"
                    + " эфіры тэлеканала СТБ начальнік упраўлення Ігар Краўчук. Паведамляць пра ўцечкі павінны"
                    + " аператары, якія апрацоўваюць даныя больш за 10 тыс. грамадзян.",
            "en | Kravchuk: personal data protection law amendments will not affect small operators"
                    + " | The new provisions of the law on personal data protection will not affect small operators,"
                    + " department head Igor Kravchuk told STV. Operators processing the data of more than 10,000"
                    + " citizens will have to report leaks."})
    void anOfficialsCommentOnALawDaysAfterTheHeadOfStateSignedItIsAnotherEvent(String language, String title,
                                                                               String summary) {
        StoryFeatures signed = f("Подписан Закон «Об изменении Закона «О защите персональных данных»",
                "Глава государства подписал Закон «Об изменении Закона Республики Беларусь «О защите персональных"
                        + " данных». Операторы, обрабатывающие данные более 10 тыс. граждан, будут обязаны уведомлять об"
                        + " утечках.", "ru", T0,
                "https://president.gov.by/ru/events/podpisan-zakon-o-zashchite-personalnyh-dannyh");
        StoryFeatures comment = f(title, summary, language, T0.plus(Duration.ofHours(44)),
                "https://www.belta.by/society/view/kravchuk-popravki-" + language + ".html");
        assertThat(matcher.score(comment, signed)).as("the official's comment and the signing").isLessThan(StoryGrouper.JOIN);
    }

    // ---- issue 11 (fresh44, fresh47 and the older law-heavy sets as tuning sets: stages of law-making joined) ----

    /**
     * Issue 11: a newspaper's piece in its own words on one bill's first reading, and six days later the agency's item on
     * another bill's first reading that touches the first bill's subject as a secondary one (loan advertising in the
     * banking law). The reading, the chamber and that subject are in common, and "a bill passes each reading once"
     * took the second for the first told late. A reading told days later is that reading only where neither names a
     * subject of its own: the banking law's item names banking, which the piece on the advertising bill does not.
     * The same bill's reading two days before the piece still meets it. (Within five days the piece may still join
     * such an item as a retelling, which joins one story and bridges none: asking the same of retellings lost true
     * pairs on fresh22 and fresh27.)
     */
    @Test
    void aReadingRetoldDaysLaterIsNotALaterReadingOfABillWithASubjectOfItsOwn() {
        StoryFeatures reading = f("Депутаты приняли в первом чтении законопроект о рекламе",
                "Палата представителей приняла в первом чтении законопроект о рекламе: рекламодателей обяжут указывать"
                        + " заказчика.", "ru", T0, "https://www.belta.by/politics/view/reklama-1.html");
        StoryFeatures piece = f("Реклама под присмотром: что ждёт рекламодателей",
                "Парламентарии поддержали в первом чтении проект закона о рекламе. Председатель постоянной комиссии"
                        + " рассказал, какие нормы появятся.", "ru", T0.plus(Duration.ofDays(2)),
                "https://www.sb.by/articles/reklama-pod-prismotrom.html");
        StoryFeatures banking = f("MPs back banking law amendments in first reading",
                "The House of Representatives passed in first reading amendments to the law on banks that restrict"
                        + " the advertising of consumer loans.", "en", T0.plus(Duration.ofDays(8)),
                "https://eng.belta.by/politics/view/banking-law-first-reading.html");
        assertThat(matcher.score(piece, reading)).as("the piece and its bill's reading two days before")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(piece, banking)).as("the piece and another bill's reading six days later")
                .isLessThan(StoryGrouper.JOIN);
    }

    // ---- words written with look-alike letters (4 Dec 2026, not from a labelled set) ----

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            be | Мінгарвыканкам і ПРААН запусцілі штучны iнтэлект для дыспетчараў | Мінгарвыканкам і ПРААН запусцілі штучны інтэлект для дыспетчараў
            ru | Беларусь и Иран обсудили вступление в БPИКС и интеллeктуальные сети | Беларусь и Иран обсудили вступление в БРИКС и интеллектуальные сети
            en | Belarus and Iran discuss BRІCS and Аrtificial Intelligence | Belarus and Iran discuss BRICS and Artificial Intelligence
            """)
    void aVersionWrittenWithLookAlikeLettersHasTheFeaturesOfItsWords(String language, String written, String read) {
        // a Belarusian «і» typed as the Latin «i», a Latin «P» in «БРИКС»: until then the word was another name and no
        // glossary term, and the version missed the story its words belong to
        assertThat(keys(written, null, language)).isEqualTo(keys(read, null, language));
    }

    // ---- twenty-seventh round: a retelling names the event's body, subject, and who or where (4 Dec 2026) ----

    /**
     * Twenty-eighth round: a newspaper's questions and answers a day after the agency's item name the body and the
     * official who explained the new rules, in words of their own and with no theme of the glossary: the body and the
     * official's surname (a rare name, outside the glossary) are two of what a retelling names as the event did. A
     * piece naming the official alone, at another event, without his body or a subject, stays apart.
     */
    @Test
    void aNewspapersPieceNamingTheBodyAndTheOfficialIsARetellingButNotOneNamingHimAlone() {
        StoryFeatures agency = f("Interior Ministry explains new registration rules for e-scooters",
                "Owners of low-power e-scooters will not have to register them with the traffic police, Oleg Zhukevich,"
                        + " head of a department of the Interior Ministry, said.", "en", T0,
                "https://eng.belta.by/society/view/mvd-scooters.html");
        StoryFeatures paper = f("Самокат без номера: в МВД ответили на главные вопросы",
                "Олег Жукевич из МВД пояснил, каким электросамокатам понадобится регистрация, а каким нет.", "ru",
                T0.plus(Duration.ofHours(30)), "https://www.sb.by/articles/samokat-bez-nomera.html");
        StoryFeatures alone = f("Олег Жукевич стал почетным гражданином Лиды",
                "Решение принял городской совет депутатов. Жукевич родился и вырос в Лиде.", "ru",
                T0.plus(Duration.ofHours(30)), "https://www.sb.by/articles/zhukevich-lida.html");
        assertThat(matcher.score(paper, agency)).as("the newspaper's questions and answers")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(alone, agency)).as("the official alone, at another event").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Twenty-eighth round: a newspaper's piece two days after a person of the glossary spoke on a subject names him
     * and the subject, not his institution: he acts for it, so he and the subject are two of what a retelling names
     * (with his institution he is one: an official and his body days later are his next event as often as the same
     * one, {@link #anOfficialsNextEventOnAnotherSiteDaysLaterIsAnotherEvent}).
     */
    @Test
    void aNewspapersPieceNamingThePersonAndTheSubjectIsARetelling() {
        StoryFeatures agency = f("Gusakov: drones will help scientists monitor crops",
                "Drones with multispectral cameras will help scientists monitor crops and spot plant diseases early,"
                        + " Vladimir Gusakov told farmers.", "en", T0, "https://eng.belta.by/society/view/gusakov-drones.html");
        StoryFeatures paper = f("Поле под присмотром: Гусаков о беспилотниках",
                "Владимир Гусаков рассказал, как беспилотники следят за посевами и замечают болезни растений раньше"
                        + " агронома.", "ru", T0.plus(Duration.ofHours(46)), "https://www.sb.by/articles/pole-pod-prismotrom.html");
        assertThat(matcher.score(paper, agency)).as("the newspaper's piece on what he said")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
    }

    /**
     * Twenty-eighth round: the city where both tell the same deed (a roadmap signed there) and the subject are two of
     * what a retelling names, with no body of the glossary in common. Two openings in the city on the subject within
     * days are two events: an opening is routine, and a place with a routine deed is no such third thing.
     */
    @Test
    void aPieceNamingTheCityOfTheSameDeedAndTheSubjectIsARetellingButNotTwoOpeningsThere() {
        StoryFeatures agency = f("Roadmap on electronic queue at customs signed in Brest",
                "A roadmap on an electronic queue at customs crossings was signed in Brest. Drivers will book their time"
                        + " through an app.", "en", T0, "https://eng.belta.by/economics/view/brest-roadmap.html");
        StoryFeatures paper = f("Очередь в приложении: что дает дорожная карта, подписанная в Бресте",
                "Дорожная карта по электронной очереди на таможне позволит водителям бронировать время через приложение.",
                "ru", T0.plus(Duration.ofHours(40)), "https://www.sb.by/articles/ochered-v-prilozhenii.html");
        StoryFeatures terminal = f("Customs terminal opens in Brest",
                "A new customs terminal opened in Brest for drivers who book their time through an electronic queue.",
                "en", T0, "https://eng.belta.by/economics/view/brest-terminal.html");
        StoryFeatures warehouse = f("В Бресте открыли таможенный склад",
                "Таможенный склад в Бресте открыли для перевозчиков, бронирующих время через электронную очередь.",
                "ru", T0.plus(Duration.ofHours(40)), "https://www.sb.by/articles/brest-sklad.html");
        assertThat(matcher.score(paper, agency)).as("the newspaper's piece on the roadmap")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(warehouse, terminal)).as("two openings in the city").isLessThan(StoryGrouper.JOIN);
    }

    // ---- twenty-ninth round (a): one site's editions in two languages the same day (5 Dec 2026) ----

    /**
     * Twenty-ninth round (a): the agency's Russian item and its English edition three hours later translate each
     * other, but the English is shorter — it drops the count of clinics and the launch — so the edition rule (every
     * figure in both) and the same day's details (one body, one word of the lexicon) fall short. The same site in
     * another language within a day, with a body of its own and a word of the lexicon in common that is at least a
     * third of the shorter version's, is weighed as another site's piece within a day is: it joins the story and
     * bridges none. The ministry's other English items of the day stay apart: one shares no word, the other names
     * more of its own (schools, vaccines, children, doctors) than it shares; and so does the same English item a day
     * and a half later.
     */
    @Test
    void aSitesEditionInAnotherLanguageTheSameDayJoinsButNotTheBodysOtherItems() {
        StoryFeatures ru = f("Минздрав начал пилотный проект электронных медицинских карт",
                "Министерство здравоохранения запустило пилотный проект электронных медицинских карт. В нем участвуют"
                        + " 42 поликлиники, сообщили в ведомстве.", "ru", T0,
                "https://www.belta.by/society/view/minzdrav-pilot-emk.html");
        String title = "Health Ministry tries e-records in a pilot";
        String summary = "The Health Ministry has begun a pilot of electronic health records, the ministry said.";
        StoryFeatures en = f(title, summary, "en", T0.plus(Duration.ofHours(3)),
                "https://eng.belta.by/society/view/health-ministry-e-records-pilot.html");
        StoryFeatures calendar = f("Health Ministry updates vaccination calendar",
                "The Health Ministry has added two vaccines to the national vaccination calendar, the ministry said.",
                "en", T0.plus(Duration.ofHours(2)), "https://eng.belta.by/society/view/vaccination-calendar.html");
        StoryFeatures schools = f("Health Ministry to pilot vaccination in schools",
                "Children will be vaccinated by school doctors in a pilot the Health Ministry plans for the autumn, the"
                        + " ministry said.", "en", T0.plus(Duration.ofHours(2)),
                "https://eng.belta.by/society/view/vaccination-pilot-schools.html");
        StoryFeatures later = f(title, summary, "en", T0.plus(Duration.ofHours(36)),
                "https://eng.belta.by/society/view/health-ministry-e-records-pilot-2.html");
        assertThat(matcher.score(en, ru)).as("the English edition of the Russian item")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(calendar, ru)).as("the ministry's item on another matter")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(schools, ru)).as("the ministry's other pilot").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(later, ru)).as("the English item a day and a half later")
                .isLessThan(StoryGrouper.JOIN);
    }

    // ---- thirtieth round (issue 11: the same day's versions by two sites, in the words of their source) ----

    /**
     * A body's release is taken up the same day by the agency in its words: the ministry's page and the agency's item
     * share most of their word stems, the body and the deed, though the page gives the order's number and the day the
     * rule takes effect and the agency neither, so no detail is in common. They are one event told twice. The
     * ministry's other item of the day on the agency (another set of rules it approved) shares the body, the deed and
     * the agency's phrasing only, and stays apart; so does another ministry's page in the same release style, which
     * shares the words but no actor.
     */
    @Test
    void twoSitesTellingOneReleaseInItsWordsTheSameDayAreOneEventButNotTheBodysOtherItem() {
        StoryFeatures page = f("Утвержден порядок подачи заявлений на административные процедуры онлайн",
                "Приказом Министерства связи и информатизации № 214 утвержден порядок, по которому граждане смогут подать"
                        + " заявление на административные процедуры онлайн. Правила начнут действовать с 1 апреля.", "ru",
                T0, "https://mpt.gov.by/ru/news/poryadok-onlajn.html");
        StoryFeatures agency = f("Заявление на административную процедуру можно будет подать онлайн",
                "Граждане смогут подать заявление на административные процедуры онлайн, сообщили в Министерстве связи и"
                        + " информатизации. Порядок утвержден приказом министерства.", "ru", T0.plus(Duration.ofHours(5)),
                "https://www.belta.by/society/view/zajavlenie-onlajn.html");
        StoryFeatures domains = f("Минсвязи утвердило правила регистрации доменных имен",
                "Министерство связи и информатизации утвердило новые правила регистрации доменных имен в зоне BY,"
                        + " сообщили в министерстве.", "ru", T0.plus(Duration.ofHours(3)),
                "https://www.belta.by/society/view/domeny.html");
        StoryFeatures health = f("Утвержден порядок подачи заявлений на прием к врачу онлайн",
                "Приказом Министерства здравоохранения утвержден порядок, по которому граждане смогут подать заявление на"
                        + " прием к врачу онлайн. Правила начнут действовать с 1 мая.", "ru", T0.plus(Duration.ofHours(2)),
                "https://minzdrav.gov.by/ru/news/poryadok-onlajn.html");
        assertThat(matcher.score(agency, page)).as("the agency's item in the words of the ministry's page")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(domains, page)).as("the ministry's other rules of the day").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(domains, agency)).as("the ministry's other rules, told by the agency too")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(health, agency)).as("another ministry's page in the same words")
                .isLessThan(StoryGrouper.JOIN);
    }

    // ---- thirty-first round (issue 11: the head of state's event, his site and the agency in two languages) ----

    /**
     * The head of state's site gives his meeting with a guest a page in Russian; the agency tells it two hours later in
     * English, quoting what he said rather than what was discussed: the head of state and the guest's country are all
     * they share, and no detail. They are one event. His edict signed that day, told by his site, and the agency's item
     * on another edict of his share him and the edict only, and stay apart; so does the agency's item on his meeting
     * with another country's guest, and his site's page on the same guest's talks a day and a half later.
     */
    @Test
    void theHeadOfStatesMeetingOnHisSiteAndTheAgencysItemInAnotherLanguageAreOneEventButNotHisOtherDeedsOfTheDay() {
        StoryFeatures page = f("Встреча с министром иностранных дел Казахстана",
                "Александр Лукашенко встретился с министром иностранных дел Казахстана. Обсуждались торговля и"
                        + " сотрудничество в промышленности.", "ru", T0,
                "https://president.gov.by/ru/events/vstrecha-s-ministrom-kazahstana");
        StoryFeatures agency = f("Lukashenko: Belarus and Kazakhstan should build machines together",
                "Belarus and Kazakhstan should make joint products rather than sign papers, Belarusian President"
                        + " Aleksandr Lukashenko told the Kazakh foreign minister.", "en", T0.plus(Duration.ofHours(2)),
                "https://eng.belta.by/president/view/lukashenko-kazakhstan-machines.html");
        StoryFeatures edictPage = f("Подписан указ о совершенствовании работы с обращениями граждан",
                "Александр Лукашенко подписал указ о совершенствовании работы с обращениями граждан.", "ru",
                T0.plus(Duration.ofHours(1)), "https://president.gov.by/ru/events/podpisan-ukaz-obrashcheniya");
        StoryFeatures otherEdict = f("Lukashenko signs edict on road tolls",
                "Belarusian President Aleksandr Lukashenko has signed an edict changing road tolls for trucks.", "en",
                T0.plus(Duration.ofHours(2)), "https://eng.belta.by/president/view/edict-road-tolls.html");
        StoryFeatures otherGuest = f("Lukashenko meets Chinese minister of commerce",
                "Belarusian President Aleksandr Lukashenko met with China's minister of commerce to discuss trade.", "en",
                T0.plus(Duration.ofHours(3)), "https://eng.belta.by/president/view/lukashenko-china-commerce.html");
        StoryFeatures later = f("Lukashenko: Belarus and Kazakhstan should build machines together",
                "Belarus and Kazakhstan should make joint products rather than sign papers, Belarusian President"
                        + " Aleksandr Lukashenko told the Kazakh foreign minister.", "en", T0.plus(Duration.ofHours(36)),
                "https://eng.belta.by/president/view/lukashenko-kazakhstan-machines-2.html");
        assertThat(matcher.score(agency, page)).as("the agency's English item on the meeting his site told in Russian")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(otherEdict, edictPage)).as("his other edict of the day").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(otherGuest, page)).as("his meeting with another country's guest")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(later, page)).as("the agency's item a day and a half later").isLessThan(StoryGrouper.JOIN);
    }

    // ---- thirty-second round (issue 11: one site's editions of one item in two languages within hours) ----

    /**
     * The agency tells the Hi-Tech Park board's decision in Russian and, two hours later, in a shorter English edition
     * in its own words that drops the count of projects: the body, the subject and the approval are all they share —
     * no figure, name or place, no word of the hand-made lexicon — so neither the same day's details nor the edition
     * rules (every figure in both; a word of the lexicon in common) find the pair. One site's editions of one item
     * within hours are one event. The board's other English item of the day (new residents: the body and the subject
     * only, a deed of its own) and the same English edition eight hours later stay apart.
     */
    @Test
    void aSitesEditionInAnotherLanguageWithinHoursNamingTheBodyTheSubjectAndTheDeedJoinsButNotTheBodysOtherItem() {
        StoryFeatures ru = f("Наблюдательный совет ПВТ одобрил стратегию развития парка",
                "Наблюдательный совет Парка высоких технологий одобрил стратегию развития парка. В нее включены 45"
                        + " проектов в области искусственного интеллекта.", "ru", T0,
                "https://www.belta.by/economics/view/nabljudatelnyj-sovet-pvt-strategija.html");
        String title = "HTP board endorses park's strategy";
        String summary = "The supervisory board of the High-Technology Park has approved the park's development strategy,"
                + " which gives priority to artificial intelligence projects.";
        StoryFeatures en = f(title, summary, "en", T0.plus(Duration.ofHours(2)),
                "https://eng.belta.by/economics/view/htp-board-endorses-strategy.html");
        StoryFeatures residents = f("HTP admits new residents",
                "The supervisory board of the High-Technology Park has admitted new residents, most of them developing"
                        + " artificial intelligence products.", "en", T0.plus(Duration.ofHours(3)),
                "https://eng.belta.by/economics/view/htp-admits-new-residents.html");
        StoryFeatures later = f(title, summary, "en", T0.plus(Duration.ofHours(8)),
                "https://eng.belta.by/economics/view/htp-board-endorses-strategy-2.html");
        assertThat(matcher.score(en, ru)).as("the English edition of the Russian item two hours later")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(residents, ru)).as("the board's other item of the day").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(later, ru)).as("the English edition eight hours later").isLessThan(StoryGrouper.JOIN);
    }

    // ---- thirty-fourth round (issue 11: one site's editions whose details meet but whose own keys outweigh them) ----

    /**
     * The agency opens a forum in Russian with its counts of exhibitors and countries, and two hours later its English
     * edition names the minister who spoke and the fields the exhibition shows instead: the forum's name, the
     * conference, its opening and the subject are the detail both give, so the same day's gate finds the event, but
     * the cosine of their keys falls under the join threshold — across languages the words are not compared, and what
     * each edition names on its own (the counts, the minister, three more fields) outweighs what they share. One site's
     * editions of one item within hours, whose details meet, are one event. Not the head of state's two pages of a day
     * on his site (two reports to him, each in its own language: he, the report and the subject in common), nor the
     * same English edition eight hours later.
     */
    @Test
    void aSitesEditionWhoseDetailsMeetButWhoseOwnKeysOutweighThemJoinsButNotTheHeadOfStatesTwoReports() {
        StoryFeatures ru = f("Форум «РИКС-2026» открылся в Минске",
                "XX Международный форум по информационным технологиям «РИКС-2026» открылся в «Экспоцентре». В"
                        + " выставке участвуют 180 компаний и 40 стартапов из 9 стран, главная тема – искусственный"
                        + " интеллект в промышленности.", "ru", T0,
                "https://www.belta.by/tech/view/forum-riks-2026-otkrylsja-v-minske.html");
        String title = "RIKS 2026 ICT forum opens in Minsk";
        String summary = "The international ICT forum RIKS opened in Minsk on 7 September. This year's exhibition"
                + " showcases AI solutions for industry, agriculture, healthcare and education, Communications and"
                + " Informatization Minister Pavel Zhurkevich said at the opening ceremony.";
        StoryFeatures en = f(title, summary, "en", T0.plus(Duration.ofHours(2)),
                "https://eng.belta.by/tech/view/riks-2026-ict-forum-opens-in-minsk.html");
        StoryFeatures later = f(title, summary, "en", T0.plus(Duration.ofHours(8)),
                "https://eng.belta.by/tech/view/riks-2026-ict-forum-opens-in-minsk-2.html");
        StoryFeatures firstReport = f("Доклад Председателя Президиума Национальной академии наук",
                "Александр Лукашенко принял с докладом Председателя Президиума Национальной академии наук Сергея"
                        + " Волкова. Обсуждались применение искусственного интеллекта в науке и новые лаборатории.",
                "ru", T0, "https://president.gov.by/ru/events/doklad-predsedatelya-prezidiuma-nan");
        StoryFeatures secondReport = f("Report by Minister of Education",
                "Aleksandr Lukashenko received Minister of Education Andrei Kovalenko with a report. University"
                        + " admissions, textbooks and artificial intelligence in schools were discussed.", "en",
                T0.plus(Duration.ofHours(3)), "https://president.gov.by/en/events/report-by-minister-of-education");
        assertThat(matcher.score(en, ru)).as("the English edition of the Russian item two hours later")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(later, ru)).as("the English edition eight hours later").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(secondReport, firstReport)).as("the head of state's two reports of the day on his site")
                .isLessThan(StoryGrouper.JOIN);
    }

    // ---- thirty-third round (issue 11: a law by its number in one version and by its title in another) ----

    /**
     * The agency says the personal data protection law takes effect, naming it by its title; the legal portal's item the
     * same day gives the law's number with the title after it. They are one law and one event: the number told with
     * the title is that titled law, and a law by its number and a law by its title are no two acts. Another law taking
     * effect that day, told the same way with another title, and a numbered law whose title is not one the agency's
     * item could name, stay apart.
     */
    @Test
    void aLawByItsNumberAndTitleAndTheSameLawByItsTitleAreOneActButNotAnotherLawTakingEffect() {
        StoryFeatures agency = f("Закон о защите персональных данных вступает в силу 1 октября",
                "С 1 октября в Беларуси начинает действовать закон «О защите персональных данных». Операторы будут"
                        + " обязаны сообщать об утечке данных в течение трех дней.", "ru", T0,
                "https://www.belta.by/society/view/zakon-o-personalnyh-dannyh.html");
        StoryFeatures portal = f("Что изменится с вступлением в силу Закона № 145-З",
                "Сегодня вступает в силу Закон от 2 апреля 2026 г. № 145-З «О защите персональных данных». Рассказываем"
                        + " об обязанностях операторов и сроках сообщения об утечке данных.", "ru",
                T0.plus(Duration.ofHours(6)), "https://pravo.by/novosti/zakon-145-z.html");
        StoryFeatures media = f("Что изменится с вступлением в силу Закона № 146-З",
                "Сегодня вступает в силу Закон от 2 апреля 2026 г. № 146-З «О средствах массовой информации»."
                        + " Рассказываем об обязанностях редакций и сроках регистрации сетевых изданий.", "ru",
                T0.plus(Duration.ofHours(5)), "https://pravo.by/novosti/zakon-146-z.html");
        StoryFeatures accounting = f("Что изменится с вступлением в силу Закона № 147-З",
                "Сегодня вступает в силу Закон от 2 апреля 2026 г. № 147-З «О бухгалтерском учете и отчетности»."
                        + " Рассказываем об обязанностях организаций и сроках сдачи отчетности.", "ru",
                T0.plus(Duration.ofHours(4)), "https://pravo.by/novosti/zakon-147-z.html");
        assertThat(matcher.score(portal, agency)).as("the portal's item on the law the agency names by its title")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(portal.keys()).as("the number told with its title").contains(Keys.ACT + "law:145",
                Keys.ACT + "law:personal-data-protection");
        assertThat(matcher.score(media, agency)).as("another law taking effect, with another title").isZero();
        assertThat(matcher.score(accounting, agency)).as("a numbered law with a title of its own")
                .isLessThan(StoryGrouper.JOIN);
    }

    /**
     * The agency tells the head of state signing the personal data protection law, naming it by its title; a
     * newspaper's piece the same afternoon in the same words names it only by its number, and tells the same duty of
     * operators (to report a leak within three days): nothing says law No. 145-Z is not the law the agency names by its
     * title, so the two are not two acts. Two laws both named by their titles, or both by their numbers, still are; and
     * another law he signed that day stays apart however it is named.
     */
    @Test
    void aLawByItsNumberOnlyAndALawByItsTitleAreNotTwoActs() {
        StoryFeatures agency = f("Лукашенко подписал закон о защите персональных данных",
                "Президент Беларуси Александр Лукашенко подписал закон «О защите персональных данных». Операторы будут"
                        + " обязаны сообщать об утечке данных в течение трех дней.", "ru", T0,
                "https://www.belta.by/president/view/zakon-o-personalnyh-dannyh.html");
        StoryFeatures newspaper = f("Лукашенко подписал Закон № 145-З",
                "Президент Беларуси Александр Лукашенко подписал Закон № 145-З. Операторы будут обязаны сообщать об"
                        + " утечке данных в течение трех дней.", "ru", T0.plus(Duration.ofHours(3)),
                "https://www.sb.by/articles/zakon-145-z.html");
        StoryFeatures media = f("Лукашенко подписал закон о средствах массовой информации",
                "Президент Беларуси Александр Лукашенко подписал закон «О средствах массовой информации».", "ru",
                T0.plus(Duration.ofHours(1)), "https://www.belta.by/president/view/zakon-o-smi.html");
        StoryFeatures other = f("Лукашенко подписал Закон № 146-З",
                "Президент Беларуси Александр Лукашенко подписал Закон № 146-З. Организации будут обязаны хранить"
                        + " электронные документы пять лет.", "ru", T0.plus(Duration.ofHours(4)),
                "https://news.by/articles/zakon-146-z.html");
        assertThat(matcher.score(newspaper, agency)).as("the law by its number only and the law by its title")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(media, agency)).as("two laws by their titles").isZero();
        assertThat(matcher.score(media, newspaper)).as("another law he signed that day, by its title")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(other, agency)).as("another law he signed that day, by its number")
                .isLessThan(StoryGrouper.JOIN);
        StoryFeatures bare = f("Лукашенко подписал Закон № 147-З",
                "Президент Беларуси Александр Лукашенко подписал Закон № 147-З.", "ru", T0.plus(Duration.ofHours(2)),
                "https://www.belta.by/president/view/zakon-147-z.html");
        assertThat(matcher.score(bare, agency)).as("another law he signed that day, its number all it names")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(bare, media)).as("another law he signed that day, its number all it names")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(other, newspaper)).as("two laws by their numbers").isZero();
    }

    /**
     * A register's announcements are written to one template: "Официально опубликован Указ № 412 …" and, minutes later,
     * "… Указ № 413 …" differ in the number and a word or two, so their SimHashes are near and the near-duplicate rule
     * joined them before the act veto was asked. Two acts of one kind by number with none in common are two events
     * however alike the sentences; the same text told twice (the same act) still joins.
     */
    @Test
    void nearDuplicateAnnouncementsOfTwoNumberedActsAreTwoEvents() {
        StoryFeatures first = f("Официально опубликован Указ № 412",
                "На Национальном правовом Интернет-портале Республики Беларусь официально опубликован Указ Президента"
                        + " Республики Беларусь от 2 декабря 2026 г. № 412 «О мерах по развитию цифровой экономики».",
                "ru", T0, "https://pravo.by/document/?guid=12551&p0=P32600412");
        StoryFeatures second = f("Официально опубликован Указ № 413",
                "На Национальном правовом Интернет-портале Республики Беларусь официально опубликован Указ Президента"
                        + " Республики Беларусь от 2 декабря 2026 г. № 413 «О мерах по развитию цифровой экономики».",
                "ru", T0.plus(Duration.ofMinutes(20)), "https://pravo.by/document/?guid=12551&p0=P32600413");
        StoryFeatures again = f("Официально опубликован Указ № 412",
                "На Национальном правовом Интернет-портале Республики Беларусь официально опубликован Указ Президента"
                        + " Республики Беларусь от 2 декабря 2026 г. № 412 «О мерах по развитию цифровой экономики».",
                "ru", T0.plus(Duration.ofHours(2)), "https://www.belta.by/society/view/ukaz-412.html");
        assertThat(matcher.score(first, second)).as("two decrees published to one template").isZero();
        assertThat(matcher.score(first, again)).as("the same decree's announcement told again")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "ru | Подписан Закон № 145-З «О защите персональных данных». | law:personal-data-protection",
            "be | Падпісаны Закон № 145-З «Аб абароне персанальных даных». | law:personal-data-protection",
            "en | Lukashenko signed Law No. 145-Z on personal data protection. | law:personal-data-protection",
            "ru | Опубликован Закон № 145-З от 2 апреля 2026 г. «О средствах массовой информации». | law:mass-media",
            "ru | Опубликован Закон «О защите персональных данных» № 145-З. | law:personal-data-protection"})
    void aNumberedLawToldWithItsTitleIsAlsoThatTitledLaw(String language, String summary, String titled) {
        assertThat(keys("News", summary, language)).contains(Keys.ACT + "law:145", Keys.ACT + titled);
    }

    @Test
    void aNumberedLawAmendingATitledLawIsNotThatLaw() {
        // the amended law is read inside the title on its own (ActExtractor); the amending law is not it
        String summary = "Подписан Закон № 145-З «Об изменении Закона «О защите персональных данных»».";
        ActReference amending = acts.extract(null, summary, null).get(0);
        assertThat(amending.id()).isEqualTo("law:145");
        assertThat(amending.titleId()).isNull();
    }

    // ---- thirty-fifth round (issue 11, the tuning sets' misses days apart: another site's piece on a law signed) ----

    /**
     * Thirty-fifth round: the head of state signs a law; three days later a newspaper's or a news site's explainer in its
     * own words ("the law is signed: what changes") tells the signing again without the law's title or number, the
     * head of state or a figure — the law, its signing and its subject are all it shares, and a retelling days later
     * needed two of a body, a subject and a name. A law on one subject is signed once: both telling a law's signing on
     * the same subject within the week are that signing, unless either names something of its own; another law signed
     * that week on another subject stays apart, and so does an official's comment (see the twenty-fifth round's test).
     */
    @Test
    void aLawsSigningRetoldDaysLaterIsThatSigningButNotAnotherLawsSigning() {
        StoryFeatures signed = f("Подписан Закон «О защите персональных данных»",
                "Глава государства подписал Закон «О защите персональных данных». Закон вводит обязательное"
                        + " уведомление об утечках и реестр операторов.", "ru", T0,
                "https://president.gov.by/ru/events/podpisan-zakon-o-personalnyh-dannyh");
        StoryFeatures explainer = f("Закон подписан: что изменится для тех, кто собирает наши данные",
                "Магазины и клиники получат новые обязанности: персональные данные клиентов придется беречь строже, а об"
                        + " утечках сообщать регулятору. Разбираемся, к чему готовиться бизнесу.", "ru",
                T0.plus(Duration.ofHours(70)), "https://www.sb.by/articles/zakon-podpisan-dannye.html");
        StoryFeatures otherLaw = f("Закон подписан: что изменится для интернет-магазинов",
                "Маркетплейсы и службы доставки получат новые обязанности: площадки электронной торговли придется"
                        + " регистрировать. Разбираемся, к чему готовиться бизнесу.", "ru",
                T0.plus(Duration.ofHours(70)), "https://www.sb.by/articles/zakon-podpisan-torgovlya.html");
        assertThat(matcher.score(explainer, signed)).as("the newspaper's explainer three days after the signing")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(otherLaw, signed)).as("an explainer on another law signed that week").isZero();
    }

    /**
     * Thirty-fifth round (b): a ministry reports a figure of a deed (cybercrime fraud down 12 % in the half-year); two
     * days later a newspaper's piece in its own words gives the same figure for the same deed, with the ministry, but no
     * subject of the glossary, name or place in common — the body, the deed and its figure are who and what the event
     * was, as a place of the same deed is. The same ministry's next report that week, with its own figure, stays apart.
     */
    @Test
    void aBodysFigureOfItsDeedRetoldDaysLaterIsThatReportButNotItsNextFigure() {
        StoryFeatures report = f("Cyber fraud in Belarus down 12% in January-June",
                "The number of fraud cases committed online fell by 12% in January-June compared with a year earlier,"
                        + " the Interior Ministry said. Scammers increasingly pose as couriers.", "en", T0,
                "https://eng.belta.by/society/view/cyber-fraud-down-12.html");
        StoryFeatures piece = f("Мошенников в сети стало меньше, но они хитрее",
                "По данным МВД, за полугодие число мошенничеств в интернете снизилось на 12 процентов. Мы расспросили"
                        + " сотрудников управления, как злоумышленники теперь представляются курьерами.", "ru",
                T0.plus(Duration.ofHours(46)), "https://www.sb.by/articles/moshennikov-menshe.html");
        StoryFeatures next = f("Мошенников в сети стало меньше в сентябре",
                "По данным МВД, в сентябре число мошенничеств в интернете снизилось на 7 процентов. Мы расспросили"
                        + " сотрудников управления, как злоумышленники теперь представляются курьерами.", "ru",
                T0.plus(Duration.ofHours(46)), "https://www.sb.by/articles/moshennikov-sentyabr.html");
        assertThat(matcher.score(piece, report)).as("the newspaper's piece with the ministry's figure two days later")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(next, report)).as("the ministry's next figure").isZero();
    }

    /**
     * Thirty-sixth round: the head of state signs an edict; his site's page and the agency's item within the hour tell
     * that signing, each in its editors' words — the page the edict's title and purpose, the agency what the body will
     * do in which fields — so that each names a subject the other does not and the pair's keys share only him, the
     * signing, the edict and the body it concerns. The same kind of act signed by him, told by his site and another
     * within hours, with the body it concerns in common and nothing of its own on either side, is one signing; another
     * edict signed that day, on another body, stays apart.
     */
    @Test
    void anEdictsSigningOnHisSiteAndTheAgencysItemAreOneSigningButNotAnotherEdictThatDay() {
        StoryFeatures page = f("Подписан указ о развитии Парка высоких технологий",
                "Глава государства подписал указ, продлевающий особый правовой режим Парка высоких технологий до 2040"
                        + " года. Документ направлен на развитие искусственного интеллекта в экономике.", "ru", T0,
                "https://president.gov.by/ru/events/podpisan-ukaz-o-razvitii-pvt");
        StoryFeatures agency = f("Лукашенко продлил режим ПВТ",
                "Президент подписал указ о Парке высоких технологий. Резиденты парка займутся проектами в"
                        + " здравоохранении и сельском хозяйстве.", "ru", T0.plus(Duration.ofMinutes(25)),
                "https://www.belta.by/president/view/lukashenko-prodlil-rezhim-pvt-1.html");
        StoryFeatures otherEdict = f("Лукашенко подписал указ о премиях молодым ученым",
                "Президент подписал указ о присуждении премий Национальной академии наук молодым ученым. Лауреаты"
                        + " работают в здравоохранении и сельском хозяйстве.", "ru", T0.plus(Duration.ofMinutes(40)),
                "https://www.belta.by/president/view/lukashenko-podpisal-ukaz-o-premiyah-2.html");
        assertThat(matcher.score(agency, page)).as("the agency's item on the edict his site announced")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(otherEdict, page)).as("another edict signed that day").isZero();
    }

    /**
     * Thirty-seventh round: the agency tells a bill's second reading in three languages the same day — the Russian item
     * the chamber, the reading and the amendments, the Belarusian edition where the bill goes next, the English one a
     * second subject of the law (its rules for advertising) — and a newspaper's piece the next morning, in its own
     * words, names the chamber, the law, the chamber it goes to and both subjects. With each version alone it shares
     * too little for one event (a body and a subject: the same body's next law looks the same); with the three together
     * it shares what the event was. A story's versions together meet it at a higher bar than a pair; the newspaper's
     * piece on another law the chamber passed, on payment systems, stays apart.
     */
    @Test
    void aPieceMeetingAStorysVersionsTogetherJoinsItButNotTheChambersOtherLaw() {
        StoryFeatures ru = f("Закон об электронной торговле принят во втором чтении",
                "Депутаты Палаты представителей приняли во втором чтении проект закона «Об электронной торговле». Ко"
                        + " второму чтению поступило 37 поправок, 22 из них учтены.", "ru", T0,
                "https://www.belta.by/politics/view/zakon-ob-elektronnoj-torgovle-1.html");
        StoryFeatures be = f("Закон аб электронным гандлі прыняты ў другім чытанні",
                "Палата прадстаўнікоў прыняла ў другім чытанні закон «Аб электронным гандлі». Дакумент накіраваны ў Савет"
                        + " Рэспублікі.", "be", T0.plus(Duration.ofHours(3)),
                "https://blr.belta.by/politics/view/zakon-ab-elektronnym-gandli-2.html");
        StoryFeatures en = f("Lower house passes e-commerce law",
                "The House of Representatives passed the e-commerce law in the second reading. It also sets rules for online"
                        + " advertising.", "en", T0.plus(Duration.ofHours(4)),
                "https://eng.belta.by/politics/view/lower-house-passes-e-commerce-law-3.html");
        StoryFeatures piece = f("Маркетплейсы ждут Совета Республики",
                "Нижняя палата завершила работу над законом о торговле в интернете. Что изменится для покупателей и"
                        + " продавцов: возврат товара, реклама в соцсетях и ответственность площадок.", "ru",
                T0.plus(Duration.ofHours(22)), "https://www.sb.by/articles/marketplejsy-zhdut.html");
        StoryFeatures otherLaw = f("Банки ждут Совета Республики",
                "Нижняя палата завершила работу над законом о платежных системах. Что изменится для клиентов банков:"
                        + " переводы, комиссии и ответственность банков.", "ru",
                T0.plus(Duration.ofHours(22)), "https://www.sb.by/articles/banki-zhdut.html");
        for (StoryFeatures version : List.of(ru, be, en)) {
            assertThat(matcher.score(piece, version)).as("the piece and one version").isLessThan(StoryGrouper.JOIN);
        }
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String story = index.add("ru", ru);
        assertThat(index.add("be", be)).isEqualTo(story);
        assertThat(index.add("en", en)).isEqualTo(story);
        assertThat(index.add("other-law", otherLaw)).as("the newspaper's piece on another law").isNotEqualTo(story);
        assertThat(index.add("piece", piece)).as("the newspaper's piece on the story's versions together")
                .isEqualTo(story);
    }

    // ---- thirty-eighth round (issue 11: one site's two language editions minutes apart) ----

    /**
     * The agency tells the standards committee's approval of an AI standard in English and, forty seconds later, in
     * Russian: the English edition names the body by the English name the agency uses ("the State Standardization
     * Committee"), the Russian one as "Госстандарт". With the body unread in the English edition the two shared only the
     * subject and the approval, and stayed two stories; read, the same day's gate finds the body approving a standard on the
     * subject in both, and they are one item told twice. The committee's other standard of the day, in Russian
     * five minutes later (cloud platforms: a subject of its own), stays apart.
     */
    @Test
    void aSitesEditionsMinutesApartNamingTheStandardsCommitteeByItsEnglishNameJoinButNotItsOtherStandard() {
        StoryFeatures en = f("Belarus approves national standard on safety of artificial intelligence systems",
                "The State Standardization Committee approved an STB standard setting safety requirements for artificial"
                        + " intelligence systems and the certification of AI products.", "en", T0,
                "https://eng.belta.by/society/view/belarus-approves-national-standard-on-ai-safety.html");
        StoryFeatures ru = f("В Беларуси утвержден национальный стандарт безопасности систем искусственного интеллекта",
                "Госстандарт утвердил СТБ о требованиях безопасности систем искусственного интеллекта и сертификации"
                        + " ИИ-продуктов.", "ru", T0.plusSeconds(40),
                "https://www.belta.by/society/view/v-belarusi-utverzhden-standart-bezopasnosti-ii.html");
        StoryFeatures cloud = f("Госстандарт утвердил стандарт для облачных платформ",
                "Госстандарт утвердил СТБ о требованиях к облачным платформам и центрам обработки данных.", "ru",
                T0.plus(Duration.ofMinutes(5)), "https://www.belta.by/society/view/gosstandart-oblachnye-platformy.html");
        assertThat(en.keys()).as("the committee by the agency's English name").contains(StoryMatcher.ORG + "gosstandart");
        assertThat(matcher.score(en, ru)).as("the Russian edition forty seconds after the English one")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(en, cloud)).as("the committee's other standard five minutes later")
                .isLessThan(StoryGrouper.JOIN);
    }

    /**
     * The academy's site tells its presidium's sitting on AI regulation in Russian, naming its chairman, and half an hour
     * later its English edition tells what the presidium approved: the body, the subject and the chairman in common, but
     * each reads another deed of the item (the sitting, the approval), so no edition rule finds the pair. One site's
     * editions minutes apart naming the same body, subject and person are one item. The chairman's other item of that
     * half-hour (the academy's new supercomputer: a subject of its own on each side) and the same English edition three
     * hours later stay apart.
     */
    @Test
    void aSitesEditionMinutesLaterNamingTheBodyTheSubjectAndThePersonJoinsThoughItReadsAnotherDeed() {
        StoryFeatures ru = f("Президиум НАН Беларуси обсудил правовое регулирование искусственного интеллекта",
                "На заседании Президиума Национальной академии наук под председательством Владимира Гусакова"
                        + " рассмотрены предложения ученых по регулированию искусственного интеллекта.", "ru", T0,
                "https://nasb.gov.by/rus/news/prezidium-regulirovanie-ii/");
        String title = "NASB Presidium backs proposals on AI regulation";
        String summary = "The Presidium of the National Academy of Sciences chaired by Vladimir Gusakov approved the"
                + " scientists' proposals on regulating artificial intelligence.";
        StoryFeatures en = f(title, summary, "en", T0.plus(Duration.ofMinutes(25)),
                "https://nasb.gov.by/eng/news/presidium-ai-regulation/");
        StoryFeatures later = f(title, summary, "en", T0.plus(Duration.ofHours(3)),
                "https://nasb.gov.by/eng/news/presidium-ai-regulation-2/");
        StoryFeatures supercomputer = f("NASB gets new supercomputer",
                "Vladimir Gusakov, Chairman of the Presidium of the National Academy of Sciences, opened a new"
                        + " supercomputer for the academy's institutes.", "en", T0.plus(Duration.ofMinutes(20)),
                "https://nasb.gov.by/eng/news/new-supercomputer/");
        assertThat(matcher.score(en, ru)).as("the English edition 25 minutes after the Russian item")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN).isLessThan(StoryGrouper.MERGE);
        assertThat(matcher.score(later, ru)).as("the English edition three hours later").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(supercomputer, ru)).as("the chairman's other item of the half-hour")
                .isLessThan(StoryGrouper.JOIN);
    }

    // ---- thirty-ninth round (issue 11: a newspaper's retelling sharing only the body and the event) ----

    /**
     * The agency tells the personal data centre's half-year inspections in Russian and English, with the figures; a
     * newspaper's piece three days later, in its own words, tells what the inspectors found most often, naming the
     * centre and its inspections and no figure. With each version it shares only the body and the kind of deed — what
     * the centre's next event shares too — so no pair rule may join it. Where the centre has no other story in the
     * week, it is that story's retelling; where its fine against an online shop was told that week too, which of the two
     * the piece retells is not known, and it stays apart.
     */
    @Test
    void aBodysOnlyStoryOfTheWeekRetoldByAnotherSiteJoinsButNotWhenTheBodyHasTwoStories() {
        StoryFeatures ru = f("НЦЗПД за полугодие провел 118 проверок",
                "Национальный центр защиты персональных данных в первом полугодии провел 118 проверок и выявил нарушения в"
                        + " 64 организациях.", "ru", T0, "https://www.belta.by/society/view/ncpd-118-proverok-1.html");
        StoryFeatures en = f("Personal data watchdog carried out 118 inspections in six months",
                "The National Personal Data Protection Center carried out 118 inspections in January-June and found"
                        + " violations at 64 organizations.", "en", T0.plus(Duration.ofHours(1)),
                "https://eng.belta.by/society/view/personal-data-watchdog-118-inspections-2.html");
        StoryFeatures fine = f("НЦЗПД оштрафовал интернет-магазин за утечку данных покупателей",
                "Национальный центр защиты персональных данных оштрафовал интернет-магазин, из базы которого утекли"
                        + " адреса и телефоны покупателей.", "ru", T0.plus(Duration.ofHours(30)),
                "https://www.belta.by/society/view/ncpd-shtraf-internet-magazin-3.html");
        StoryFeatures piece = f("Согласие по умолчанию не работает",
                "Национальный центр защиты персональных данных рассказал, что инспекторы чаще всего находят при проверках:"
                        + " согласие, спрятанное в договоре, лишние копии паспортов и открытые списки клиентов.", "ru",
                T0.plus(Duration.ofHours(70)), "https://www.sb.by/articles/soglasie-po-umolchaniyu.html");
        for (StoryFeatures version : List.of(ru, en)) {
            assertThat(matcher.score(piece, version)).as("the piece and one version").isLessThan(StoryGrouper.JOIN);
        }
        InMemoryStoryIndex alone = new InMemoryStoryIndex();
        String story = alone.add("ru", ru);
        assertThat(alone.add("en", en)).isEqualTo(story);
        assertThat(alone.add("piece", piece)).as("the newspaper's piece on the centre's only story of the week")
                .isEqualTo(story);
        InMemoryStoryIndex twoStories = new InMemoryStoryIndex();
        String inspections = twoStories.add("ru", ru);
        assertThat(twoStories.add("en", en)).isEqualTo(inspections);
        String shop = twoStories.add("fine", fine);
        assertThat(shop).as("the centre's fine, another event").isNotEqualTo(inspections);
        assertThat(twoStories.add("piece", piece)).as("the piece when the centre has two stories that week")
                .isNotEqualTo(inspections).isNotEqualTo(shop);
    }

    // ---- forty-first round (issue 11, recall: a body's only story retold by another site naming the body alone) ----

    /**
     * Forty-first round: a news site's explainer the next day names the ministry and, in its own words, what the
     * agency's items told — but no figure, no deed and no subject of the glossary in common with them (a sick note is
     * no theme of it): only the body. Where the ministry has one story that week, told once per language by each site,
     * it is that story's retelling; where the agency told the ministry twice in Russian that week (its regional figure
     * the next morning, joined to the story), the body had more than one item of news and which one the piece retells
     * is not known: it stays apart.
     */
    @Test
    void aBodysOnlyStoryRetoldByAnotherSiteNamingTheBodyAloneJoinsButNotWhereOneSiteToldTheBodyTwice() {
        StoryFeatures ru = f("Минздрав: с начала года выдано 2,4 млн электронных больничных листов",
                "Министерство здравоохранения сообщило, что с начала года поликлиники оформили 2,4 млн электронных"
                        + " листков нетрудоспособности.", "ru", T0,
                "https://www.belta.by/society/view/minzdrav-24-mln-bolnichnyh-1.html");
        StoryFeatures en = f("Healthcare Ministry: 2.4 million electronic sick notes issued this year",
                "Belarusian outpatient clinics have issued 2.4 million electronic sick notes since the start of the year,"
                        + " the Healthcare Ministry said.", "en", T0.plus(Duration.ofMinutes(50)),
                "https://eng.belta.by/society/view/healthcare-ministry-24-million-sick-notes-2.html");
        StoryFeatures regional = f("В Гомельской области оформлено 300 тыс. электронных больничных",
                "Из 2,4 млн электронных листков нетрудоспособности, оформленных с начала года, 300 тыс. выданы в"
                        + " поликлиниках Гомельской области, сообщили в Министерстве здравоохранения.", "ru",
                T0.plus(Duration.ofHours(20)), "https://www.belta.by/regions/view/gomel-300-tys-bolnichnyh-3.html");
        StoryFeatures piece = f("Больничный без бумаги: что нужно знать работнику",
                "В Министерстве здравоохранения рассказали, как работодатель узнает об открытом больничном и почему"
                        + " бумажный бланк больше не нужен.", "ru", T0.plus(Duration.ofHours(26)),
                "https://news.by/society/bolnichnyj-bez-bumagi.html");
        for (StoryFeatures version : List.of(ru, en)) {
            assertThat(matcher.score(piece, version)).as("the piece and one version").isLessThan(StoryGrouper.JOIN);
        }
        InMemoryStoryIndex once = new InMemoryStoryIndex();
        String story = once.add("ru", ru);
        assertThat(once.add("en", en)).isEqualTo(story);
        assertThat(once.add("piece", piece)).as("the news site's piece naming the ministry alone").isEqualTo(story);
        InMemoryStoryIndex twice = new InMemoryStoryIndex();
        String told = twice.add("ru", ru);
        assertThat(twice.add("en", en)).isEqualTo(told);
        assertThat(twice.add("regional", regional)).as("the agency's regional figure, joined").isEqualTo(told);
        assertThat(twice.add("piece", piece)).as("the piece where the agency told the ministry twice in Russian")
                .isNotEqualTo(told);
    }

    // ---- fortieth round (issue 11, precision: a forum's events chained into one story; fresh46 and fresh64) ----

    /**
     * Fortieth round: a forum is the frame of many events over its days — its plenary sitting, its contest's awards,
     * the agreements signed on its margins — and every item of it names the forum, its city and its subject. Two items
     * that each tell a deed of the programme the other does not, sharing no figure, are two events; the plenary told in
     * two languages, and the agreement told by the agency and by the ministry's site, still join.
     */
    @Test
    void aForumsPlenaryItsAwardsAndAnAgreementOnItsMarginsAreThreeEventsButEachVersionJoinsItsOwn() {
        StoryFeatures plenary = f("На пленарном заседании форума «Цифроград-2026» в Гродно обсудили цифровизацию регионов",
                "Пленарное заседание международного форума «Цифроград-2026» открылось в Гродно. Участники обсудили"
                        + " цифровую трансформацию регионов и электронные услуги для сельских жителей.", "ru", T0,
                "https://www.belta.by/regions/view/cifrograd-plenarnoe.html");
        StoryFeatures plenaryEn = f("Tsifrograd 2026 forum plenary in Grodno discusses digital regions",
                "The plenary sitting of the international forum Tsifrograd 2026 opened in Grodno. Participants discussed the"
                        + " digital transformation of the regions and e-services for rural residents.", "en",
                T0.plus(Duration.ofMinutes(50)), "https://eng.belta.by/regions/view/tsifrograd-plenary.html");
        StoryFeatures awards = f("На форуме «Цифроград-2026» в Гродно наградили победителей конкурса цифровых проектов",
                "На международном форуме «Цифроград-2026» в Гродно вручили награды победителям конкурса проектов"
                        + " цифровой трансформации регионов. Гран-при получила платформа электронных услуг для сельских"
                        + " жителей.", "ru", T0.plus(Duration.ofHours(5)),
                "https://www.belta.by/regions/view/cifrograd-nagrady.html");
        StoryFeatures agreement = f("На полях форума «Цифроград-2026» подписано соглашение о цифровизации районных больниц",
                "Гродненский облисполком и компания «Медтехсофт» подписали на полях форума «Цифроград-2026» в Гродно"
                        + " соглашение о цифровой трансформации районных больниц и электронных услугах для сельских жителей.", "ru",
                T0.plus(Duration.ofHours(3)), "https://www.belta.by/regions/view/cifrograd-soglashenie.html");
        StoryFeatures agreementSite = f("Соглашение о цифровизации больниц подписано на форуме «Цифроград-2026»",
                "Гродненский облисполком и компания «Медтехсофт» на форуме «Цифроград-2026» подписали соглашение о"
                        + " цифровой трансформации районных больниц и электронных услугах для сельских жителей области.", "ru",
                T0.plus(Duration.ofHours(4)), "https://grodno-region.by/news/cifrograd-soglashenie.html");
        assertThat(matcher.score(awards, plenary)).as("the awards and the plenary").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(awards, plenaryEn)).as("the awards and the plenary in English")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(agreement, plenary)).as("the agreement and the plenary").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(agreementSite, awards)).as("the agreement and the awards").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(plenaryEn, plenary)).as("the plenary in two languages")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(agreementSite, agreement)).as("the agreement on two sites")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Fortieth round: a source tells a forum's day once; its item the next day, telling a deed of the programme the
     * first does not (a roadmap signed, against the minister's figure at the plenary), is the next day's event, though
     * both name the forum, the minister and his ministry. Its edition in another language the next morning, giving the
     * same figure, is the first item still.
     */
    @Test
    void oneSitesItemOfAForumsNextDayTellingADeedOfItsOwnIsAnotherEventButNotItsEditionTheNextMorning() {
        StoryFeatures firstDay = f("Коваленок на форуме «Цифроград-2026»: доля электронных услуг в регионах достигнет 80%",
                "Министр связи и информатизации Игорь Коваленок заявил на форуме «Цифроград-2026», что к 2030 году"
                        + " 80% административных процедур в регионах будут доступны в электронном виде.", "ru", T0,
                "https://www.belta.by/economics/view/kovalenok-80-procentov.html");
        StoryFeatures firstDayEn = f("Minister: 80% of regional procedures to go online by 2030",
                "Communications and Informatization Minister Igor Kovalenok told the Tsifrograd 2026 forum that 80% of"
                        + " administrative procedures in the regions will be available online by 2030.", "en",
                T0.plus(Duration.ofHours(20)), "https://eng.belta.by/economics/view/kovalenok-80-percent.html");
        StoryFeatures nextDay = f("Коваленок и узбекский министр подписали дорожную карту на форуме «Цифроград-2026»",
                "Министр связи и информатизации Игорь Коваленок и министр цифровых технологий Узбекистана подписали на"
                        + " форуме «Цифроград-2026» дорожную карту сотрудничества, в которую вошли 14 мероприятий.", "ru",
                T0.plus(Duration.ofHours(23)), "https://www.belta.by/economics/view/kovalenok-uzbekistan.html");
        assertThat(matcher.score(nextDay, firstDay)).as("the next day's roadmap and the first day's figure")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(firstDayEn, firstDay)).as("the first day's figure in English the next morning")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    // ---- forty-second round (issue 11, precision: forums, visits and greetings; fresh46 and fresh64) ----

    /**
     * Forty-second round: the forum's name outside the glossary, given with its year ("БИТЕХ-2026"), is what every item
     * of the forum names, whatever of its events each tells — the frame, as the conference is, not a body's acronym
     * that would make the prime minister at its opening and his talks there with a guest "who came to BITEKH-2026",
     * or the academy's presentation he visited, one event. The opening told by the agency and by the government's site
     * still joins.
     */
    @Test
    void aForumsNameWithItsYearIsTheFrameOfItsEventsNotADetailOfOne() {
        StoryFeatures opening = f("Премьер-министр Роман Головченко принял участие в открытии форума БИТЕХ-2026",
                "Премьер-министр Роман Головченко принял участие в открытии международного форума БИТЕХ-2026 в Минске."
                        + " Центральная тема форума в этом году – искусственный интеллект в государственном управлении.",
                "ru", T0, "https://www.government.by/ru/content/bitekh-2026-otkrytie");
        StoryFeatures openingAgency = f("Форум БИТЕХ-2026 открылся в Минске при участии Романа Головченко",
                "Международный форум БИТЕХ-2026 открылся в Минске, в открытии принял участие премьер-министр Роман"
                        + " Головченко. Центральная тема – искусственный интеллект в государственном управлении.",
                "ru", T0.plus(Duration.ofMinutes(40)), "https://www.belta.by/economics/view/bitekh-2026-otkrylsya.html");
        StoryFeatures talks = f("Роман Головченко провел переговоры с министром цифрового развития Казахстана",
                "Премьер-министр Роман Головченко встретился с министром цифрового развития Казахстана Жасланом"
                        + " Мадиевым, который прибыл на БИТЕХ-2026. Стороны обсудили взаимное признание электронной"
                        + " цифровой подписи.", "ru", T0.plus(Duration.ofHours(3)),
                "https://www.government.by/ru/content/golovchenko-madiev");
        StoryFeatures presentation = f("Академия наук представила на БИТЕХ-2026 более 40 разработок",
                "Национальная академия наук представила на выставке БИТЕХ-2026 более 40 разработок, в том числе"
                        + " суперкомпьютер. Стенд академии осмотрел премьер-министр Роман Головченко.", "ru",
                T0.plus(Duration.ofHours(2)), "https://nasb.gov.by/rus/news/bitekh-2026-razrabotki");
        assertThat(matcher.score(talks, opening)).as("the prime minister's talks and his opening")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(presentation, opening)).as("the academy's presentation and the opening")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(openingAgency, opening)).as("the opening on two sites")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Forty-second round: one site's item "on the second day of the forum" and its item of the first day in another
     * language, more than half a day apart, are two days' events where one tells a deed of the programme the other does
     * not (a panel), though neither gives figures the other does not: the minister's 5G panel the next day and the
     * English edition of his first day's figure. The panel's own English edition that afternoon, naming the second day
     * too, still joins it.
     */
    @Test
    void oneSitesItemOnTheForumsSecondDayIsAnotherEventThanItsFirstDaysEditionButNotThanItsOwnEdition() {
        StoryFeatures firstDayEn = f("Minister: 80% of regional procedures to go online by 2030",
                "Communications and Informatization Minister Igor Kovalenok told the Tsifrograd 2026 forum in Grodno that 80%"
                        + " of administrative procedures in the regions will be available online by 2030.", "en", T0,
                "https://eng.belta.by/economics/view/kovalenok-80-percent.html");
        StoryFeatures panel = f("Коваленок рассказал о развитии сетей 5G во второй день форума в Гродно",
                "Министр связи и информатизации Игорь Коваленок на панельной дискуссии во второй день форума"
                        + " «Цифроград-2026» в Гродно рассказал о развитии сетей пятого поколения в регионах.", "ru",
                T0.plus(Duration.ofHours(22)), "https://www.belta.by/economics/view/kovalenok-5g-panel.html");
        StoryFeatures panelEn = f("Kovalenok speaks about 5G networks on second day of forum in Grodno",
                "Communications and Informatization Minister Igor Kovalenok spoke at a panel discussion on the second day of"
                        + " the Tsifrograd 2026 forum in Grodno about the development of fifth-generation networks in the"
                        + " regions.", "en", T0.plus(Duration.ofHours(24)),
                "https://eng.belta.by/economics/view/kovalenok-5g-panel.html");
        assertThat(matcher.score(panel, firstDayEn)).as("the second day's panel and the first day's figure in English")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(panelEn, panel)).as("the panel in two languages")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    // ---- forty-fourth round (issue 11, precision: the head of state and a guest chain a visit's events; fresh46) ----

    /**
     * Forty-fourth round: the head of state's greeting to a forum ("Приветствие участникам …") is a greeting, as
     * "Поздравление" and "Greetings to" are: the morning after a section of the forum, it is another event than that
     * section (a deed of the programme each), though both name the forum, the two countries and the subject. The same
     * morning the forum's opening, where his greeting is read out, is still its story.
     */
    @Test
    void theHeadOfStatesGreetingIsAnotherEventThanTheForumsSectionTheDayBeforeButNotThanItsOpening() {
        StoryFeatures section = f("Ученые двух стран на XIV Форуме регионов предложили совместные центры ИИ",
                "На секции «Наука в регионах» XIV Форума регионов Беларуси и России ученые Национальной академии наук"
                        + " Беларуси и региональных отделений РАН предложили создать совместные центры искусственного"
                        + " интеллекта при университетах областных центров. Секция прошла в Гродно.",
                "ru", T0, "https://www.belta.by/society/view/forum-regionov-sekciya.html");
        StoryFeatures greeting = f("Приветствие участникам XIV Форума регионов Беларуси и России",
                "Александр Лукашенко направил приветствие участникам XIV Форума регионов Беларуси и России. Глава"
                        + " государства отметил, что совместные проекты двух стран в сфере искусственного интеллекта"
                        + " должны укреплять технологический суверенитет Союзного государства.", "ru",
                T0.plus(Duration.ofHours(16)), "https://president.gov.by/ru/events/privetstvie-forum-regionov-xiv");
        StoryFeatures opening = f("В Гродно открылся XIV Форум регионов Беларуси и России",
                "XIV Форум регионов Беларуси и России открылся в Гродно. Участникам зачитали приветствие главы"
                        + " государства: совместные проекты двух стран в сфере искусственного интеллекта должны укреплять"
                        + " технологический суверенитет Союзного государства.", "ru", T0.plus(Duration.ofHours(17)),
                "https://www.belta.by/society/view/forum-regionov-otkrylsya.html");
        assertThat(matcher.score(greeting, section)).as("the greeting and the section the day before")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(greeting, opening)).as("the greeting and the opening that morning")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(features.extract("Приветствие участникам форума", "", null, "ru", T0, null, List.of()).keys())
                .as("Приветствие").contains(StoryMatcher.GREETING);
        assertThat(features.extract("Прывітанне ўдзельнікам форуму", "", null, "be", T0, null, List.of()).keys())
                .as("Прывітанне").contains(StoryMatcher.GREETING);
    }

    /**
     * Forty-fourth round: a guest's talks in narrow format and the statements for the press an hour later are two parts
     * of the talks. The statements meet the narrow format's story through its English version, which says only "the
     * talks" — but the story's other versions name the narrow format, so the statements do not join it; and a
     * newspaper's piece the next morning on what the leaders told the press ("Выходя к прессе"), which meets both
     * stories, joins the statements and does not merge the two.
     */
    @Test
    void thePressStatementsJoinNoStoryOfTheNarrowFormatTalksThroughAVersionNamingNoPartOfThem() {
        StoryFeatures narrow = f("Переговоры с Президентом Вьетнама в узком составе",
                "Во Дворце Независимости начались переговоры Александра Лукашенко с Президентом Вьетнама, прибывшим с"
                        + " официальным визитом. В узком составе лидеры обсудили электронное правительство и Парк высоких"
                        + " технологий.", "ru", T0, "https://president.gov.by/ru/events/peregovory-vietnam-uzkiy");
        StoryFeatures narrowBe = f("Перамовы з Прэзідэнтам В'етнама ў вузкім складзе",
                "У Палацы Незалежнасці пачаліся перамовы Аляксандра Лукашэнкі з Прэзідэнтам В'етнама, які прыбыў з"
                        + " афіцыйным візітам. У вузкім складзе лідары абмеркавалі электронны ўрад і Парк высокіх"
                        + " тэхналогій.", "be", T0.plus(Duration.ofMinutes(40)),
                "https://president.gov.by/be/events/peramovy-vietnam-vuzki");
        StoryFeatures narrowEn = f("Lukashenko: Belarus ready to share e-government, HTP experience with Vietnam",
                "Belarus is ready to share its experience in e-government and the High-Technology Park with Vietnam,"
                        + " Aleksandr Lukashenko said at the talks with the President of Vietnam, who is in Minsk on an"
                        + " official visit.", "en", T0.plus(Duration.ofMinutes(30)),
                "https://eng.belta.by/president/view/lukashenko-vietnam-e-government.html");
        StoryFeatures statements = f("Лукашенко: Беларусь и Вьетнам договорились о совместных ИТ-проектах",
                "Беларусь и Вьетнам договорились о совместных проектах в сфере информационных технологий. Об этом"
                        + " Александр Лукашенко заявил в ходе заявлений для прессы по итогам переговоров. Президент"
                        + " пригласил вьетнамских программистов к работе с резидентами ПВТ и поставил задачу удвоить"
                        + " товарооборот за три года.", "ru", T0.plus(Duration.ofHours(3)),
                "https://www.belta.by/president/view/lukashenko-vietnam-it-proekty.html");
        StoryFeatures statementsEn = f("Statements for the press following Belarus-Vietnam talks",
                "Following the talks, Aleksandr Lukashenko and the President of Vietnam made statements for the press."
                        + " The sides agreed to set up joint IT projects; Vietnamese programmers are invited to work with"
                        + " HTP residents, and trade is to double within three years.", "en",
                T0.plus(Duration.ofHours(3).plusMinutes(30)),
                "https://president.gov.by/en/events/statements-for-the-press-vietnam");
        StoryFeatures piece = f("Удвоить за три года: что лидеры сказали журналистам",
                "Выходя к прессе, Александр Лукашенко и президент Вьетнама говорили об удвоении товарооборота за три"
                        + " года и о вьетнамских айтишниках в белорусском Парке высоких технологий во время визита.",
                "ru", T0.plus(Duration.ofHours(22)), "https://www.sb.by/articles/udvoit-za-tri-goda.html");
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String talks = index.add("narrow", narrow);
        assertThat(index.add("narrow-be", narrowBe)).isEqualTo(talks);
        assertThat(index.add("narrow-en", narrowEn)).as("the narrow format in English").isEqualTo(talks);
        String press = index.add("statements", statements);
        assertThat(press).as("the press statements, against the narrow format's story").isNotEqualTo(talks);
        assertThat(index.add("statements-en", statementsEn)).as("the press statements in English").isEqualTo(press);
        index.add("piece", piece);
        assertThat(index.stories().get("piece")).as("the newspaper's piece on the statements")
                .isEqualTo(index.stories().get("statements"));
        assertThat(index.stories().get("narrow")).as("the narrow format, not merged with the statements")
                .isNotEqualTo(index.stories().get("statements"));
    }

    /**
     * Forty-fourth round: "сустрэліся" (they met) is the talks, as "сустрэча" and "сустрэўся" are: the head of state's
     * meeting with a guest on a forum's margins, told in Belarusian, is another event than the forum's plenary where he
     * spoke that afternoon, though both name him, the forum, its union and its city; the meeting's page on his site in
     * Russian still joins it.
     */
    @Test
    void aMeetingOnAForumsMarginsToldAsSustrelisyaIsTheTalksNotTheForumsPlenary() {
        StoryFeatures plenary = f("Лукашэнка: ЕАЭС патрэбныя ўласныя лічбавыя платформы",
                "Еўразійскаму эканамічнаму саюзу неабходна развіваць уласныя лічбавыя платформы. Пра гэта Аляксандр"
                        + " Лукашэнка заявіў на пленарным пасяджэнні Еўразійскага эканамічнага форуму ў Мінску.", "be", T0,
                "https://blr.belta.by/president/view/lukashenka-eaes-platformy.html");
        StoryFeatures meeting = f("Лукашэнка і Прэзідэнт Кыргызстана сустрэліся на палях Еўразійскага форуму",
                "Аляксандр Лукашэнка і Прэзідэнт Кыргызстана сустрэліся на палях Еўразійскага эканамічнага форуму ў"
                        + " Мінску. Абмяркоўваліся гандаль і кааперацыя ў машынабудаванні ў межах ЕАЭС.", "be",
                T0.plus(Duration.ofHours(4)), "https://blr.belta.by/president/view/lukashenka-kyrgyzstan.html");
        StoryFeatures meetingRu = f("Встреча с Президентом Кыргызстана",
                "На полях Евразийского экономического форума Александр Лукашенко провел встречу с Президентом"
                        + " Кыргызстана. Лидеры обсудили торговлю и кооперацию в машиностроении в рамках ЕАЭС.", "ru",
                T0.plus(Duration.ofHours(3)), "https://president.gov.by/ru/events/vstrecha-s-prezidentom-kyrgyzstana");
        assertThat(matcher.score(meeting, plenary)).as("the meeting on the margins and the plenary")
                .isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(meeting, meetingRu)).as("the meeting in Belarusian and on his site in Russian")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    // ---- forty-seventh round (issue 11, precision: a forum's and a visit's events chained; fresh64 and fresh46) ----

    /**
     * Forty-seventh round: the head of state's site publishes each of his greetings once per language, so its two
     * greeting pages of one day in Russian — to a scientists' congress in the morning, to a youth forum of the two
     * countries in the afternoon — are two greetings, though both name him, the two countries, their union and a
     * forum. The afternoon's greeting scored 0.61–0.65 with the morning's page, its English edition and the agency's item
     * quoting it; now it joins no story holding its site's other greeting. The morning greeting's
     * edition in English still joins its story.
     */
    @Test
    void oneSitesTwoGreetingsInOneLanguageAreTwoGreetingsThoughTheAgencysVersionOfTheFirstMeetsTheSecond() {
        StoryFeatures morning = f("Приветствие участникам Конгресса ученых Беларуси и России",
                "Александр Лукашенко направил приветствие участникам Конгресса ученых Беларуси и России. Глава"
                        + " государства отметил, что наука двух стран должна работать на технологический суверенитет"
                        + " Союзного государства.", "ru", T0, "https://president.gov.by/ru/events/privetstvie-kongress-uchenyh");
        StoryFeatures morningEn = f("Greetings to participants of the Congress of Scientists of Belarus and Russia",
                "Aleksandr Lukashenko sent greetings to participants of the Congress of Scientists of Belarus and Russia."
                        + " Science of the two countries must serve the technological sovereignty of the Union State, the"
                        + " head of state noted.", "en", T0.plus(Duration.ofMinutes(30)),
                "https://president.gov.by/en/events/greetings-congress-of-scientists");
        StoryFeatures agency = f("Лукашенко: наука Беларуси и России должна работать на суверенитет Союзного государства",
                "Наука двух стран должна работать на технологический суверенитет Союзного государства. Об этом говорится"
                        + " в приветствии Александра Лукашенко участникам конгресса ученых Беларуси и России.", "ru",
                T0.plus(Duration.ofHours(1)), "https://www.belta.by/president/view/lukashenko-nauka-suverenitet.html");
        StoryFeatures afternoon = f("Приветствие участникам Молодежного форума Беларуси и России",
                "Александр Лукашенко направил приветствие участникам Молодежного форума Беларуси и России. Глава"
                        + " государства выразил уверенность, что молодежь двух стран укрепит Союзное государство.", "ru",
                T0.plus(Duration.ofHours(7)), "https://president.gov.by/ru/events/privetstvie-molodezhnyy-forum");
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String congress = index.add("morning", morning);
        assertThat(index.add("morning-en", morningEn)).as("the morning greeting in English").isEqualTo(congress);
        assertThat(index.add("agency", agency)).as("the agency quoting the morning greeting").isEqualTo(congress);
        assertThat(index.add("afternoon", afternoon)).as("the afternoon's greeting to another forum, on the same site")
                .isNotEqualTo(congress);
    }

    /**
     * Forty-seventh round: one site's item in one language more than half a day after another, each telling a deed of
     * a programme of its own (the academy's roadmap with a foreign academy signed at a conference; its agreement with that academy's
     * regional branch on a joint laboratory the next day) and sharing no figure or act's number, is another event: a
     * site tells an event once in a language. The next day's agreement scored 0.59–0.69 with the roadmap, its English
     * edition and the agency's version (the two academies, the country, the subject, "signed"); now it joins no story
     * holding its own site's roadmap. The roadmap's versions on the agency still join, and so does the site's own edition in English
     * the next morning.
     */
    @Test
    void oneSitesItemADayLaterTellingADeedOfItsOwnIsAnotherEventThoughAnotherSitesVersionMeetsIt() {
        StoryFeatures roadmap = f("НАН Беларуси и РАН подписали дорожную карту по исследованиям в области квантовых вычислений",
                "На полях конференции «Наука Союзного государства» Национальная академия наук Беларуси и Российская"
                        + " академия наук подписали дорожную карту совместных исследований в области квантовых"
                        + " вычислений.", "ru", T0, "https://nasb.gov.by/rus/news/dorozhnaya-karta-kvant");
        StoryFeatures agency = f("Академии наук Беларуси и России займутся квантовыми вычислениями вместе",
                "Национальная академия наук Беларуси и Российская академия наук подписали документ о совместных"
                        + " исследованиях в области квантовых вычислений, сообщили в НАН.", "ru",
                T0.plus(Duration.ofHours(1)), "https://www.belta.by/society/view/akademii-kvant.html");
        StoryFeatures roadmapEn = f("NAS of Belarus and RAS sign quantum computing research roadmap",
                "The National Academy of Sciences of Belarus and the Russian Academy of Sciences signed a roadmap of joint"
                        + " research in quantum computing on the sidelines of the Science of the Union State conference.",
                "en", T0.plus(Duration.ofHours(18)), "https://nasb.gov.by/eng/news/roadmap-quantum");
        StoryFeatures laboratory = f("НАН Беларуси и Уральское отделение РАН договорились о создании совместной лаборатории",
                "Национальная академия наук Беларуси и Уральское отделение Российской академии наук подписали"
                        + " соглашение о создании совместной лаборатории квантовых вычислений в Екатеринбурге.", "ru",
                T0.plus(Duration.ofHours(22)), "https://nasb.gov.by/rus/news/laboratoriya-uralskoe-otdelenie");
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String story = index.add("roadmap", roadmap);
        assertThat(index.add("agency", agency)).as("the agency's version of the roadmap").isEqualTo(story);
        assertThat(index.add("roadmap-en", roadmapEn)).as("the site's English edition the next morning").isEqualTo(story);
        assertThat(index.add("laboratory", laboratory)).as("the site's laboratory agreed the next day")
                .isNotEqualTo(story);
    }

    // ---- forty-fifth round (issue 11, recall: a subject's only story retold by another site, by a bounded look-up) ----

    /**
     * Forty-fifth round: a newspaper's feature two days after the agency's English and Belarusian items names the
     * subject (drones) and, in everyday words, what it was about (the farmer, the fertiliser) — no body, figure, place or
     * name in common, and themes are no indexed key (nor are everyday words, for items with keys of their own like the
     * agency's): before, it never met the agency's items and founded a story of its own. The subject look-up finds the subject's items of the last four days; where those sharing its everyday words
     * are all of one story, the piece retells it — the border guards' drones shown the same week, sharing none of its
     * words, are no rival. Where the agency told another farm-drone event that week (a purchase of crop sprayers),
     * which one the piece retells is not known, and it stays apart.
     */
    @Test
    void aSubjectsOnlyStoryWithTheSameEverydayWordsIsFoundByTheSubjectLookUpButNotWhereTheSubjectHasTwoSuchStories() {
        StoryFeatures en = f("Grodno Oblast farmers start applying fertilisers from drones",
                "Forty farms of Grodno Oblast are applying mineral fertilisers with drones on 12,500 hectares this"
                        + " spring, the regional executive committee said.", "en", T0,
                "https://eng.belta.by/regions/view/grodno-farmers-drones-1.html");
        StoryFeatures be = f("На Гродзеншчыне фермеры пачалі ўносіць угнаенні з беспілотнікаў",
                "Сорак фермерскіх гаспадарак Гродзенскай вобласці гэтай вясной уносяць мінеральныя ўгнаенні з дапамогай"
                        + " беспілотнікаў на 12 500 гектарах, паведамілі ў аблвыканкаме.", "be", T0.plus(Duration.ofMinutes(40)),
                "https://blr.belta.by/regions/view/grodna-fermery-bespilotniki-2.html");
        StoryFeatures border = f("Пограничники показали новые беспилотники для охраны границы",
                "На учениях пограничной службы показали беспилотники, которые патрулируют участки границы ночью.", "ru",
                T0.plus(Duration.ofHours(10)), "https://www.belta.by/society/view/pogranichniki-bespilotniki-3.html");
        StoryFeatures sprayers = f("В Минской области закупят беспилотники-опрыскиватели для фермеров",
                "Фермерские хозяйства Минской области получат пятьдесят беспилотников-опрыскивателей по программе"
                        + " лизинга, сообщили в облисполкоме.", "ru", T0.plus(Duration.ofHours(20)),
                "https://www.belta.by/regions/view/minsk-oblast-opryskivateli-4.html");
        StoryFeatures piece = f("Небо над полем: как беспилотник помогает фермеру",
                "Фермеры рассказали, почему удобрения теперь вносят с воздуха и сколько времени беспилотник экономит в"
                        + " поле.", "ru", T0.plus(Duration.ofHours(46)), "https://www.sb.by/articles/nebo-nad-polem.html");
        for (StoryFeatures version : List.of(en, be)) {
            assertThat(matcher.score(piece, version)).as("the piece and one version").isLessThan(StoryGrouper.JOIN);
        }
        InMemoryStoryIndex one = new InMemoryStoryIndex();
        String story = one.add("en", en);
        assertThat(one.add("be", be)).isEqualTo(story);
        assertThat(one.add("border", border)).as("the border guards' drones").isNotEqualTo(story);
        assertThat(one.add("piece", piece)).as("the newspaper's piece on the farm drones").isEqualTo(story);
        InMemoryStoryIndex two = new InMemoryStoryIndex();
        String first = two.add("en", en);
        assertThat(two.add("be", be)).isEqualTo(first);
        String second = two.add("sprayers", sprayers);
        assertThat(second).as("the sprayers' purchase").isNotEqualTo(first);
        String apart = two.add("piece", piece);
        assertThat(apart).as("the piece where the farm drones have two stories").isNotEqualTo(first)
                .isNotEqualTo(second);
    }

    // ---- forty-ninth round (issue 11: a site gives its item one edition in each of its languages) ----

    /**
     * The agency tells in Russian how the Vitebsk water utility put acoustic sensors on its mains to find leaks, with
     * their count; three hours later its English edition, in its editors' words, names the utility and the city and not
     * the count. They share the utility and the city and little else the pair rules weigh. The site's English
     * item of that afternoon on the utility's new tariffs is another item: by then the Russian item's story has its
     * English edition. The same English edition eight hours later, beyond the agency's hours, stays apart.
     */
    @Test
    void aSitesEditionInAnotherLanguageJoinsTheStoryThatHasNoEditionInItsLanguageYet() {
        StoryFeatures ru = f("Витебский водоканал ищет утечки с помощью акустических датчиков",
                "Витебский водоканал установил на магистральных сетях 240 акустических датчиков. Система сама"
                        + " сообщает диспетчеру, где под землей течет вода, рассказали на предприятии.", "ru", T0,
                "https://www.belta.by/regions/view/vitebskij-vodokanal-datchiki.html");
        String title = "Vitebsk water utility listens for leaks";
        String summary = "The Vitebsk water utility now finds leaks in its mains by sound: sensors tell the dispatcher"
                + " where water escapes underground, the utility said.";
        StoryFeatures en = f(title, summary, "en", T0.plus(Duration.ofHours(3)),
                "https://eng.belta.by/regions/view/vitebsk-water-utility-leaks.html");
        StoryFeatures tariffs = f("Vitebsk water utility explains new tariffs",
                "The Vitebsk water utility explained how water bills will change next month, the utility said.", "en",
                T0.plus(Duration.ofHours(4)), "https://eng.belta.by/regions/view/vitebsk-water-utility-tariffs.html");
        StoryFeatures later = f(title, summary, "en", T0.plus(Duration.ofHours(8)),
                "https://eng.belta.by/regions/view/vitebsk-water-utility-leaks-2.html");
        assertThat(matcher.score(en, ru)).as("the pair alone").isLessThan(StoryGrouper.JOIN);
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String story = index.add("ru", ru);
        assertThat(index.add("en", en)).as("the English edition three hours later").isEqualTo(story);
        assertThat(index.add("tariffs", tariffs)).as("the site's other English item on the utility").isNotEqualTo(story);
        InMemoryStoryIndex late = new InMemoryStoryIndex();
        String first = late.add("ru", ru);
        assertThat(late.add("later", later)).as("the English edition eight hours later").isNotEqualTo(first);
    }

    // ---- fifty-first round (issue 11, precision: a domain of recurring sittings and reports; fresh76) ----

    /**
     * Fifty-first round: a sum written out in Russian words — "5 миллионов", "2,4 миллиарда" — is the sum, as "5 млн",
     * "5 million" and the Belarusian "5 мільёнаў" always were. Before, the Russian words were no unit: "more than 5
     * million voters" was the count 5, which met a "five years ago" of another item and missed the "5 млн" of the
     * event's own versions.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "На участки пришли более 5 миллионов избирателей. | #5000000",
            "На участки пришли более 5 млн избирателей.        | #5000000",
            "На программу направят 2,4 миллиарда рублей.       | #2400000000",
            "Выделено 300 миллионов рублей на ремонт школ.     | #300000000"})
    void aSumWrittenOutInRussianWordsIsTheSum(String summary, String key) {
        assertThat(keys("Новости", summary, "ru")).contains(key).doesNotContain("#5", "#2", "#300");
    }

    // ---- fifty-second round (issue 11, precision: a domain of recurring sittings and reports; fresh76) ----

    /**
     * Fifty-second round: "назначение выборов", "назначил выборы", "прызначэнне выбараў" — calling an election, or a
     * referendum — is no appointment: the word is the one that appoints a person ("назначил министра"), but what is
     * "appointed" here is a vote's date. Read as an appointment, the edict calling the election shared an event with
     * the head of state's personnel decisions, and with any item saying the edict "о назначении выборов" was coming.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Подписан указ о назначении выборов депутатов областных Советов.",
            "ru | Глава государства назначил выборы на 14 марта.",
            "ru | Указ о назначении досрочных выборов будет подписан на следующей неделе.",
            "ru | Парламент рассмотрит вопрос о назначении референдума.",
            "be | Падпісаны ўказ аб прызначэнні выбараў у мясцовыя Саветы.",
            "be | Кіраўнік дзяржавы прызначыў выбары на 14 сакавіка."})
    void callingAnElectionIsNoAppointment(String language, String summary) {
        assertThat(keys("Выборы", summary, language)).doesNotContain(StoryMatcher.APPOINTMENT);
    }

    /** The counterpart of {@link #callingAnElectionIsNoAppointment}: a person appointed is still an appointment. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Глава государства назначил министра транспорта.",
            "ru | О назначении председателя избирательной комиссии области.",
            "be | Кіраўнік дзяржавы прызначыў міністра транспарту."})
    void aPersonAppointedIsStillAnAppointment(String language, String summary) {
        assertThat(keys("Кадры", summary, language)).contains(StoryMatcher.APPOINTMENT);
    }

    /**
     * Fifty-second round: a signing to come ("будет подписан", "будуць падпісаны", "will be signed") is no signing —
     * the head of state saying his edict will be signed is another event than the signing days later.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Глава государства сказал, что указ будет подписан в ближайшие дни.",
            "ru | Документы будут подписаны по итогам переговоров.",
            "be | Указ будзе падпісаны на наступным тыдні.",
            "en | The decree will be signed next week, the head of state said."})
    void aSigningToComeIsNoSigning(String language, String summary) {
        assertThat(keys("Указ", summary, language)).doesNotContain(StoryMatcher.EVENT + "signed-act");
    }

    /** The counterpart of {@link #aSigningToComeIsNoSigning}: a signing told done is still a signing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Глава государства подписал указ о налогах.",
            "ru | Указ подписан, сообщили в пресс-службе.",
            "en | The decree was signed on Monday."})
    void aSigningDoneIsStillASigning(String language, String summary) {
        assertThat(keys("Указ", summary, language)).contains(StoryMatcher.EVENT + "signed-act");
    }

    /**
     * Fifty-second round: the election commission's chairman proposing the election day, the head of state saying the
     * edict calling it will be signed in the coming days, is another event than the edicts signed five days later,
     * though both name the election day three months ahead, the edict and the head of state. Both misreadings
     * ({@link #callingAnElectionIsNoAppointment}, {@link #aSigningToComeIsNoSigning}) had made a deed in common.
     */
    @Test
    void theElectionDayProposedIsAnotherEventThanTheEdictCallingTheElection() {
        StoryFeatures proposed = f("Председатель избиркома предложил провести выборы 14 марта",
                "Глава Центризбиркома доложил Президенту о подготовке к выборам. Глава государства сказал, что указ о "
                        + "назначении выборов будет подписан в ближайшие дни.", "ru", T0,
                "https://www.belta.by/politics/view/izbirkom-predlozhil-datu-vyborov-101.html");
        StoryFeatures signed = f("Подписан указ о назначении выборов",
                "Президент подписал указ о назначении выборов депутатов местных Советов. Голосование пройдет 14 марта.",
                "ru", T0.plus(Duration.ofDays(5)), "https://president.gov.by/ru/events/podpisan-ukaz-o-vyborah");
        StoryFeatures signedEn = f("Belarus president calls local elections for 14 March",
                "The head of state signed a decree calling elections to local councils. The voting day will be 14 March.",
                "en", T0.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(30)),
                "https://president.gov.by/en/events/decree-calling-local-elections");
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String proposal = index.add("proposed", proposed);
        String edict = index.add("signed", signed);
        assertThat(index.add("signed-en", signedEn)).as("the edict's English version").isEqualTo(edict);
        assertThat(edict).as("the edict signed five days after it was announced").isNotEqualTo(proposal);
        assertThat(index.stories().get("proposed")).as("the proposal, after the edict's versions").isEqualTo(proposal);
    }

    // ---- fifty-third round (issue 11, recall on a new domain: foreign trade and diplomacy; fresh74) ----

    /**
     * Fifty-third round: a country named by its adjective is the country — "the Uzbek delegation", "узбекская
     * сторона", "таджикскія партнёры", "египетской компанией", "Turkish investors" — as "Chinese", "китайский" and
     * "кітайскі" always were; and Pakistan, a partner the glossary did not know, is a country. Before, the version
     * saying "Uzbek" named no country at all, so it shared no country with "Узбекистан" and met no country veto.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The Uzbek delegation arrived in Minsk for talks.          | c:country:uzbekistan",
            "ru | Узбекская делегация прибыла в Минск на переговоры.        | c:country:uzbekistan",
            "be | Узбекская дэлегацыя прыбыла ў Мінск на перамовы.          | c:country:uzbekistan",
            "en | Tajik partners ordered forty buses.                      | c:country:tajikistan",
            "ru | Таджикские партнеры заказали сорок автобусов.            | c:country:tajikistan",
            "be | Таджыкскія партнёры замовілі сорак аўтобусаў.            | c:country:tajikistan",
            "ru | Контракт подписан с египетской компанией.                | c:country:egypt",
            "be | Кантракт падпісаны з егіпецкай кампаніяй.                | c:country:egypt",
            "en | Turkish investors visited the free economic zone.        | c:country:turkey",
            "ru | Турецкие инвесторы посетили свободную экономическую зону. | c:country:turkey",
            "ru | Армянская сторона предложила новый маршрут.              | c:country:armenia",
            "ru | Монгольские фермеры закупили тракторы.                   | c:country:mongolia",
            "ru | Бразильская компания откроет сборку.                     | c:country:brazil",
            "en | The Prime Minister of Pakistan arrived in Minsk.         | c:country:pakistan",
            "ru | Премьер-министр Пакистана прибыл в Минск.                | c:country:pakistan",
            "be | Прэм'ер-міністр Пакістана прыбыў у Мінск.                | c:country:pakistan"})
    void aCountryNamedByItsAdjectiveIsTheCountry(String language, String summary, String key) {
        assertThat(keys("Новости", summary, language)).contains(key);
    }

    /**
     * Fifty-third round: a sum abbreviated the English press's way is the sum — "$480m", "USD41m", "BYN12.5m" (an "m"
     * glued to a sum after its currency), "9.6 bln USD", "$480mn" — as "$480 млн", "480 million dollars" and "$2.5bn"
     * always were; and a trillion is a trillion ("1,8 трлн" = "1.8 trillion"). Before, "$480m" was the count 480 and
     * "9.6 bln" the figure 9.6, so the English item met none of the Russian and Belarusian versions' sums. An "m"
     * glued to a number without a currency stays what it was (a resolution of "0.35m" is metres, not a sum).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Belarusian companies signed contracts worth over $480m.  | #480000000     | #480",
            "en | Belarusian companies signed contracts worth over $480mn. | #480000000     | #480",
            "ru | Белорусские компании подписали контракты на $480 млн.    | #480000000     | #480",
            "en | Belarus-China trade hit a record 9.6 bln USD last year.  | #9600000000    | #9.6",
            "en | The forum yielded 23 agreements worth USD41m.            | #41000000      | #41",
            "en | Innovation Day yields BYN12.5m in deals.                 | #12500000      | #12.5",
            "en | The model was trained on 1.8 trillion tokens.           | #1800000000000 | #1.8",
            "ru | Модель обучена на 1,8 трлн токенов.                      | #1800000000000 | #1.8",
            "en | The satellite takes images with a resolution of 0.35m.   | #0.35          | #350000"})
    void aSumAbbreviatedTheEnglishPressWayIsTheSum(String language, String summary, String key, String notKey) {
        assertThat(keys("Новости", summary, language)).contains(key).doesNotContain(notKey);
    }

    /**
     * Fifty-fourth round: a million named without a count is one million — "Миллион тонн у Витебщины", "первый
     * миллион тонн", "миллионный рубеж", "мільён тон", "a million tonnes" — as "1 млн т" and "1 million tonnes" of the
     * other versions are. Before, the word alone gave no figure, so the local paper's headline figure met none of the
     * agency's. A count before or after it is read as before ("два миллиона" = 2 million, "1,5 миллиона"), "полтора
     * миллиона" and "адзін мільён дзвесце тысяч" are no one million, "millions", "миллионы" no figure; a billion alone
     * stays no figure (it rounds a sum the other versions give exactly).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Миллион тонн у Витебщины: аграрии завершили уборку.  | #1000000",
            "ru | В области намолочен первый миллион тонн зерна.      | #1000000",
            "ru | Витебщина взяла миллионный рубеж по зерну.           | #1000000",
            "ru | Хлеборобы области перешагнули рубеж в миллион тонн.  | #1000000",
            "be | Віцебшчына намалаціла першы мільён тон збожжа.      | #1000000",
            "be | Віцебшчына ўзяла мільённы рубеж.                     | #1000000",
            "en | Vitebsk Oblast farmers have threshed a million tonnes. | #1000000"})
    void aMillionWithoutACountIsOneMillion(String language, String summary, String key) {
        assertThat(keys("Новости", summary, language)).contains(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Аграрии намолотили два миллиона тонн зерна.     | #2000000",
            "ru | Аграрии намолотили 1,5 миллиона тонн зерна.     | #1500000",
            "ru | Аграрии намолотили полтора миллиона тонн зерна. | ",
            "ru | Аграрии намолотили миллионы тонн зерна.         | ",
            "be | Экспарт склаў адзін мільён дзвесце тысяч долараў. | ",
            "ru | Экспорт превысил миллиард долларов.              | ",
            "en | Farmers have threshed millions of tonnes.      | "})
    void aMillionAfterACountOrInThePluralIsNoOneMillion(String language, String summary, String key) {
        Set<String> keys = keys("Новости", summary, language);
        assertThat(keys).doesNotContain("#1000000", "#1000000000");
        if (key != null) {
            assertThat(keys).contains(key);
        }
    }
    /**
     * Fifty-fourth round: a region opening a sentence before "Oblast", "область", "вобласць" is the region's place, as
     * "на Віцебшчыне" and "in Vitebsk Oblast" are: "Vitebsk Oblast harvests…" had no place (a sentence's first word is
     * no name), so two regions' milestone titles of one morning ("1 million tonnes") had nothing to tell them apart.
     * A sentence's first word before anything else stays no key.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Vitebsk Oblast harvests 1 million tonnes of grain. | c:place:~vtb",
            "ru | Витебская область намолотила 1 млн т зерна.        | c:place:~vtb",
            "be | Віцебская вобласць намалаціла 1 млн т збожжа.      | c:place:~vtb"})
    void aRegionOpeningATitleBeforeOblastIsThePlace(String language, String title, String key) {
        assertThat(keys(title, "Аграрии подвели итоги.", language)).contains(key);
        assertThat(keys("Vitebsk farmers harvest 1 million tonnes of grain.", "Farmers summed up.", "en"))
                .noneMatch(k -> k.endsWith("vtb"));
    }

    // ---- fifty-fifth round (issue 11, precision: a domain of recurring sittings and reports; fresh76) ----

    /**
     * Fifty-fifth round: a compound numeral is read whole — "двадцать девятого созыва", "дваццаць дзявятага
     * склікання", "the twenty-ninth convocation" are the 29th, as "29-го созыва" and "29th" always were; "тридцать
     * первого форума", "трыццаці адной кампаніі", "двадцати двум ученым" are 31, 31 and 22. Before, only a unit in the
     * nominative or genitive ("двадцать пять", "двадцати пяти") was added to its ten, so an ordinal's unit, or a
     * unit in another case, was dropped: the 29th convocation was the number 20 and met any "20" of another item.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Открылась сессия Палаты представителей двадцать девятого созыва.       | #29 | #20",
            "be | Адкрылася сесія Палаты прадстаўнікоў дваццаць дзявятага склікання.    | #29 | #20",
            "en | Deputies of the twenty-ninth convocation met for the first session.   | #29 | #20",
            "ru | Участники тридцать первого форума обсудили цифровизацию.              | #31 | #30",
            "be | Удзельнікі трыццаць першага форуму абмеркавалі лічбавізацыю.           | #31 | #30",
            "be | Савет адобрыў рэгістрацыю трыццаці адной новай кампаніі.              | #31 | #30",
            "ru | Премии вручены двадцати двум молодым ученым.                           | #22 | #20",
            "ru | Делегаты сорок третьего съезда избрали председателя.                   | #43 | #40"})
    void aCompoundNumeralIsReadWhole(String language, String summary, String key, String notKey) {
        assertThat(keys("Новости", summary, language)).contains(key).doesNotContain(notKey);
    }

    /**
     * Fifty-fifth round: a day of a month in words is a date, read as its digits are — "двадцать пятого сентября" as
     * "25 сентября" (another day's date a detail, today's or a date that does not exist nothing), not the count 20 or
     * 25. Before, "двадцатого сентября" was the number 20 that any "20 regions" met, and "двадцать пятого сентября" 20
     * too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Выборы состоятся двадцать пятого сентября. | Выборы состоятся 25 сентября.",
            "be | Выбары адбудуцца дваццаць пятага верасня.  | Выбары адбудуцца 25 верасня.",
            "ru | Голосование пройдет двадцатого сентября.   | Голосование пройдет 20 сентября.",
            "ru | Выборы назначены на двадцать девятое февраля. | Выборы назначены на 29 февраля.",
            "ru | Сессия откроется седьмого сентября.        | Сессия откроется 7 сентября."})
    void aDayInWordsIsADateAsItsDigitsAre(String language, String inWords, String inDigits) {
        assertThat(numberKeys(keys("Выборы", inWords, language)))
                .isEqualTo(numberKeys(keys("Выборы", inDigits, language)))
                .doesNotContain("#20", "#25", "#29");
    }

    /**
     * Fifty-fifth round: the election commission's calendar the day after the edicts calling the election is another
     * announcement of the campaign, not a retelling of the edicts — though another site's piece in the same language
     * shares their rare words (the vote, the councils, the campaign, the month). Both name days weeks ahead and none in
     * common: the vote on 15 November against the nomination from 5 October and early voting from 10 November.
     */
    @Test
    void theCommissionsCalendarIsAnotherAnnouncementThanTheEdictCallingTheElection() {
        StoryFeatures edict = f("Единый день голосования по выборам в местные Советы пройдет 15 ноября",
                "Глава государства подписал указ о назначении выборов депутатов местных Советов. Избирательная кампания "
                        + "стартовала, голосование пройдет 15 ноября.", "ru", T0, "https://news.example/politics/edict");
        StoryFeatures calendar = f("Избирательная комиссия утвердила календарный план выборов в местные Советы",
                "Выдвижение кандидатов начнется 5 октября, досрочное голосование пройдет 10 ноября. Избирательная "
                        + "кампания идет по плану.", "ru", T0.plusSeconds(26 * 3600), "https://paper.example/elections/plan");
        assertThat(matcher.score(calendar, edict)).as("the commission's calendar the next day").isZero();
    }

    /** The counterpart: another site's piece the next day retelling the edict, with its day of the vote, joins it. */
    @Test
    void anotherSitesPieceGivingTheSameDayOfTheVoteStillRetellsTheEdict() {
        StoryFeatures edict = f("Единый день голосования по выборам в местные Советы пройдет 15 ноября",
                "Глава государства подписал указ о назначении выборов депутатов местных Советов. Избирательная кампания "
                        + "стартовала, голосование пройдет 15 ноября.", "ru", T0, "https://news.example/politics/edict");
        StoryFeatures retold = f("Избирательная кампания стартовала: голосование по выборам в местные Советы 15 ноября",
                "Депутатов местных Советов выберут 15 ноября, кампания стартовала.", "ru",
                T0.plusSeconds(26 * 3600), "https://paper.example/elections/start");
        assertThat(matcher.score(retold, edict)).as("the same day of the vote, the same campaign").isGreaterThan(0);
    }

    /**
     * Fifty-sixth round: another site's piece the next day giving the report's figure rounded ("2482 рубля" or "2481
     * рубль" for 2 481,7) retells the report: read as written, the rounded figure was a figure of its own, and two
     * figures that differ refused the pair.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Зарплата в Гродненской области в мае — 2482 рубля | Средняя зарплата работников Гродненской области в мае составила 2482 рубля, сообщили в Белстате.",
            "Зарплата в Гродненской области в мае — 2481 рубль | Средняя зарплата работников Гродненской области в мае составила 2481 рубль, сообщили в Белстате."})
    void aFigureRoundedByAnotherSiteIsTheReportsFigure(String title, String summary) {
        StoryFeatures report = f("Средняя зарплата в Гродненской области в мае составила 2 481,7 рубля",
                "Номинальная начисленная средняя заработная плата работников Гродненской области в мае составила 2 481,7 "
                        + "рубля, сообщили в Белстате.", "ru", T0);
        StoryFeatures retold = f(title, summary, "ru", T0.plusSeconds(26 * 3600));
        assertThat(matcher.score(retold, report)).as("the report's figure rounded, the next day").isGreaterThan(0);
    }

    /** The counterpart: the month before's figure, not a rounding of this one (nor within 1 % of it), stays apart. */
    @Test
    void anotherMonthsFigureIsNoFigureRounded() {
        StoryFeatures report = f("Средняя зарплата в Гродненской области в мае составила 2 481,7 рубля",
                "Номинальная начисленная средняя заработная плата работников Гродненской области в мае составила 2 481,7 "
                        + "рубля, сообщили в Белстате.", "ru", T0);
        StoryFeatures april = f("Зарплата в Гродненской области в апреле — 2391 рубль",
                "Средняя зарплата работников Гродненской области в апреле составила 2391 рубль, сообщили в Белстате.",
                "ru", T0.plusSeconds(26 * 3600));
        assertThat(matcher.score(april, report)).as("another month's wage").isZero();
    }

    /**
     * Fifty-sixth round: the retelling giving the figure rounded must find the report first — the candidate search
     * looks up keys as written, and "#1843" is not "#1843.27": the report is found by its whole forms too (whether
     * the two then join is the matcher's: here the report's approval is a deed the retelling does not tell).
     */
    @Test
    void aFigureRoundedFindsTheReportItRetells() {
        StoryFeatures report = f("Минимальный потребительский бюджет семьи из четырех человек составит 1 843,27 рубля",
                "Министерство труда и социальной защиты утвердило минимальный потребительский бюджет семьи из четырех "
                        + "человек в Могилевской области: 1 843,27 рубля в расчете на месяц, сообщает Белстат.", "ru", T0);
        StoryFeatures retold = f("Бюджет семьи из четырех человек вырос до 1843 рублей: на что его хватит",
                "Минимальный потребительский бюджет семьи из четырех человек вырос до 1843 рублей в месяц.", "ru",
                T0.plusSeconds(26 * 3600));
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        index.add("report", report);
        assertThat(index.candidates(retold)).as("the candidates of the report's figure rounded, the next day")
                .extracting(StoryIndex.Candidate::itemId).contains("report");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#2481.7 | #2482 | true", "#2481.7 | #2481 | true", "#2481.7 | #2400 | false", "#2481.7 | #2500 | false",
            "#91800000000 | #92000000000 | true", "#470.51 | #470.5 | true", "#470.51 | #470 | true",
            "#3612.8 | #3600 | false", "#2481.7 | #2391 | false", "#2482 | #2481.7 | false", "#5.3% | #5% | false",
            "#86.4 | #86 | false", "#2481.7 | #2000 | false", "#1046.85 | #1047 | true", "#09-25 | #09 | false",
            "#30.5kg | #30kg | false", "#1200 | #1200 | false", "#307400000000 | #307000000000 | true",
            "#1250000 | #1200000 | false", "#2915.6 | #2916 | true", "#2915.6 | #2910 | false"})
    void aFigureRoundedIsReadOnlyWhereItIsOneRounded(String precise, String rounded, boolean rounds) {
        assertThat(RoundedFigures.rounds(precise, rounded)).as("%s rounded to %s", precise, rounded).isEqualTo(rounds);
    }

    /**
     * Fifty-seventh round: the local paper's retelling two days later of a region's chairman's direct line — the
     * official by his title ("председателя облисполкома", "губернатора") and once by name, the region as "Витебщина",
     * the count of calls — joins the agency's item in the other language, which names him, his committee's region and
     * the same count. The three keys shared are independent signs (a figure, a person outside the glossary, a place);
     * before, their score was 0 (days apart, no institution of the glossary in common, the paper's subjects of its own).
     */
    @Test
    void theLocalPapersRetellingOfTheChairmansDirectLineSharingHisNameTheRegionAndTheCountJoinsIt() {
        StoryFeatures agency = f("Сідарэнка правёў прамую лінію з жыхарамі вобласці",
                "Старшыня Віцебскага аблвыканкама Іван Сідарэнка адказаў на пытанні жыхароў рэгіёна. Паступіла 38 "
                        + "зваротаў, у тым ліку пра рамонт дарог і вываз смецця.", "be", T0,
                "https://agency.example/be/region/direct-line");
        StoryFeatures paper = f("На прямой линии председателя облисполкома — 38 звонков",
                "Ремонт дорог, мусор и отопление: в субботу жители Витебщины снова дозвонились до губернатора. Часть "
                        + "вопросов, по словам Ивана Сидоренко, решат до осени.", "ru", T0.plusSeconds(45 * 3600),
                "https://paper.example/region/direct-line-38");
        assertThat(matcher.score(paper, agency)).as("his name, his region and the count of calls")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /** The counterpart: another region's chairman's direct line with the same count of calls stays apart. */
    @Test
    void anotherChairmansDirectLineWithTheSameCountStaysApart() {
        StoryFeatures agency = f("Сідарэнка правёў прамую лінію з жыхарамі вобласці",
                "Старшыня Віцебскага аблвыканкама Іван Сідарэнка адказаў на пытанні жыхароў рэгіёна. Паступіла 38 "
                        + "зваротаў, у тым ліку пра рамонт дарог і вываз смецця.", "be", T0,
                "https://agency.example/be/region/direct-line");
        StoryFeatures other = f("На прямой линии председателя облисполкома — 38 звонков",
                "Ремонт дорог, мусор и отопление: в субботу жители Гродненщины снова дозвонились до губернатора. Часть "
                        + "вопросов, по словам Петра Карпенко, решат до осени.", "ru", T0.plusSeconds(45 * 3600),
                "https://paper.example/region/direct-line-38");
        assertThat(matcher.score(other, agency)).as("another region, another chairman").isLessThan(StoryGrouper.JOIN);
    }

    // ---- fifty-eighth round (issue 11, precision: recurring sittings, campaigns and milestones; fresh76, fresh83) ----

    /**
     * Fifty-eighth round: two regions' milestones of one morning — "Vitebsk Oblast harvests 1 million tonnes", "Brest
     * Oblast harvests 1 million tonnes" — are two events, however many words and the figure they share: a region is
     * read as a place outside the glossary ({@code c:place:~vtb}), and only the glossary's places could conflict, so
     * the agency's two English items met on the million, the theme and a dozen words.
     */
    @Test
    void twoRegionsMilestonesOfOneMorningAreTwoEvents() {
        StoryFeatures vitebsk = f("Vitebsk Oblast harvests 1 million tonnes of grain",
                "Vitebsk Oblast farmers threshed one million tonnes of grain including rapeseed. The average yield "
                        + "stands at 38.2 centners per hectare.", "en", T0,
                "https://news.example/en/regions/vitebsk-oblast-threshes-1-million-tonnes");
        StoryFeatures brest = f("Brest Oblast harvests 1 million tonnes of grain",
                "Brest Oblast farmers threshed one million tonnes of grain including rapeseed. The average yield "
                        + "stands at 41.5 centners per hectare.", "en", T0.plus(Duration.ofMinutes(70)),
                "https://news.example/en/regions/brest-oblast-harvests-1-million-tonnes");
        assertThat(matcher.score(brest, vitebsk)).as("another region's million the same morning").isZero();
    }

    /** The counterpart: the same region's milestone in two languages, with its figures, is still one event. */
    @Test
    void oneRegionsMilestoneInTwoLanguagesIsStillOneEvent() {
        StoryFeatures en = f("Brest Oblast harvests 1 million tonnes of grain",
                "Brest Oblast farmers threshed one million tonnes of grain including rapeseed. The average yield "
                        + "stands at 41.5 centners per hectare.", "en", T0,
                "https://news.example/en/regions/brest-oblast-harvests-1-million-tonnes");
        StoryFeatures be = f("Брэсцкая вобласць намалаціла 1 млн т збожжа",
                "Аграрыі Брэстчыны намалацілі мільён тон збожжа з рапсам. Сярэдняя ўраджайнасць — 41,5 ц/га.", "be",
                T0.plus(Duration.ofMinutes(40)), "https://news.example/be/regions/brestchyna-million");
        assertThat(matcher.score(be, en)).as("the same region's million in Belarusian").isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * Fifty-eighth round, the regions' counterpart: a region named in a list ("in Brest, Grodno and Vitebsk regions": the
     * first read as the place, the others as names) is in common with an item placing the event in one of them ("in
     * Grodno"): no conflict of places, either way round.
     */
    @Test
    void aRegionNamedInAListIsInCommonWithAnItemPlacedThere() {
        StoryFeatures list = f("Project to teach digital skills in three regions",
                "The programme will train 5,000 residents of villages in Brest, Grodno and Vitebsk regions.", "en", T0,
                "https://partner.example/en/digital-skills-project");
        StoryFeatures launch = f("Digital skills project launched",
                "The project was launched in Grodno on Monday, its coordinator said.", "en",
                T0.plus(Duration.ofHours(20)), "https://news.example/en/digital-skills-launched");
        assertThat(list.keys()).contains("c:place:~brst", "n:grdn");
        assertThat(launch.keys()).contains("c:place:~grdn");
        assertThat(list.profile().placesConflict(launch.profile(), launch.keys())).isFalse();
        assertThat(launch.profile().placesConflict(list.profile(), list.keys())).isFalse();
    }

    // ---- fifty-ninth round (issue 11, recall: defence and security cooperation; fresh86) ----

    /**
     * Fifty-ninth round: the Commander-in-Chief is the head of state — "Главнокомандующий встретился с выпускниками",
     * "Галоўнакамандуючы назірае за вучэннямі", "The Commander-in-Chief met the graduates" name him as "Глава
     * государства" and "Лукашенко" do. Before, the title was a word of its own language, so his site's item and the
     * agency's of one event shared no actor, and the defence items naming him only by his rank met nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Главнокомандующий встретился с выпускниками военных вузов.        ",
            "ru | По решению Главнокомандующего начата проверка боеготовности.      ",
            "be | Галоўнакамандуючы назірае за ходам вучэнняў на палігоне.          ",
            "be | Па рашэнні Галоўнакамандуючага пачалася праверка.                  ",
            "en | The Commander-in-Chief met with graduates of military universities."})
    void theCommanderInChiefIsTheHeadOfState(String language, String summary) {
        assertThat(keys("Новости", summary, language)).contains("c:head:head-of-state");
    }

    // ---- sixtieth round (issue 11, recall: defence, courts, energy; fresh86, fresh89, fresh90) ----

    /**
     * Sixtieth round: another site's piece the same day that gives the report's one figure and no figure of its own —
     * the newspaper's angle "Тридцать тысяч с тепловым насосом" beside the agency's "более 30 тыс. домохозяйств", in
     * other words and another language — tells that report. A figure alone was half a detail (the same figure turns up
     * in unrelated items), and its context (an actor, an event or two subject words in common) is what an angle piece
     * leaves out; but where every figure of each side is the other's and their keys agree, it is the report's figure.
     */
    @Test
    void anotherSitesAnglePieceTheSameDayGivingTheReportsOneFigureJoinsIt() {
        StoryFeatures agency = f("Over 30,000 households in Belarus now heat their homes with heat pumps",
                "The number of private homes using heat pumps has passed 30,000, the energy ministry said.", "en", T0,
                "https://agency.example/en/economy/heat-pumps-30000");
        StoryFeatures paper = f("Тридцать тысяч с тепловым насосом: почему частные дома уходят от котлов",
                "Более 30 тыс. семей уже греют дома тепловыми насосами. Разбираемся, во что обходится переход.", "ru",
                T0.plus(Duration.ofHours(9)), "https://paper.example/dom/teplovye-nasosy");
        assertThat(matcher.score(paper, agency)).as("the report's one figure, another site's own words the same day")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /**
     * The counterpart: the same site's two items the same day giving one figure — a body's two counts of a day are
     * often alike — and another site's piece naming a figure of its own beside the shared one stay apart.
     */
    @Test
    void aFigureSharedWithAFigureOfItsOwnOrBySameSiteStaysHalfADetail() {
        StoryFeatures agency = f("Over 30,000 households in Belarus now heat their homes with heat pumps",
                "The number of private homes using heat pumps has passed 30,000, the energy ministry said.", "en", T0,
                "https://agency.example/en/economy/heat-pumps-30000");
        StoryFeatures ownFigure = f("Тридцать тысяч с тепловым насосом: почему частные дома уходят от котлов",
                "Более 30 тыс. семей уже греют дома тепловыми насосами, а еще 4 500 подали заявки в 2035 году.", "ru",
                T0.plus(Duration.ofHours(9)), "https://paper.example/dom/teplovye-nasosy");
        StoryFeatures sameSite = f("Тридцать тысяч с тепловым насосом: почему частные дома уходят от котлов",
                "Более 30 тыс. семей уже греют дома тепловыми насосами. Разбираемся, во что обходится переход.", "ru",
                T0.plus(Duration.ofHours(9)), "https://agency.example/ru/dom/teplovye-nasosy");
        assertThat(matcher.score(ownFigure, agency)).as("a figure of its own beside the shared one").isLessThan(StoryGrouper.JOIN);
        assertThat(matcher.score(sameSite, agency)).as("the same site's other item").isLessThan(StoryGrouper.JOIN);
    }

    /**
     * Sixtieth round: two governments' commission told the same afternoon by a wire and by the committee's own page —
     * "Kazakhstan and Belarus discussed arms supplies at the sitting in Astana", "the intergovernmental commission on
     * military-technical cooperation met in Astana" — share the sitting, the country and the city. A sitting is no event
     * in common (it is the frame of all a body decides), so the city was no detail and nothing else was: they stayed
     * apart.
     */
    @Test
    void oneCommissionsSittingWithTheCountryAndTheCityInCommonIsOneEvent() {
        StoryFeatures wire = f("Казахстан и Белоруссия обсудили поставки вооружений на следующий год",
                "На заседании в Астане стороны согласовали поставки и ремонт техники.", "ru", T0,
                "https://wire.example/ru/world/kazakhstan-belarus-vts");
        StoryFeatures ownPage = f("Состоялось заседание межправительственной комиссии по ВТС",
                "В Астане состоялось заседание межправительственной комиссии по военно-техническому сотрудничеству "
                        + "Беларуси и Казахстана.", "ru", T0.plus(Duration.ofHours(1)),
                "https://committee.example/ru/news/komissiya-vts");
        assertThat(matcher.score(ownPage, wire)).as("the sitting, the country and the city the same afternoon")
                .isGreaterThanOrEqualTo(StoryGrouper.JOIN);
    }

    /** The counterpart: the same governments' other commission in that city that day, on trade, stays apart. */
    @Test
    void theSameGovernmentsOtherCommissionInTheCityThatDayStaysApart() {
        StoryFeatures science = f("Беларусь и Казахстан утвердили программу совместных исследований в области ИИ",
                "На заседании межправительственной комиссии по научно-техническому сотрудничеству в Астане стороны "
                        + "утвердили программу исследований в области искусственного интеллекта.", "ru", T0,
                "https://agency.example/ru/science/komissiya-ii-astana");
        StoryFeatures trade = f("Комиссия по торгово-экономическому сотрудничеству Беларусь — Казахстан провела заседание",
                "Заседание межправительственной комиссии по торгово-экономическому сотрудничеству прошло в Астане. "
                        + "Обсуждались поставки и товарооборот.", "ru", T0.plus(Duration.ofHours(2)),
                "https://wire.example/ru/economy/kazakhstan-belarus-trade");
        assertThat(matcher.score(trade, science)).as("another commission, its own subject").isLessThan(StoryGrouper.JOIN);
    }

    // ---- sixty-second round (issue 11, recall: one body or facility named in every script; the glossary) ----

    /**
     * Sixty-second round: the atomic energy agency — «МАГАТЭ» in Russian and Belarusian, "IAEA" and its full name in
     * English — is one body; before, the two acronyms were two names that sound apart.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Миссия МАГАТЭ завершила проверку безопасности станции.                  ",
            "be | Місія МАГАТЭ завяршыла праверку бяспекі станцыі.                        ",
            "en | An IAEA mission completed its safety review of the plant.               ",
            "en | The International Atomic Energy Agency completed its safety review.     ",
            "ru | Международное агентство по атомной энергии завершило проверку станции.  "})
    void theAtomicEnergyAgencyIsOneBodyInEveryScript(String language, String summary) {
        assertThat(keys("Новости", summary, language)).contains("c:org:iaea");
    }

    /**
     * Sixty-second round: the Supreme Court in its cases — «Верховный суд», «Верховного суда», «Вярхоўны суд»,
     * «Вярхоўнага суда», "the Supreme Court" — is one body; before, two words of each language. A newspaper's "Высший
     * суд страны" ("the country's highest court") names it too: without it, the agency's versions naming the body lost
     * the words they shared with the newspaper's piece.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Верховный суд рассмотрел обращение о пересмотре приговора.        ",
            "ru | Пленум Верховного суда обобщил практику по делам о мошенничестве. ",
            "be | Вярхоўны суд разгледзеў зварот аб перагледзе прысуду.             ",
            "be | Пленум Вярхоўнага суда абагульніў практыку па справах аб махлярстве.",
            "en | The Supreme Court reviewed the appeal against the sentence.       ",
            "ru | Высший суд страны впервые обобщил практику по цифровым доказательствам.",
            "en | The country's highest court reviewed the appeal against the sentence."})
    void theSupremeCourtIsOneBodyInEveryScript(String language, String summary) {
        assertThat(keys("Новости", summary, language)).contains("c:org:supreme-court");
    }

    /**
     * Sixty-second round: the nuclear plant by its short name, its full name and its town — «БелАЭС», «на Белорусской
     * АЭС», «Беларускай АЭС», "Belarusian NPP", "BelNPP", «Островецкая АЭС», "Astravets NPP" — is one facility. Before,
     * each script's name was a word or a name of its own ("БелАЭС" a name, "АЭС" a word), so the plant's news in
     * another language shared no key with it; "ЕАЭС" (the Eurasian union) stays apart.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | Второй энергоблок БелАЭС выведен на плановый ремонт.                  ",
            "ru | На Белорусской АЭС начали загрузку свежего топлива.                    ",
            "ru | Островецкая АЭС выработала рекордный объем электроэнергии.             ",
            "be | На Беларускай АЭС пачалі загрузку свежага паліва.                      ",
            "en | The second unit of the Belarusian NPP was shut down for repairs.      ",
            "en | BelNPP has started loading fresh fuel into its reactor.              ",
            "en | The Belarusian nuclear power plant started loading fresh fuel.        ",
            "en | Astravets NPP produced a record amount of power in October.          "})
    void theNuclearPlantIsOneFacilityInEveryScript(String language, String summary) {
        assertThat(keys("Новости", summary, language)).contains("c:org:belnpp");
    }

    /** The counterpart: the Eurasian union's acronym, which ends as the plant's does, names no plant. */
    @Test
    void theEurasianUnionsAcronymIsNoNuclearPlant() {
        assertThat(keys("Новости", "Страны ЕАЭС согласовали общий рынок электроэнергии.", "ru"))
                .doesNotContain("c:org:belnpp");
    }

    // ---- sixty-third round (issue 11, recall: a figure told "almost", "about" or "more than" by another site) ----

    /**
     * Sixty-third round: a local paper's piece the next morning giving the weather service's or the plant's figure
     * hedged and rounded — «почти 34 градуса» for +33,7 °С, "almost 10 million tonnes" for 9,6 млн т, «больш за 250» for
     * 253, "almost five million" (in words) for 4,8 млн — retells the report. Read as written, the round figure was a figure of its own, and two figures that differ
     * refused the pair (round 56's rounding reads only figures within 1 %, of 100 and more, and no percentage).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Гомельская метеостанция зафиксировала рекорд жары | В Гомеле 27 июня воздух прогрелся до +33,7 °С, это рекорд для этой даты, сообщили синоптики. | ru "
                    + "| Гомель изнывает от зноя | Почти 34 градуса жары показали термометры в Гомеле в четверг. Врачи советуют пить больше воды. | ru",
            "Нафтан в прошлом году переработал 9,6 млн т нефти | ОАО «Нафтан» в Новополоцке переработало 9,6 млн т нефти, сообщили на предприятии. | ru "
                    + "| Novopolotsk refiners step up | Naftan in Novopolotsk refined almost 10 million tonnes of crude last year, its workers say. | en",
            "В Гродно открыли 253 новых места на парковках | Гродненский горисполком сообщил, что в Гродно открыто 253 парковочных места у рынков. | ru "
                    + "| Гродна: стаянак стала больш | У Гродне адкрылі больш за 250 месцаў для аўтамабіляў каля рынкаў, паведаміў гарвыканкам. | be",
            "«Гродно Азот» в прошлом году произвел 4,8 млн т удобрений | ОАО «Гродно Азот» в Гродно произвело 4,8 млн т удобрений, сообщили на предприятии. | ru "
                    + "| Grodno chemists step up | Grodno Azot in Grodno produced almost five million tonnes of fertilisers last year, its workers say. | en"})
    void aFigureHedgedAndRoundedByAnotherSiteIsTheReportsFigure(String title, String summary, String language,
                                                                String retoldTitle, String retoldSummary,
                                                                String retoldLanguage) {
        StoryFeatures report = f(title, summary, language, T0, "https://agency.example/report");
        StoryFeatures retold = f(retoldTitle, retoldSummary, retoldLanguage, T0.plusSeconds(20 * 3600),
                "https://paper.example/retold");
        assertThat(matcher.score(retold, report)).as("the report's figure hedged and rounded, the next morning")
                .isGreaterThan(0);
    }

    /**
     * The counterparts: a hedge that says the other way («больше 34» is not 33,7), or a figure too far from the round
     * one («почти 34» is not 31,2), is another figure; the pair stays apart.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Больше 34 градусов жары показали термометры в Гомеле в четверг. Врачи советуют пить больше воды. | 33,7",
            "Почти 34 градуса жары показали термометры в Гомеле в четверг. Врачи советуют пить больше воды.   | 31,2"})
    void aHedgedFigureTheOtherWayOrFartherOffIsAnotherFigure(String retoldSummary, String degrees) {
        StoryFeatures report = f("Гомельская метеостанция зафиксировала рекорд жары", "В Гомеле 27 июня воздух прогрелся до +"
                + degrees + " °С, это рекорд для этой даты, сообщили синоптики.", "ru", T0, "https://agency.example/report");
        StoryFeatures retold = f("Гомель изнывает от зноя", retoldSummary, "ru", T0.plusSeconds(20 * 3600),
                "https://paper.example/retold");
        assertThat(matcher.score(retold, report)).as("another figure than the report's").isZero();
    }

    // ---- sixty-fourth round (issue 11, precision: a figure quoted "for comparison" is another report's) ----

    /**
     * Sixty-fourth round: the capital's wage of the month, whose items quote the country's figure "for comparison" —
     * «Для сравнения, в среднем по стране…», «У сярэднім па краіне…», "against the national average of…" — is the
     * city statistics office's report, not the country's. Read as the item's own, the quoted figure was the one figure
     * the capital's report shared with the country's, and the two stories merged. The quoted figure is no key of the
     * item's; its own figure, stated first, is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Зарплата в Минске в мае составила 3 701,6 рубля | Номинальная начисленная средняя заработная плата работников "
                    + "Минска в мае составила 3 701,6 рубля, сообщило городское управление статистики. Для сравнения, "
                    + "в среднем по стране она составила 2 715,4 рубля. | ru",
            "Заробак у Мінску ў траўні — 3 701,6 рубля | Намінальная налічаная сярэдняя заработная плата работнікаў "
                    + "Мінска ў траўні склала 3 701,6 рубля. У сярэднім па краіне заробак склаў 2 715,4 рубля. | be",
            "Minsk average wage at Br3,701.6 in May | The average nominal wage in Minsk reached Br3,701.6 in May, the city "
                    + "statistics office said, against the national average of Br2,715.4. | en"})
    void aFigureQuotedForComparisonIsAnotherReports(String title, String summary, String language) {
        assertThat(numberKeys(keys(title, summary, language))).as("the capital's figure, not the country's it quotes")
                .contains("#3701.6").doesNotContain("#2715.4");
    }

    /**
     * The counterparts: the country's own average, its first figure («В среднем по стране…»), is its figure; and two
     * versions of the capital's report, each quoting the country's figure, still join.
     */
    @Test
    void theCountrysOwnAverageIsItsFigureAndTheCapitalsVersionsJoin() {
        assertThat(numberKeys(keys("Зарплаты растут", "В среднем по стране зарплата в мае составила 2 715,4 рубля, "
                + "сообщил Белстат. Для сравнения, в апреле она составляла 2 650,1 рубля.", "ru")))
                .as("the country's own average and the month it is compared with").contains("#2715.4")
                .doesNotContain("#2650.1");
        StoryFeatures ru = f("Зарплата в Минске в мае составила 3 701,6 рубля", "Номинальная начисленная средняя "
                + "заработная плата работников Минска в мае составила 3 701,6 рубля, сообщило городское управление "
                + "статистики. Для сравнения, в среднем по стране она составила 2 715,4 рубля.", "ru", T0,
                "https://agency.example/ru/capital-wage");
        StoryFeatures be = f("Заробак у Мінску ў траўні — 3 701,6 рубля", "Намінальная налічаная сярэдняя заработная "
                + "плата работнікаў Мінска ў траўні склала 3 701,6 рубля. У сярэднім па краіне заробак склаў 2 715,4 "
                + "рубля.", "be", T0.plusSeconds(600), "https://agency.example/be/capital-wage");
        assertThat(matcher.score(be, ru)).as("the capital's report in two languages").isGreaterThan(0);
    }

    private static Set<String> numberKeys(Set<String> keys) {
        return keys.stream().filter(k -> k.startsWith(Keys.NUMBER)).collect(Collectors.toSet());
    }
}
