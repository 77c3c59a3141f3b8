package org.policymonitor.alert.act;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.testing.Deadlines;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Phrasings the extractor once got wrong, one row each: the third held-out list's errors (third round) and, in our own
 * sentences, the causes behind the ninth list's errors (acts-fresh8 round): acts that are not Belarusian, a number that
 * belongs to another act named in between, a list's shared date, long month names; and the causes behind the eleventh
 * list's (acts-fresh10 round): an issuer named as the subject of "signed"/"подписал", a date after the act's title or
 * before the verb that signed it, an abbreviation's full stop taken for a sentence's end, the AI law's title and bills;
 * and the causes behind the thirteenth list's (acts-fresh12 round): a signing date told after an unquoted title, between
 * the verb and the act or in the next sentence ("Документ датирован …"), a titled law's date before its title, a foreign
 * owner of what the act approved, a Belarusian nominative read as an agency's genitive, and "Савмін"; and the causes
 * behind the fifteenth list's (acts-fresh14 round): a signing or adoption day told in a participle after the act with
 * who signed it, "пастаноў", "жніўня", a supranational subject acting by the act; and the causes behind the
 * seventeenth list's (acts-fresh16 round): abbreviated months, a signing day told in the sentence before the act or
 * after its unquoted title, a participle with its day before the act, a number in apposition, a supranational name of
 * several words before the kind word; and the causes behind the eighteenth list's (acts-fresh17 round): a subject acting
 * "by" the act, a date between the issuer and the number without "от", the signing day told in the active after the
 * act's title, with the general weak spots found beside them (other states and parliaments, slashed and bracketed
 * dates, amending lists dated before each number, a numbered law's title before its number); and the causes behind
 * the twentieth list's (acts-fresh19 round): long official names and "СМ", with the failure cases left by earlier
 * rounds (a title that names another act, "by" set off by commas, ranges, a foreign scene, the hour before a date);
 * and the causes behind the twenty-second list's (acts17 round): ISO and labelled dates, laws in the plural before a
 * title, with the failure cases the acts16 round left (asides, leads and datelines, a foreign act two sentences back,
 * ranges and two-number lists); and those of the acts19 round: an act followed across a clause to the number told
 * later, a ranking after an act's number, flattened lists and tables.
 */
class ActExtractorTest {

    private final ActExtractor extractor = new ActExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a law named by its title before the word "Law", or after it without quotes
            "MPs amended the Mass Media Law to cover news aggregators.            | law:mass-media",
            "Under the Personal Data Protection Law operators appoint a person.   | law:personal-data-protection",
            "The law on mass media was amended.                                   | law:mass-media",
            "Поправки в Закон о СМИ приняты во втором чтении.                     | law:mass-media",
            "Требования закона о средствах массовой информации ужесточены.        | law:mass-media",
            "Змены ў Закон аб СМІ прынятыя.                                       | law:mass-media",
            // further numbers of a list: after a plural kind word or "Nos."/"№№", with or without their own marker
            "Указы № 178 и 179 подписаны 19 мая.                                  | decree:178;decree:179",
            "Указами №№ 178, 179 внесены изменения.                               | decree:178;decree:179",
            "Указы № 178, 179 и 180 опубликованы.                                 | decree:178;decree:179;decree:180",
            "Decrees Nos. 178 and 179 were published.                             | decree:178;decree:179",
            "Decrees No. 178 and 179 were published.                              | decree:178;decree:179",
            "Указы № 178 і 179 падпісаны 19 траўня.                               | decree:178;decree:179",
            "Законы № 17-З и 18-З вступили в силу.                                | law:17;law:18",
            // ... but not after one act: the next number is something else
            "Указ № 178 и 20 поручений Президента выполнены.                      | decree:178",
            "Decree No. 178 and 20 instructions of the President were fulfilled.  | decree:178",
            // a year is not an act's number
            "Закон 2014 года об информатизации изменен.                           | -",
            "Указ 2020 года о пенсиях утратил силу.                               | -",
            "Законом 2019 г. введены новые нормы.                                 | -",
            "Закон 1996 году исполнилось тридцать лет.                            | -",
            "Under Presidential Edict 81 the agency gets new powers.              | decree:81",
            "Закон № 2014 вступил в силу.                                         | law:2014"})
    void findsTheActsOfThePhrasing(String text, String expected) {
        List<String> want = expected.strip().equals("-") ? List.of() : List.of(expected.strip().split(";"));
        assertThat(extractor.extract("summary", text.strip())).extracting(ActReference::id)
                .containsExactlyElementsOf(want);
    }

    /** A kind word written with a look-alike letter of the other script is still the kind word; its text as written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Укaзом № 135 утверждены приоритеты.          | decree:135 | Укaзом № 135",
            "Паводле Укaзa № 135 вызначаны прыярытэты.    | decree:135 | Укaзa № 135",
            "Зaкон № 99-З вступил в силу.                 | law:99     | Зaкон № 99-З",
            "Еdict No. 135 sets the priorities.           | decree:135 | Еdict No. 135"})
    void aKindWordWithALookAlikeLetterIsRead(String text, String id, String written) {
        // a Latin «a» in «Указ», a Cyrillic «Е» in «Edict»: until 4 Dec 2026 no act
        assertThat(extractor.extract("summary", text.strip()))
                .extracting(ActReference::id, ActReference::text)
                .containsExactly(tuple(id.strip(), written.strip()));
    }

    /**
     * Only Belarusian acts are followed: an act whose issuer is named as foreign (a Russian decree, a Kazakh law, a
     * federal or model law), supranational (EAEU, CIS, the Union State, the UN), a court or a ministry or other agency
     * is not one, wherever the issuer is named — before the kind word, between it and the number, or right after the
     * number. A country named elsewhere in the sentence (an agreement with Russia) changes nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a foreign issuer before the kind word
            "A Russian presidential decree No. 231 of 5 March 2027 changed the rules for migrants.  | -",
            "Kazakhstan's Law No. 94 regulates digital assets.                                      | -",
            "The Russian President's Decree No. 231 was mentioned.                                  | -",
            "Uzbekistan's Presidential Decree No. 6079 launched the digital strategy.               | -",
            "Российский указ № 231 изменил правила для мигрантов.                                   | -",
            "Казахстанский закон № 94 регулирует цифровые активы.                                   | -",
            "Федеральный закон № 152-ФЗ «О персональных данных» действует в России.                 | -",
            "Расійскі ўказ № 231 змяніў правілы для мігрантаў.                                      | -",
            "Федэральны закон № 152-ФЗ дзейнічае ў Расіі.                                           | -",
            "Модельный закон № 14 принят Межпарламентской Ассамблеей.                               | -",
            "Российский закон «О средствах массовой информации» тоже изменен.                       | -",
            "Russia's Mass Media Law was amended as well.                                           | -",
            // ... between the kind word and the number
            "Decree of the President of the Russian Federation No. 231 changed the rules.           | -",
            "The Law of the Republic of Kazakhstan No. 94 regulates digital assets.                 | -",
            "Указ Президента России № 231 изменил правила.                                          | -",
            "Закон Республики Казахстан № 94 регулирует цифровые активы.                            | -",
            "Указ Прэзідэнта Расіі № 231 змяніў правілы.                                            | -",
            "Закон Рэспублікі Казахстан № 94 рэгулюе лічбавыя актывы.                               | -",
            "Декрет Высшего Государственного Совета Союзного государства № 6 обсуждался.            | -",
            // ... right after the number
            "Decree No. 231 of the President of Russia changed the rules.                           | -",
            "Указ № 231 Президента Российской Федерации изменил правила.                            | -",
            "Указ № 231 Прэзідэнта Расійскай Федэрацыі змяніў правілы.                              | -",
            // supranational bodies, the UN, courts and ministries, even when the government is named nearby
            "The EAEU Council resolution No. 18 was discussed by the government.                    | -",
            "Постановление Совета глав правительств СНГ № 7 обсудили в правительстве.               | -",
            "Пастанова Савета кіраўнікоў урадаў СНД № 7 абмяркоўвалася ва ўрадзе.                   | -",
            "The UN General Assembly resolution No. 12 was welcomed by the government.              | -",
            "The Supreme Court plenum resolution No. 5 was discussed by the government.             | -",
            "Постановление Пленума Верховного Суда № 5 обсуждалось на заседании правительства.      | -",
            "Пастанова № 5 Пленума Вярхоўнага Суда абмяркоўвалася на пасяджэнні ўрада.              | -",
            "The Ministry of Economy resolution No. 45 implements Council of Ministers Resolution No. 701. | resolution:701",
            "The government cited Resolution No. 45 of the Ministry of Economy.                     | -",
            // Belarusian acts stay, whatever else the sentence names
            "The Russian version of Edict No. 231 was published.                                    | decree:231",
            "Russian investors welcomed Edict No. 231.                                              | decree:231",
            "Law No. 46-Z of 14 May 2026 ratifies the agreement with Russia.                        | law:46",
            "Законом № 46-З ратифицировано соглашение с Российской Федерацией.                      | law:46",
            "Закон № 46-З аб ратыфікацыі пагаднення з Расійскай Федэрацыяй.                         | law:46",
            "Указ № 231 Президента Республики Беларусь о сотрудничестве с Российской Федерацией.    | decree:231",
            "The government adopted Resolution No. 701 on cooperation with Kazakhstan.              | resolution:701",
            "Lukashenko's Edict No. 5 was welcomed in Moscow.                                       | decree:5",
            "Указ № 5 Президента Беларуси вступил в силу.                                           | decree:5",
            "Указом № 200 Министерство связи определено регулятором.                                | decree:200",
            "The Mass Media Law and the Russian one differ.                                         | law:mass-media",
            "Постановление Совета Министров и Национального банка № 7 утвердило программу.          | resolution:7"})
    void actsThatAreNotBelarusianAreNotFollowed(String text, String expected) {
        findsTheActsOfThePhrasing(text, expected);
    }

    /**
     * The issuer may also be the subject of the verb that issued the act ("The Kazakh President signed Decree No. …",
     * "Президент Казахстана подписал указ № …", a foreign head of state named by surname); a country named in a phrase
     * of its own before the subject ("после переговоров с Путиным Лукашенко подписал …") is not the issuer. A bill
     * (draft law, проект закона) is no act yet.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Kazakh President signed Decree No. 310 on digital assets.                          | -",
            "Uzbekistan's parliament adopted Law No. 77 on electronic commerce.                     | -",
            "Tokayev signed Law No. 94 on online platforms.                                         | -",
            "Президент Казахстана подписал указ № 310 о цифровых активах.                           | -",
            "Парламент Узбекистана принял закон № 77 об электронной торговле.                       | -",
            "В Москве Путин подписал указ № 231 о мигрантах.                                        | -",
            "Высший Государственный Совет Союзного государства издал декрет № 2 о таможне.          | -",
            "Прэзідэнт Казахстана падпісаў указ № 310 аб лічбавых актывах.                          | -",
            "Пуцін падпісаў указ № 231 аб мігрантах.                                                | -",
            "Вышэйшы Дзяржаўны Савет Саюзнай дзяржавы выдаў дэкрэт № 2 аб мытні.                    | -",
            "Токаев подписал закон «Об искусственном интеллекте» в Астане.                          | -",
            "The draft law on artificial intelligence passed the first reading.                     | -",
            "Проект закона об искусственном интеллекте внесен в парламент.                          | -",
            "Праект закона аб штучным інтэлекце ўнесены ў парламент.                                | -",
            // Belarusian acts stay
            "Lukashenko signed Edict No. 310 after talks with Putin.                                | decree:310",
            "После переговоров с Путиным Лукашенко подписал указ № 310.                             | decree:310",
            "Вместе с Россией Беларусь приняла закон № 77 о торговле.                               | law:77",
            "Кіраўнік дзяржавы падпісаў указ № 310.                                                 | decree:310",
            "Глава государства после переговоров с Путиным подписал указ № 310.                     | decree:310",
            "Правительство Казахстана утвердило постановление № 640 о цифровых активах.             | -",
            "The Kazakh government approved Resolution No. 640 on digital assets.                   | -",
            "Decree No. 231 signed by Putin tightens the rules for migrants.                        | -",
            "Указ № 231, подписанный Президентом России, ужесточает правила.                        | -",
            "Указ № 231, падпісаны Прэзідэнтам Расіі, узмацняе правілы.                             | -",
            "Закон № 77, принятый парламентом в ноябре, вступил в силу.                             | law:77",
            "Edict No. 231 signed by the head of state tightens the rules.                          | decree:231",
            "The Constitutional Court approved Law No. 77 as consistent with the Constitution.      | law:77",
            "The Council of Ministers adopted Resolution No. 701 on e-commerce.                     | resolution:701",
            "Закон «Об искусственном интеллекте» вступит в силу через полгода.                      | law:artificial-intelligence",
            "Закон «Аб штучным інтэлекце» уступіць у сілу праз паўгода.                             | law:artificial-intelligence",
            "The Law on Artificial Intelligence takes effect in six months.                         | law:artificial-intelligence",
            "Operators follow the Artificial Intelligence Law.                                      | law:artificial-intelligence"})
    void anIssuerNamedAsTheSubjectOfTheVerb(String text, String expected) {
        findsTheActsOfThePhrasing(text, expected);
    }

    /**
     * Whether a resolution is the government's is read in its sentence: a full stop after an abbreviation ("No.", "г.",
     * an initial) does not end it, so "Council of Ministers Resolution No. 12 … by Resolution No. 640" is the
     * government's twice.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Council of Ministers Resolution No. 12 was replaced by Resolution No. 640.             | resolution:12;resolution:640",
            "Постановлением Совмина № 640 от 2 июня 2029 г. изменено постановление № 12.            | resolution:640;resolution:12",
            "Пастановай Савета Міністраў № 640 ад 2 чэрвеня 2029 г. зменена пастанова № 12.         | resolution:640;resolution:12",
            "The government met on Monday. The party's resolution No. 5 was read out.              | -"})
    void aResolutionsSentenceGoesOnAfterAnAbbreviation(String text, String expected) {
        findsTheActsOfThePhrasing(text, expected);
    }

    /**
     * A number belongs to the act named nearest before it: another kind word between the first one and the number
     * takes it ("the Law amending Edict No. 5" names the edict; "закон принят постановлением … № 58" names a
     * resolution), and a compound number ("№ 58-12", "№ 152-ФЗ") is another numbering than Belarusian acts' ("№ 99-З").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Law amending Edict No. 5 was adopted.                                              | decree:5",
            "Закон о внесении изменений в Указ № 5 принят.                                          | decree:5",
            "Закон аб унясенні змяненняў ва Ўказ № 5 прыняты.                                       | decree:5",
            "Закон одобрен постановлением МПА СНГ № 58.                                             | -",
            "Закон зацверджаны пастановай МПА СНД № 58.                                             | -",
            "Resolution No. 58-12 of the government was cited.                                      | -",
            "Постановление правительства № 58-12 процитировано.                                     | -"})
    void aNumberBelongsToTheActNamedNearestBeforeIt(String text, String expected) {
        findsTheActsOfThePhrasing(text, expected);
    }

    /**
     * The act's own date: one date after a list belongs to every act of the list that has none of its own
     * ("Edicts No. 402 and No. 403 of 24 October 2028"), and so does one before the numbers ("Указами от … № 402 и №
     * 403"); Belarusian month names are up to eleven letters ("кастрычніка").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Edicts No. 402 and No. 403 of 24 October 2028 were signed.              | decree:402@2028-10-24;decree:403@2028-10-24",
            "Decrees Nos. 402 and 403 dated 24.10.2028 were signed.                  | decree:402@2028-10-24;decree:403@2028-10-24",
            "Указы № 402 и № 403 от 24 октября 2028 г. подписаны.                    | decree:402@2028-10-24;decree:403@2028-10-24",
            "Указами от 24 октября 2028 г. № 402 и № 403 внесены изменения.          | decree:402@2028-10-24;decree:403@2028-10-24",
            "Указы № 402 і № 403 ад 24 кастрычніка 2028 г. падпісаны.                | decree:402@2028-10-24;decree:403@2028-10-24",
            "Постановления Совета Министров № 701 и № 702 от 28 ноября 2028 г. приняты. | resolution:701@2028-11-28;resolution:702@2028-11-28",
            "Edicts No. 402 of 1 October 2028 and No. 403 of 24 October 2028 were signed. | decree:402@2028-10-01;decree:403@2028-10-24",
            "Edict No. 402 of 1 October 2028 and No. 403 were cited.                 | decree:402@2028-10-01;decree:403@null",
            "Указ № 402 ад 24 кастрычніка 2028 г. падпісаны.                         | decree:402@2028-10-24",
            "Дырэктывай ад 3 кастрычніка 2028 г. № 12 пастаўлена задача.             | directive:12@2028-10-03",
            "Edict No. 402 enters into force on 1 January 2029.                      | decree:402@null",
            // after the act's title, or "was signed on" (the day the President signs is the act's date) ...
            "Edict No. 640 'On the Digital Register' of 2 June 2029 sets the rules.   | decree:640@2029-06-02",
            "Law No. 310-Z 'On Digital Assets' was signed on 5 July 2029.            | law:310@2029-07-05",
            "Edict No. 640 was signed on 2 June 2029.                                | decree:640@2029-06-02",
            "Указ № 640 «О цифровом реестре» подписан 2 июня 2029 г.                 | decree:640@2029-06-02",
            "Закон № 310-З «Аб лічбавых актывах» ад 5 ліпеня 2029 г. уступае ў сілу. | law:310@2029-07-05",
            "The Law 'On Mass Media' of 17 July 2008 was amended.                    | law:mass-media@2008-07-17",
            "Закон «О средствах массовой информации» от 17 июля 2008 г. изменен.     | law:mass-media@2008-07-17",
            "Edict No. 640 'On the Digital Register' takes effect on 1 January 2030. | decree:640@null",
            "Указ № 640 «О реестре» вступает в силу 1 января 2030 г.                 | decree:640@null",
            "Указ № 640, подписанный 2 июня 2029 г., вступает в силу через месяц.    | decree:640@2029-06-02",
            "Ўказ № 640, падпісаны 2 чэрвеня 2029 г., уступае ў сілу праз месяц.     | decree:640@2029-06-02",
            "Edict No. 640, signed on 2 June 2029, takes effect in a month.           | decree:640@2029-06-02",
            // ... or before the verb that signed it, for the act it signed
            "On 2 June 2029, the President signed Edict No. 640 on the digital register. | decree:640@2029-06-02",
            "2 июня 2029 года Александр Лукашенко подписал Указ № 640.              | decree:640@2029-06-02",
            "Кіраўнік дзяржавы 2 чэрвеня 2029 г. падпісаў Закон «Аб сродках масавай інфармацыі». | law:mass-media@2029-06-02",
            "On 2 June 2029, the President signed Edict No. 640 amending Edict No. 12. | decree:640@2029-06-02;decree:12@null",
            "On 2 June 2029 the House adopted Law No. 310-Z.                         | law:310@null",
            "After the talks on 2 June 2029 the President signed Edict No. 640.      | decree:640@null"})
    void readsTheActsOwnDate(String text, String expected) {
        assertThat(extractor.extract("summary", text.strip())).extracting(r -> r.id() + "@" + r.date())
                .containsExactlyElementsOf(List.of(expected.strip().split(";")));
    }

    /**
     * The day the act was signed told elsewhere in its clause or in the next sentence: after an unquoted title when the
     * verb that signed it stands right before it ("signed Edict No. 58 on … on 14 March 2031"), between that verb and
     * the act ("подписал 14 марта 2031 года Указ № 58"), in a sentence that follows and points back at the only act
     * of the one before ("Документ датирован …", "The edict was signed on …"); a titled law's date before its title
     * ("The Law of 17 July 2008 'On Mass Media'"). A date of something else — the day it takes effect, told in a
     * clause of its own — is not the act's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // after an unquoted (or quoted) title, for the act the verb signed
            "The President signed Edict No. 58 on the national data platform on 14 March 2031, his press office reported. | decree:58@2031-03-14",
            "Президент подписал Указ № 58 о национальной платформе данных 14 марта 2031 года, сообщила пресс-служба. | decree:58@2031-03-14",
            "Кіраўнік дзяржавы падпісаў Указ № 58 аб нацыянальнай платформе даных 14 сакавіка 2031 года.          | decree:58@2031-03-14",
            "Лукашенко подписал Закон № 21-З «О платформенной экономике» 5 мая 2031 г.                              | law:21@2031-05-05",
            "The President signed Edict No. 58 on the data platform, which takes effect on 1 July 2031.             | decree:58@null",
            "The President signed Edict No. 58 on the data platform that takes effect on 1 July 2031.               | decree:58@null",
            "Edict No. 58 on the data platform takes effect on 1 July 2031.                                         | decree:58@null",
            "Президент подписал Указ № 58 о платформе данных, который вступает в силу 1 июля 2031 г.                | decree:58@null",
            "Президент подписал Указ № 58 о платформе данных, вступающий в силу 1 июля 2031 г.                      | decree:58@null",
            // between the verb and the act
            "The President signed on 14 March 2031 Edict No. 58 on the data platform.                               | decree:58@2031-03-14",
            "Президент подписал 14 марта 2031 года Указ № 58 о платформе данных.                                    | decree:58@2031-03-14",
            "Прэзідэнт падпісаў 14 сакавіка 2031 г. Указ № 58 аб платформе даных.                                    | decree:58@2031-03-14",
            "The President met on 14 March 2031 and Edict No. 58 was discussed.                                     | decree:58@null",
            // in the next sentence, pointing back at the only act of the sentence before
            "Лукашенко подписал Указ № 58 «О платформе данных». Документ датирован 14 марта 2031 года.              | decree:58@2031-03-14",
            "Лукашэнка падпісаў Указ № 58 «Аб платформе даных». Дакумент датаваны 14 сакавіка 2031 года.            | decree:58@2031-03-14",
            "Lukashenko signed Edict No. 58 on the data platform. The document is dated 14 March 2031.              | decree:58@2031-03-14",
            "Edict No. 58 sets up the data platform. The edict was signed on 14 March 2031.                         | decree:58@2031-03-14",
            "Указ № 58 датирован 14 марта 2031 года.                                                                | decree:58@2031-03-14",
            "Указ № 58 изменяет Указ № 12. Документ датирован 14 марта 2031 года.                                   | decree:58@null;decree:12@null",
            "Lukashenko signed Edict No. 58. The document takes effect on 1 July 2031.                              | decree:58@null",
            "Edict No. 58 was cited. The law was signed on 14 March 2031.                                           | decree:58@null",
            // a titled law's date before its title
            "The Law of 17 July 2008 'On Mass Media' was amended.                                                   | law:mass-media@2008-07-17",
            "Закон от 17 июля 2008 года «О средствах массовой информации» изменен.                                  | law:mass-media@2008-07-17",
            "Закон ад 17 ліпеня 2008 года «Аб сродках масавай інфармацыі» зменены.                                   | law:mass-media@2008-07-17",
            "Закон Республики Беларусь от 17 июля 2008 г. «О средствах массовой информации» изменен.                | law:mass-media@2008-07-17"})
    void readsTheSigningDateToldAwayFromTheAct(String text, String expected) {
        readsTheActsOwnDate(text, expected);
    }

    /**
     * The issuer may be told as the owner of what the act approved ("Kazakhstan's strategy, approved by Decree No.
     * …", "Стратэгія Казахстана, зацверджаная Указам № …"): that act is the owner's. A country the thing is made
     * with (an agreement with it, a joint roadmap) or the sentence's own subject is not its owner.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kazakhstan's digital strategy, approved by Presidential Decree No. 311 of 4 May 2029, was presented in Minsk. | -",
            "The Kazakh programme approved by Decree No. 311 was discussed.                                         | -",
            "Стратегия Казахстана, утверждённая Указом Президента № 311, представлена в Минске.                     | -",
            "Стратэгія Казахстана, зацверджаная Указам № 311, прадстаўлена ў Мінску.                                | -",
            "Стратегия Казахстана утверждена Указом № 311.                                                          | -",
            "The programme, approved by Edict No. 311, was presented to Kazakh partners.                            | decree:311",
            "Kazakh investors praised the programme approved by Edict No. 311.                                      | decree:311",
            "The agreement with Kazakhstan, ratified by Law No. 46-Z, took effect.                                  | law:46",
            "The agreement with Kazakhstan, approved by Edict No. 311, took effect.                                 | decree:311",
            "The Belarusian-Kazakh roadmap, approved by Edict No. 311, was presented.                               | decree:311",
            "Соглашение с Казахстаном, утверждённое Указом № 311, вступило в силу.                                  | decree:311",
            "Казахстанские инвесторы оценили программу, утверждённую Указом № 311.                                  | decree:311"})
    void anIssuerToldAsTheOwnerOfWhatTheActApproved(String text, String expected) {
        findsTheActsOfThePhrasing(text, expected);
    }

    /**
     * A ministry or committee named right after a decree's, law's or directive's number is the sentence's next part
     * (in Belarusian its nominative looks like a genitive: "Міністэрства", "Дзяржаўны"), not the act's issuer — only
     * resolutions are an agency's act; and the government is also written "Савмін" in Belarusian.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Паводле Ўказа № 311 Міністэрства адукацыі адказвае за праграму.                                       | decree:311",
            "Згодна з Указам ад 4 мая 2029 года № 311 Міністэрства адукацыі кіруе праграмай.                       | decree:311",
            "Згодна з Законам № 46-З Дзяржаўны камітэт па навуцы каардынуе праграму.                               | law:46",
            "Согласно Указу № 311 Государственный комитет по науке координирует программу.                         | decree:311",
            "Пастанова № 311 Міністэрства адукацыі абмяркоўвалася ва ўрадзе.                                        | -",
            "Пастановай Савміна № 311 зацверджана праграма.                                                         | resolution:311",
            "Савмін зацвердзіў пастанову № 311 аб праграме.                                                         | resolution:311"})
    void anAgencyAfterTheNumberAndTheGovernmentsNames(String text, String expected) {
        findsTheActsOfThePhrasing(text, expected);
    }

    /**
     * The acts-fresh14 round, in our own sentences: the day the act was signed or a resolution adopted, told in a
     * participle or passive right after the act or its title together with who signed it ("signed by the head of
     * state on …", "подписанный Президентом …", "принятой …"); the Belarusian genitive plural "пастаноў"/"дырэктыў"
     * and the month "жніўня"; a supranational subject that acted by the act ("Высший Государственный Совет Союзного
     * государства декретом № 6 утвердил"). A body named before a resolution's adoption day adopted a law's text, not
     * the act, and a subject of our own acting by an act stays ours.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Edict No. 77, signed by the head of state on 9 February 2031, concerns rural clinics.          | decree:77@2031-02-09",
            "Law No. 145-Z 'On Drones' was signed by the President on 3 March 2031 and takes effect in May. | law:145@2031-03-03",
            "Government Resolution No. 88, adopted on 11 April 2031, sets the fees.                         | resolution:88@2031-04-11",
            "Указ № 77, подписанный Президентом 9 февраля 2031 г., касается сельских больниц.             | decree:77@2031-02-09",
            "Постановлением Совмина № 88, принятым 11 апреля 2031 года, установлены сборы.                 | resolution:88@2031-04-11",
            "Пастановай урада № 88, прынятай 11 красавіка 2031 г., устаноўлены зборы.                     | resolution:88@2031-04-11",
            "Ўказ № 77, падпісаны кіраўніком дзяржавы 9 лютага 2031 г., датычыцца вясковых бальніц.         | decree:77@2031-02-09",
            "Закон № 145-З, принятый Палатой представителей 2 марта 2031 г., направлен в Совет Республики. | law:145@null",
            "Edict No. 77, signed by the head of state, takes effect on 9 February 2031.                   | decree:77@null",
            "Паводле Ўказа № 77 ад 9 жніўня 2031 г. клінікі атрымаюць сродкі.                              | decree:77@2031-08-09",
            "Выкананне пастаноў Савета Міністраў № 88 і № 89 ад 11 красавіка 2031 г. правяраецца.          | resolution:88@2031-04-11;resolution:89@2031-04-11",
            "Палажэнні дырэктыў № 3 і № 4 выкананы.                                                         | directive:3;directive:4",
            "Высший Государственный Совет Союзного государства декретом № 9 одобрил программу.             | -",
            "Вышэйшы Дзяржаўны Савет Саюзнай дзяржавы дэкрэтам № 9 ухваліў праграму.                       | -",
            "Совет Министров постановлением № 88 утвердил программу.                                        | resolution:88",
            "В соответствии с указом № 77 министерство открыло клиники.                                     | decree:77"})
    void theActsFresh14RoundsCauses(String text, String expected) {
        if (expected.contains("@")) {
            readsTheActsOwnDate(text, expected);
        } else {
            findsTheActsOfThePhrasing(text, expected);
        }
    }

    /**
     * How typography writes the number sign and its number (trial21): a no-break, thin or narrow no-break space after
     * "№" ("№&nbsp;135", "№&thinsp;135" — a feed's title and summary keep the thin and narrow ones) or inside the date,
     * a non-breaking hyphen before a law's "З", and "N°"/"Nº" for "№" as text typed without the sign writes it. Until 5
     * December 2026 the act was not found at all (the spaces, "N°") or lost its date (the hyphen, spaces in the date).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Президент подписал Указ №\u00A0135 о мерах.                 | decree:135",
            "Президент подписал Указ №\u2009135 о мерах.                 | decree:135",
            "Президент подписал Указ №\u202F135 о мерах.                 | decree:135",
            "Указ №\u00A0135 от 12\u00A0марта 2026\u00A0г. подписан.   | decree:135@2026-03-12",
            "Закон №\u00A099\u2011З от 12 марта 2026 г. вступил в силу.  | law:99@2026-03-12",
            "Президент подписал Указ N° 135 о мерах.                      | decree:135",
            "The President signed Decree Nº 135 on digital services.      | decree:135",
            // the guards: a degree and an ordinal sign elsewhere are no number sign
            "В Минске 25°C, указ о жаре не нужен.                         | -",
            "Указ 1º января вступил в силу.                               | -"})
    void typographysSpacesHyphensAndNumberSignsAreRead(String text, String expected) {
        theActsFresh14RoundsCauses(text.strip().replace("\\u00A0", "\u00A0").replace("\\u2009", "\u2009")
                .replace("\\u202F", "\u202F").replace("\\u2011", "\u2011"), expected);
    }

    /**
     * A hyphen or dash typed between the number sign and the number ("Указ №-135", "Указ № - 135", "Decree No.-135"),
     * and a day written with its ordinal ending ("от 12-го марта 2025 г.", Belarusian "ад 12-га сакавіка"), as news
     * and regional sites type them (trial22). Until 5 December 2026 the first two were no act at all and the third lost
     * its date. The guards: a compound number ("№ 58-12") is still another numbering, and a dash between two numbers
     * is still no range of one act.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Президент подписал Указ №-135 о мерах.                        | decree:135",
            "Президент подписал Указ № - 135 о мерах.                      | decree:135",
            "Президент подписал Указ №–135 о мерах.                        | decree:135",
            "The President signed Decree No.-135 on digital services.      | decree:135",
            "Закон №-99-З вступил в силу.                                  | law:99",
            "Указ, подписанный Президентом в пятницу, получил №-214.       | decree:214",
            "Согласно п. 3 Указа № 135 от 12-го марта 2025 г. фонд создан. | decree:135@2025-03-12",
            "Указ № 135 от 12-ого марта 2025 года подписан.                | decree:135@2025-03-12",
            "Указ № 135 ад 12-га сакавіка 2025 г. падпісаны.               | decree:135@2025-03-12",
            "Указам № 135 ад 2-га красавіка 2025 г. створаны фонд.         | decree:135@2025-04-02",
            // the guards
            "Указ № 58-12 о другом.                                        | -",
            "Указ № 135 от 12-го марта вступил в силу.                     | decree:135@null"})
    void aDashAfterTheNumberSignAndAnOrdinalDayAreRead(String text, String expected) {
        theActsFresh14RoundsCauses(text.strip(), expected);
    }

    /**
     * A range of numbers as pages type it (the lead's note after trial22): a figure dash (U+2012), a minus sign (U+2212)
     * or a horizontal bar (U+2015) between the numbers, or a dash with spaces after "№№" or a plural kind word. Until 5
     * December 2026 each of these with a figure dash, minus or bar was the first act alone ("Указы № 135‒137" was
     * decree:135); "№№ 135 — 137" with an em or en dash was a range already, and stays one. The guards: a singular act
     * followed by a dash and a number is still one act; a figure dash or minus right between two numbers of a singular act makes another
     * numbering, as a hyphen does ("№ 58‒12", "Указ № 135‒137").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Указы № 135\u2012137 подписаны.                    | decree:135;decree:136;decree:137",
            "Указами №№ 135 — 137 изменены сроки.              | decree:135;decree:136;decree:137",
            "Указы №№ 135 — 137 подписаны 3 мая.               | decree:135;decree:136;decree:137",
            "Декреты № 5 – 7 утратили силу.                    | decree:5;decree:6;decree:7",
            "Указы №№ 135 \u2012 137 подписаны.                 | decree:135;decree:136;decree:137",
            "Указы № 135\u2212137 подписаны.                    | decree:135;decree:136;decree:137",
            "Edicts Nos. 402\u2012404 were signed on Friday.    | decree:402;decree:403;decree:404",
            "Ўказы №№ 135\u2015137 падпісаныя.                  | decree:135;decree:136;decree:137",
            "Законы № 20\u2012З\u201222\u2012З опубликованы.    | law:20;law:21;law:22",
            // the guards
            "Указ № 135 \u2012 главный документ года.           | decree:135",
            "Указ № 135\u2012137 подписан.                      | -",
            "Указ № 58\u201212 о другом.                        | -"})
    void aRangeWithAFigureDashMinusOrSpacedDashIsARange(String text, String expected) {
        theActsFresh14RoundsCauses(text.strip(), expected);
    }

    /**
     * "Ukaz" and "Ukase", the transliterations of "указ" some English-language outlets use for a Belarusian
     * presidential decree ("Lukashenka signed Ukaz No. 135"), are a decree as "Decree" and "Edict" are: the same act,
     * which the Russian and Belarusian versions of the story name "Указ № 135". Until 6 December 2026 neither word was
     * a kind word and the act was not found. A number is still needed, and the foreign issuer still excludes it; the
     * guards: the word without a number (the tsars' ukases, "an ukase from above"), a word that only begins so.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Lukashenka signed Ukaz No. 135 on digital services.             | decree:135",
            "Ukase No. 135 of 12 March 2025 took effect on Monday.            | decree:135@2025-03-12",
            "The presidential ukaz No. 7 sets new rules for IT firms.          | decree:7",
            "Ukazes Nos. 402-404 were published on Friday.                     | decree:402;decree:403;decree:404",
            "Ukases No. 5 and 6 were signed.                                   | decree:5;decree:6",
            // the guards
            "Peter the Great's ukase of 1722 founded the Table of Ranks.       | -",
            "The ban came as an ukase from above, 135 days before the vote.    | -",
            "Ukazka No. 5 is a Polish pointer.                                 | -",
            "Putin's Ukaz No. 231 changed the rules for migrants.              | -"})
    void ukazAndUkaseAreADecree(String text, String expected) {
        theActsFresh14RoundsCauses(text.strip(), expected);
    }

    /**
     * Acts as text arrives from a page or a paste (acts32): invisible format characters anywhere in the reference — a
     * zero-width space, joiner or word joiner after "№" or inside the number, a soft hyphen inside the kind word or
     * before a law's "З", a BOM inside the text; the number sign as "nr"/"Nr."; an en, em or figure dash before a law's
     * "З"; a title in single guillemets; the lawyers' abbreviations of the government's resolution ("пост. Совмина",
     * "Пост. СМ", "ПСМ"). Until 5 December 2026 each of these was no act, or a law's "З" was left out of its evidence.
     * The guards: a ministry's resolution, "заказ", "указанный", a school's number, a foreign act.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Президент подписал Указ №\u200B135 о мерах.                          | decree:135@null",
            "Указ № 1\u200B35 от 12.03.2025 вступил в силу.                       | decree:135@2025-03-12",
            "Президент подписал Ука\u00ADз № 135 о мерах.                         | decree:135@null",
            "Президент подписал Ука\u200Dз № 135 о мерах.                         | decree:135@null",
            "The President signed Edict No.\u2060 135 on 12 March\u2060 2025.     | decree:135@2025-03-12",
            "Закон № 99\u00ADЗ от 12 марта 2025 г. вступил в силу.                | law:99@2025-03-12",
            "Ўказ № 135 ад 12\u200B сакавіка\u200B 2025\u00A0г. падпісаны.    | decree:135@2025-03-12",
            "Читайте: Ук\uFEFFаз № 135 от 12.03.2025 о мерах.                      | decree:135@2025-03-12",
            "The register lists Decree Nr. 135 of 12 March 2025.                   | decree:135@2025-03-12",
            "The President signed Decree nr 135 on digital services.               | decree:135@null",
            "Пост. Совмина № 45 от 12.03.2025 утвержден перечень.                  | resolution:45@2025-03-12",
            "Пост. СМ от 12.03.2025 № 45 изменено.                                 | resolution:45@2025-03-12",
            "ПСМ № 45 от 12.03.2025 утвердило перечень.                            | resolution:45@2025-03-12",
            "Закон Республики Беларусь ‹Об информатизации› от 12.03.2025 № 99-З принят. | law:99@2025-03-12",
            "Указ № 97 ‹О мерах› от 10 апреля 2030 г. подписан.                    | decree:97@2030-04-10",
            // the guards
            "Постановление Министерства здравоохранения № 135 от 12.03.2025 принято. | -",
            "Постановление № 135 от 12.03.2025 Министерства финансов.              | -",
            "Заказ №\u200B135 от 12.03.2025 выполнен.                             | -",
            "Указанный №\u00A0135 документ отозван.                               | -",
            "The school Nr. 135 opened on 12 March 2025.                           | -",
            "Указ Президента Российской Федерации №\u200B135 подписан.            | -",
            "Он покинул пост. Совет Министров рассмотрел пост вопрос № 45.          | -",
            "псм № 45 принято.                                                     | -"})
    void pageAndPasteTypographyIsRead(String text, String expected) {
        theActsFresh14RoundsCauses(text.strip(), expected); // Java reads the rows' escapes as the characters
    }

    /** Evidence stays in the field as it came: offsets and text include the invisible characters read past (acts32). */
    @Test
    void invisibleCharactersKeepTheOriginalsOffsets() {
        String text = "См.\u200B Ука\u00ADз №\u200B1\u200B35 от 12.03.2025\u2060, далее.";
        assertThat(extractor.extract("summary", text)).extracting(ActReference::id, ActReference::date,
                        ActReference::text, ActReference::start, ActReference::end)
                .containsExactly(tuple("decree:135", LocalDate.of(2025, 3, 12),
                        "Ука\u00ADз №\u200B1\u200B35 от 12.03.2025", 5, 31));
    }

    /** A law's "З" after an en, em or figure dash is the law's, in its evidence and number (acts32). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Закон № 99–З принят.   | Закон № 99–З",
            "Закон № 99—З принят.   | Закон № 99—З",
            "Закон № 99‒З принят.   | Закон № 99‒З"})
    void aLawsLetterAfterAnyDashIsItsOwn(String text, String evidence) {
        assertThat(extractor.extract("summary", text.strip())).extracting(ActReference::id, ActReference::number,
                ActReference::text).containsExactly(tuple("law:99", "99-Z", evidence.strip()));
    }

    /**
     * The number before the kind word, heading a line or a table's cell, as registers and contents print acts (acts32):
     * "№ 135 Указ Президента Республики Беларусь от …", "| № 135 | Указ | 12.03.2025 |". Not inside a sentence ("в
     * школе № 135 указом …"), not a ministry's or a foreign act.
     */
    @Test
    void aNumberHeadingItsLineOrCellNamesTheActAfterIt() {
        assertThat(ids("№ 135 Указ Президента Республики Беларусь от 12 марта 2025 г. «О мерах»"))
                .containsExactly("decree:135@2025-03-12");
        assertThat(ids("Перечень актов:\n№ 99-З Закон Республики Беларусь от 12.03.2025 «Об информатизации»\n"
                + "№ 45 Постановление Совета Министров Республики Беларусь от 14.03.2025 «О перечне»"))
                .containsExactly("law:99@2025-03-12", "resolution:45@2025-03-14");
        assertThat(ids("| № 135 | Указ | 12.03.2025 | О мерах |")).containsExactly("decree:135@2025-03-12");
        assertThat(ids("12.03.2025 | № 135 | Указ | О мерах")).containsExactly("decree:135@2025-03-12");
        assertThat(ids("№ 45 Постановление Министерства финансов от 12.03.2025")).isEmpty();
        assertThat(ids("№ 135 Указ Президента Российской Федерации от 12.03.2025")).isEmpty();
        assertThat(ids("В школе № 135 указом директора введена форма.")).isEmpty();
        assertThat(ids("Заказ № 135 Указ Президента выполнил.")).isEmpty();
    }

    private List<String> ids(String text) {
        return extractor.extract("content", text).stream().map(r -> r.id() + "@" + r.date()).toList();
    }

    /**
     * The acts-fresh16 round, in our own sentences: abbreviated month names ("февр.", "нояб.", "ліст.", "кастр."); the
     * signing day told in the sentence before the one the act opens ("The President signed the document on …",
     * "Дакумент падпісаны …"), and the active "signed the document on …" pointing back too; an unquoted title and then
     * the day in a participle set off by commas (", dated …", ", датированная …", ", падпісаны …"); an attributive
     * participle with its day before the act ("Подписанный 9 марта 2030 года Указ"); the number in apposition ("the new
     * edict, No. 64,", "закон (№ 145-З)"); a supranational or foreign name of several words before the kind word ("The
     * Union State's Supreme State Council Decree"). The guards: another thing signed, another kind, a day of entry into
     * force, a foreign signer, a second act, a number that ranks.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // abbreviated month names
            "Указом № 64 от 9 февр. 2030 г. утверждено положение о фонде. | decree:64@2030-02-09",
            "Постановление Совета Министров № 88 от 11 нояб. 2030 г. устанавливает сборы. | resolution:88@2030-11-11",
            "Пастанова Савета Міністраў № 88 ад 11 ліст. 2030 г. устанаўлівае зборы. | resolution:88@2030-11-11",
            "Дырэктыва № 4 ад 2 кастр. 2030 г. ставіць задачы. | directive:4@2030-10-02",
            "Указ № 64 от 9 сент. 2030 г. вступил в силу. | decree:64@2030-09-09",
            "Edict No. 64 dated Sept. 9, 2030 sets up a fund. | decree:64@2030-09-09",
            // the signing day told in the sentence before, for the act that opens the next one
            "The President signed the document on 9 March 2030. Edict No. 64 sets up a fund for rural schools. | decree:64@2030-03-09",
            "Глава государства подписал документ 9 марта 2030 года. Указом № 64 создан фонд сельских школ. | decree:64@2030-03-09",
            "Дакумент падпісаны 9 сакавіка 2030 года. Указ № 64 стварае фонд вясковых школ. | decree:64@2030-03-09",
            "Lukashenko signed Edict No. 64. He signed the document on 9 March 2030. Edict No. 64 sets up a fund. | decree:64@2030-03-09;decree:64@2030-03-09",
            "The document was signed on 9 March 2030. Edict No. 64 amends Edict No. 12. | decree:64@2030-03-09;decree:12@null",
            "Lukashenko signed Edict No. 12. The document is dated 9 March 2030. Edict No. 64 amends it. | decree:12@2030-03-09;decree:64@null",
            "The agreement was signed on 9 March 2030. Edict No. 64 ratifies it. | decree:64@null",
            "The law was signed on 9 March 2030. Edict No. 64 sets up a fund. | decree:64@null",
            "The document takes effect on 1 July 2030. Edict No. 64 sets up a fund. | decree:64@null",
            "The document was signed on 9 March 2030 in Minsk by both sides. Edict No. 64 sets up a fund. | decree:64@null",
            "Edict No. 64 was discussed in Moscow. Putin signed the document on 9 March 2030. | decree:64@null",
            // an unquoted title, then the day in a participle set off by commas
            "Presidential Directive No. 4 on rural healthcare, dated 9 March 2030, sets targets. | directive:4@2030-03-09",
            "Директива № 4 о развитии села, датированная 9 марта 2030 г., ставит задачи. | directive:4@2030-03-09",
            "Ўказ № 64 аб фондзе вясковых школ, падпісаны 9 сакавіка 2030 г., уступае ў сілу праз месяц. | decree:64@2030-03-09",
            "Edict No. 64 on rural schools, which takes effect on 1 July 2030, sets up a fund. | decree:64@null",
            "Edict No. 64 on rural schools, in force since 1 July 2030, sets up a fund. | decree:64@null",
            // an attributive participle with its day before the act
            "Подписанный 9 марта 2030 года Указ № 64 создаёт фонд. | decree:64@2030-03-09",
            "Падпісаным 9 сакавіка 2030 г. Указам № 64 створаны фонд. | decree:64@2030-03-09",
            "Вступающий в силу 1 июля 2030 года Указ № 64 создаёт фонд. | decree:64@null",
            "Договор подписан 9 марта 2030 г., Указ № 64 его ратифицировал позже. | decree:64@null",
            // the number in apposition
            "The new edict, No. 64, sets up a fund for rural schools. | decree:64",
            "The law (No. 145-Z) takes effect in May. | law:145",
            "Новы ўказ (№ 64) стварае фонд вясковых школ. | decree:64",
            "The decree, No. 1 in importance this year, was widely discussed. | -",
            "The law, No. 5 on the agenda, was debated. | -",
            // a foreign or supranational name of several words before the kind word
            "The Union State's Supreme State Council Decree No. 9 approved the budget. | -",
            "The United States Presidential Directive No. 5 was cited in the report. | -",
            "the union state's supreme state council decree no. 9 approved the budget. | -",
            "Kazakhstan's Cabinet of Ministers Resolution No. 9 was cited in the report. | -",
            "The Council of Ministers Resolution No. 9 sets the fees. | resolution:9",
            "The State Security Committee welcomed Edict No. 9. | decree:9",
            "The National Assembly's Law No. 145-Z on schools took effect. | law:145"})
    void theActsFresh16RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts-fresh17 round, in our own sentences: a supranational or foreign subject that acted "by" the act in
     * English, as the instrumental says it in Russian and Belarusian; a date between the issuer's name and the number
     * without "от" ("… Республики Беларусь 09.04.2031 № 7"), a dotted date with its "г.", a slashed one, and the long
     * English form of the issuer ("The Edict of the President of the Republic of Belarus dated …"); the signing day
     * told in the active after the act and its title ("«…» Глава государства подписал …", "…, which the President
     * signed on …", "…, які Прэзідэнт падпісаў …"); lists of amending acts each dated before its number, as official
     * texts write them ("в редакции Указов от … № 200, от … № 201"); a numbered law whose title comes before its number
     * is named by its number only, as when the title follows it; other states, their parliaments and the Belarusian
     * "ўрада"; and what must not change (a Belarusian subject acting by an act, a country the act is about, a day
     * that is not the signing).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a subject acting "by" the act
            "The Council of Ministers of the Union State endorsed the plan for joint research institutes by Resolution No. 7 of 9 April 2031. | -",
            "The Supreme State Council of the Union State approved the budget for 2032 by Decree No. 3. | -",
            "Kazakhstan's government approved the roadmap on digital health by Resolution No. 12 of 4 May 2031. | -",
            "The Council of Ministers approved the plan for rural schools by Resolution No. 7 of 9 April 2031. | resolution:7@2031-04-09",
            "The Council of Ministers approved the plan for Russian investors by Resolution No. 7. | resolution:7",
            "Belarus and Russia signed a treaty; the Council of Ministers approved it by Resolution No. 7. | resolution:7",
            // dates next to the number: without a preposition, dotted with its year word, slashed, after a long name
            "Программа утверждена постановлением Совета Министров Республики Беларусь 09.04.2031 № 7. | resolution:7@2031-04-09",
            "Праграма зацверджана пастановай Савета Міністраў Рэспублікі Беларусь 09.04.2031 № 7. | resolution:7@2031-04-09",
            "Программа утверждена Указом Президента Республики Беларусь 9 апреля 2031 г. № 7. | decree:7@2031-04-09",
            "Указом от 12.03.2031 г. № 135 создан фонд. | decree:135@2031-03-12",
            "Edict No. 135 of 12/03/2031 creates a fund. | decree:135@2031-03-12",
            "Decree No. 135 of 03/25/2031 creates a fund. | decree:135@2031-03-25",
            "The Edict of the President of the Republic of Belarus dated 12.03.2031 No. 135 creates a fund. | decree:135@2031-03-12",
            // the signing day told in the active after the act
            "Закон № 12-З «О беспилотниках» Глава государства подписал 4 марта 2031 г., документ вступит в силу через год. | law:12@2031-03-04",
            "Закон № 12-З «Аб беспілотніках», які Прэзідэнт падпісаў 4 сакавіка 2031 года, уступіць у сілу праз год. | law:12@2031-03-04",
            "Law No. 12-Z 'On Drones', which the President signed on 4 March 2031, takes effect in a year. | law:12@2031-03-04",
            "Edict No. 12, which the head of state signed on 4 March 2031, sets up a fund. | decree:12@2031-03-04",
            "Указ № 12, который был подписан 4 марта 2031 года, создаёт фонд. | decree:12@2031-03-04",
            "The Law 'On Artificial Intelligence', which the President signed on 10 October 2031, takes effect in April. | law:artificial-intelligence@2031-10-10",
            "Edict No. 12, which Putin criticised on 4 March 2031, sets up a fund. | decree:12@null",
            "Law No. 12-Z 'On Drones', which the House adopted on 4 March 2031, takes effect in a year. | law:12@null",
            "Закон № 12-З «О беспилотниках», который депутаты обсуждали 4 марта 2031 г., вступит в силу через год. | law:12@null",
            "Edict No. 12, which Lukashenko mentioned after Putin signed on 4 March 2031 a treaty, sets up a fund. | decree:12@null",
            // amending acts listed with their dates before their numbers
            "Указ № 135 (в редакции Указов Президента Республики Беларусь от 1 июня 2031 г. № 200, от 3 июля 2031 г. № 201) продлён. | decree:135@null;decree:200@2031-06-01;decree:201@2031-07-03",
            "Ўказ № 135 (у рэдакцыі Указаў ад 1 чэрвеня 2031 г. № 200, ад 3 ліпеня 2031 г. № 201) падоўжаны. | decree:135@null;decree:200@2031-06-01;decree:201@2031-07-03",
            "Edict No. 135 (as amended by Edicts No. 200 of 1 June 2031 and No. 201 of 3 July 2031) was extended. | decree:135@null;decree:200@2031-06-01;decree:201@2031-07-03",
            "Указами от 24.10.2031 № 402 и № 403 изменены сроки. | decree:402@2031-10-24;decree:403@2031-10-24",
            // a numbered law named by its number, wherever its title stands
            "Закон «О защите персональных данных» № 99-З изменён. | law:99",
            "Закон «О защите персональных данных» от 7 мая 2021 г. № 99-З изменён. | law:99@2021-05-07",
            "Закон «О внесении изменений в законы по вопросам информатизации» № 45-З принят. | law:45",
            // other states, in their names, adjectives and cases, and their parliaments
            "Turkish Presidential Decree No. 45 regulates data centres. | -",
            "Decree No. 45 of the President of Venezuela was signed. | -",
            "Указ Президента Турции № 45 регулирует центры данных. | -",
            "Ўказ Прэзідэнта Турцыі № 45 рэгулюе цэнтры даных. | -",
            "Постановление Правительства Вьетнама № 45 регулирует центры данных. | -",
            "Пастанова ўрада В'етнама № 45 рэгулюе цэнтры даных. | -",
            "Закон Ірана № 45 рэгулюе цэнтры даных. | -",
            "Закон Рэспублікі Арменія № 45 рэгулюе штучны інтэлект. | -",
            "Ўказ Прэзідэнта Грузіі № 45 прыняты. | -",
            "Закон ЗША № 45 уступіў у сілу. | -",
            "Директива ЕС № 45 вступила в силу. | -",
            "Паводле закона Кітая № 45 даныя абаронены. | -",
            "Указ Президента ОАЭ № 45 подписан. | -",
            "Japanese Law No. 45 took effect. | -",
            "The State Duma passed Law No. 45. | -",
            "Госдума приняла закон № 45. | -",
            "Мажилис принял закон № 45. | -",
            "Parliament of Kyrgyzstan passed Law No. 45. | -",
            "Пастанова ўрада № 88 ад 11 красавіка 2031 г. устанаўлівае зборы. | resolution:88@2031-04-11",
            "Закон № 45 о сотрудничестве с Турцией принят. | law:45",
            "Turkish investors welcomed Edict No. 45. | decree:45",
            "Указ № 45 о поддержке японских инвесторов подписан. | decree:45",
            "СОГЛАШЕНИЕ С ВЬЕТНАМОМ РАТИФИЦИРОВАНО ЗАКОНОМ № 342-З. | law:342",
            "The National Assembly passed Law No. 45-Z on schools. | law:45",
            "Закон Соединенных Штатов № 45 принят. | -",
            "Закон Злучаных Штатаў № 45 прыняты. | -",
            "Швейцарский закон № 45 принят. | -",
            "Закон № 45 о строительстве шоссе принят. | law:45",
            // the Belarusian locative "Дэкрэце", a date in brackets, an English title before the number
            "У Дэкрэце № 7 ад 23.11.2031 г. змяняюцца правілы. | decree:7@2031-11-23",
            "Указ № 135 (от 12.03.2031) создаёт фонд. | decree:135@2031-03-12",
            "Edict No. 135 (12 March 2031) creates a fund. | decree:135@2031-03-12",
            "Edict No. 135 (2031) creates a fund. | decree:135@null",
            "The Law on Personal Data Protection No. 99-Z applies to clinics. | law:99"})
    void theActsFresh17RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts-fresh19 round, in our own sentences: an official name of ten words before the number or nine after it
     * ("Resolution of the Council of Ministers of the Republic of Belarus of … No. …", "… of the Union State") and the
     * government abbreviated "СМ" (fresh19's errors); and the failure cases left by the earlier rounds, each in the
     * three languages: a quoted title that names another act (the outer act keeps its own number and date, the inner
     * one is read too); a subject set off by commas before the act it acted by ("The government of Kazakhstan, by
     * Resolution No. 5, approved …", "Правительство Казахстана, постановлением № 5, утвердило …"), "by its"; ranges of
     * numbers after a plural kind word, "Nos." or "№№"; a sentence that opens in a foreign state, or follows one in which
     * a foreign subject signed an act of that kind; the hour told before the signing day. The guards: Belarusian subjects and bodies, a compound number, a dash that is no range, a span
     * of years, Belarus named in the foreign scene, a date of entry into force, slashed dates day first.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // long official names, the government's abbreviation
            "The strategy was approved by Resolution of the Council of Ministers of the Republic of Belarus of 9 March 2031 No. 88. | resolution:88@2031-03-09",
            "The plan was adopted by Resolution No. 7 of the Council of Ministers of the Union State of 4 April 2031. | -",
            "Правила утверждены постановлением СМ от 09.03.2031 № 88. | resolution:88@2031-03-09",
            "Правілы зацверджаны пастановай СМ ад 09.03.2031 № 88. | resolution:88@2031-03-09",
            "Постановление № 88 предписывает слой в 5 см. | -",
            // a quoted title that names another act
            "Указ «О мерах по реализации Закона № 45-З» от 3 мая 2031 г. № 170 подписан. | decree:170@2031-05-03;law:45@null",
            "Указом «О порядке исполнения Декрета № 7» от 14 июня 2031 г. № 222 установлены сроки. | decree:222@2031-06-14;decree:7@null",
            "Ўказам «Аб мерах па выкананні Закона № 45-З» ад 3 мая 2031 г. № 170 створаны фонд. | decree:170@2031-05-03;law:45@null",
            "Edict 'On measures to implement Law No. 45-Z' of 3 May 2031 No. 170 sets up a fund. | decree:170@2031-05-03;law:45@null",
            "The Edict “On implementing Decree No. 7” dated 14 June 2031 No. 222 sets deadlines. | decree:222@2031-06-14;decree:7@null",
            "Edict No. 200 'On amending Edict No. 135 of 12 March 2025' was signed on 1 June 2031. | decree:200@2031-06-01;decree:135@2025-03-12",
            "Указ № 200 «Об изменении Указа № 135» подписан 1 июня 2031 г. | decree:200@2031-06-01;decree:135@null",
            "Ўказ № 200 «Аб змяненні Ўказа № 135» падпісаны 1 чэрвеня 2031 г. | decree:200@2031-06-01;decree:135@null",
            "Закон № 12-З «Об изменении Закона № 45-З» от 3 мая 2031 г. вступает в силу через полгода. | law:12@2031-05-03;law:45@null",
            "Постановление Совета Министров «О реализации Указа № 5» от 2 апреля 2031 г. № 310 опубликовано. | resolution:310@2031-04-02;decree:5@null",
            "Lukashenko signed Edict No. 170 \"On amending Edict No. 5\" on 3 May 2031. | decree:170@2031-05-03;decree:5@null",
            "Указ «Об изменении Указа от 1 марта 2030 г. № 5» от 3 мая 2031 г. № 170 подписан. | decree:170@2031-05-03;decree:5@2030-03-01",
            "Закон «О внесении изменений в законы по вопросам связи» № 45-З принят. | law:45",
            "Указ Президента Российской Федерации «О мерах по реализации Указа № 5» № 10 подписан. | -",
            // a subject set off by commas before the act it acted by; "by its"
            "The government of Kazakhstan, by Resolution No. 5, approved the road map. | -",
            "Kazakhstan's cabinet, by its Resolution No. 5 of 3 May 2031, approved the road map. | -",
            "The Cabinet of Ministers of Kyrgyzstan by its Resolution No. 5 approved the road map. | -",
            "The Supreme State Council of the Union State, by Decree No. 3, approved the budget. | -",
            "The Kazakh government adopted its Resolution No. 5 on Monday. | -",
            "Правительство Казахстана, постановлением № 5, утвердило дорожную карту. | -",
            "Правительство Узбекистана своим постановлением № 5 утвердило дорожную карту. | -",
            "Урад Казахстана, пастановай № 5, зацвердзіў дарожную карту. | -",
            "The Council of Ministers, by its Resolution No. 345 of 3 May 2031, approved the road map. | resolution:345@2031-05-03",
            "The head of state, by Edict No. 12 of 4 May 2031, extended the programme. | decree:12@2031-05-04",
            "Совет Министров, постановлением № 5 от 3 мая 2031 г., утвердил дорожную карту. | resolution:5@2031-05-03",
            "Савет Міністраў сваёй пастановай № 5 зацвердзіў дарожную карту. | resolution:5",
            "In line with the agreement with Russia, by Edict No. 12 the President extended the programme. | decree:12",
            "The government, by Resolution No. 5, approved the plan for Russian investors. | resolution:5",
            // ranges and lists: every number is an act of that kind
            "Указами №№ 135–137 изменены сроки. | decree:135;decree:136;decree:137",
            "Edicts Nos. 402-404 were signed on Friday. | decree:402;decree:403;decree:404",
            "Ўказы №№ 135–137 ад 3 мая 2031 г. падпісаныя. | decree:135@2031-05-03;decree:136@2031-05-03;decree:137@2031-05-03",
            "Законы № 20–22 опубликованы. | law:20;law:21;law:22",
            "The Council of Ministers adopted Resolutions Nos. 101, 102 and 104–106. | resolution:101;resolution:102;resolution:104;resolution:105;resolution:106",
            "Пастановы Савета Міністраў №№ 101–103 прынятыя. | resolution:101;resolution:102;resolution:103",
            "Пастановамі Савета Міністраў № 101–103 зацверджаны планы. | resolution:101;resolution:102;resolution:103",
            "Согласно постановлениям Совета Министров № 101 и 102 утверждены планы. | resolution:101;resolution:102",
            "Laws Nos. 45-Z–47-Z took effect in May. | law:45;law:46;law:47",
            "указы № 5, 6 и 9 изменены. | decree:5;decree:6;decree:9",
            "Указ № 58-12 принят. | -",
            "Указ № 135 – главный документ года. | decree:135",
            "Указы 2021–2025 годов изменены. | -",
            // a sentence that opens in a foreign state
            "In Kazakhstan, Decree No. 45 regulates data centres. | -",
            "In neighbouring Russia, Law No. 45 regulates data centres. | -",
            "В Узбекистане с 1 марта действует указ № 45. | -",
            "У Кітаі з 1 сакавіка дзейнічае закон № 45. | -",
            "In China, the Belarusian Edict No. 5 was presented to investors. | decree:5",
            "В Минске указ № 5 обсудили с инвесторами. | decree:5",
            "In 2031, Edict No. 5 took effect. | decree:5",
            "In Kazakhstan, the talks went well, and Edict No. 5 was discussed. | decree:5",
            // the act a foreign subject signed in the sentence before, named again with its number
            "Tokayev signed a decree on crypto mining on Friday. Decree No. 45 obliges miners to register. | -",
            "Президент Казахстана подписал указ о майнинге. Указ № 45 обязывает майнеров регистрироваться. | -",
            "Прэзідэнт Казахстана падпісаў указ аб майнінгу. Указ № 45 абавязвае майнераў рэгістравацца. | -",
            "Tokayev signed a decree on crypto mining. Decrees Nos. 45–47 oblige miners to register. | -",
            "The Kazakh parliament passed a law on AI. Under Law No. 45, developers register models. | -",
            "Lukashenko signed a decree on crypto mining on Friday. Decree No. 45 obliges miners to register. | decree:45",
            "Tokayev signed a law on AI on Friday. Edict No. 45 obliges miners to register. | decree:45",
            "Tokayev signed a decree on Friday. Lukashenko signed Edict No. 45 on Saturday. | decree:45",
            "Путин подписал указ о санкциях. Указ № 45 Президента Республики Беларусь отвечает на них. | decree:45",
            // the hour before the signing day; slashed dates, day first as Belarusian sources write them
            "Указ № 5 подписан в 10.00 12.03.2031. | decree:5@2031-03-12",
            "Ўказ № 5 падпісаны а 10.00 12.03.2031. | decree:5@2031-03-12",
            "Edict No. 5 was signed at 10:00 on 12 March 2031. | decree:5@2031-03-12",
            "Указ № 5, подписанный в 10.00 12.03.2031, создаёт фонд. | decree:5@2031-03-12",
            "Указ № 5 вступает в силу в 10.00 12.03.2031. | decree:5@null",
            "Указ № 5 от 12/02/2026 вступил в силу. | decree:5@2026-02-12",
            "Edict No. 5 of 12/02/2026 took effect. | decree:5@2026-02-12",
            "Ўказ № 5 ад 12/02/2026 уступіў у сілу. | decree:5@2026-02-12",
            "Edict No. 5 of 12/25/2026 took effect. | decree:5@2026-12-25"})
    void theActsFresh19RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts16 round, in our own sentences (none copied from a list): the failure cases the acts-fresh19 round left.
     * A foreign issuer seen only in the sentence's opening — past an aside set off by commas ("In Russia, as analysts
     * noted, …"), after a time or a discourse word ("С 1 марта в Узбекистане …", "Meanwhile, in Kazakhstan, …"), or
     * named first with a colon ("Kazakhstan: Law No. 45 …") — or in the sentence before, as the modifier of an act of
     * the same kind without a number ("A new Kazakh law on AI … . Law No. 45 …"); who signed the act told in the active
     * right after its number ("Edict No. 12, which Putin signed on …"); ranges in words ("с № 135 по № 137", "from No.
     * 135 to No. 137", "Nos. 135 through 137") and lists after a plural that is also a singular ("Постановления … № 135,
     * 136 и 137"); a slashed date in a text that writes month first; the signing day told at the clause's start with
     * the passive after the act, with a signer of up to seven words, with the active subject after the number, or in a
     * participle set off by a comma; "пастановаю"; "номер"/"нумар"; a number with a letter glued on ("№ 135рп": the
     * President's order). Acts cited by paragraph or article and "в редакции Указа от … № …" were already read: their
     * rows guard them, with the rest of the guards.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // A. a foreign issuer seen only in the opening or the sentence before, in new forms
            "In Russia, as analysts pointed out, Law No. 45 tightened the rules for bloggers. | -",
            "В России, как отметили аналитики, закон № 45 ужесточил правила для блогеров. | -",
            "У Расіі, як адзначылі аналітыкі, закон № 45 узмацніў правілы для блогераў. | -",
            "From 1 March, in Uzbekistan, Decree No. 45 regulates mining farms. | -",
            "С 1 марта в Узбекистане действует указ № 45 о майнинге. | -",
            "З 1 сакавіка ў Узбекістане дзейнічае ўказ № 45 аб майнінгу. | -",
            "Meanwhile, in Kazakhstan, Law No. 45 took effect. | -",
            "Тем временем в Казахстане вступил в силу закон № 45. | -",
            "Тым часам у Казахстане ўступіў у сілу закон № 45. | -",
            "Kazakhstan: Law No. 45 regulates data centres. | -",
            "Казахстан: закон № 45 регулирует центры обработки данных. | -",
            "Казахстан: закон № 45 рэгулюе цэнтры апрацоўкі даных. | -",
            "A new Kazakh law on AI took effect on Monday. Law No. 45 requires developers to register models. | -",
            "Новый казахстанский закон об ИИ вступил в силу. Закон № 45 обязывает разработчиков регистрировать модели. | -",
            "Новы казахстанскі закон аб ШІ уступіў у сілу. Закон № 45 абавязвае распрацоўшчыкаў рэгістраваць мадэлі. | -",
            "Tokayev's decree on crypto mining took effect on Monday. Decree No. 45 obliges miners to register. | -",
            "С 1 марта в Минске действует указ № 45 о парковках. | decree:45",
            "Meanwhile, in Minsk, Edict No. 5 was presented to investors. | decree:5",
            "In Russia, as Belarusian experts noted, Law No. 45 is stricter than ours. | law:45",
            "A new law on AI took effect on Monday. Law No. 45 requires developers to register models. | law:45",
            "Belarus: Edict No. 45 regulates data centres. | decree:45",
            "Kazakh investors praised a new decree on Monday. Decree No. 45 opens the market to them. | decree:45",
            "In Russia, according to analysts, Law No. 45 took effect. | -",
            "В России, по словам аналитиков, закон № 45 вступил в силу. | -",
            "У Расіі, паводле аналітыкаў, закон № 45 уступіў у сілу. | -",
            "In Russia, according to Belarusian analysts, Law No. 45 is stricter than ours. | law:45",
            // B. ranges and lists in words
            "Указами с № 135 по № 137 изменены сроки. | decree:135;decree:136;decree:137",
            "Edicts from No. 135 to No. 137 were signed on Friday. | decree:135;decree:136;decree:137",
            "Edicts Nos. 135 to 137 were signed on Friday. | decree:135;decree:136;decree:137",
            "Edicts Nos. 135 through 137 were signed on Friday. | decree:135;decree:136;decree:137",
            "Ўказамі з № 135 па № 137 зменены тэрміны. | decree:135;decree:136;decree:137",
            "Постановления Совета Министров № 135, 136 и 137 утратили силу. | resolution:135;resolution:136;resolution:137",
            "Пастановы Савета Міністраў № 135, 136 і 137 страцілі сілу. | resolution:135;resolution:136;resolution:137",
            "Директивы № 3, 4 и 5 выполнены. | directive:3;directive:4;directive:5",
            "Постановления Совета Министров с № 101 по № 103 отменены. | resolution:101;resolution:102;resolution:103",
            "Edict No. 5 applies from 1 May to 10 June. | decree:5",
            "Указ № 5 действует с 1 мая по 10 июня. | decree:5",
            "Edicts Nos. 135 to 200 were reviewed. | decree:135",
            "Постановление Совета Министров № 135 и 20 поручений выполнены. | resolution:135",
            "Выполнение постановления Совета Министров № 135, принятого в мае, проверено. | resolution:135",
            // C. slashed dates, the text's own convention
            "Edict No. 5 of 03/04/2031 replaces Edict No. 2 of 12/25/2030. | decree:5@2031-03-04;decree:2@2030-12-25",
            "Edict No. 5 of 03/04/2031 replaces Edict No. 2 of 25/12/2030. | decree:5@2031-04-03;decree:2@2030-12-25",
            "Edict No. 5 of 03/04/2031 took effect. | decree:5@2031-04-03",
            // D. the signing day in other word orders
            "On 3 May 2031, Edict No. 12 was signed by the President. | decree:12@2031-05-03",
            "3 мая 2031 года Президентом подписан Указ № 12. | decree:12@2031-05-03",
            "3 мая 2031 г. подписан Указ № 12 о фонде. | decree:12@2031-05-03",
            "3 мая 2031 г. падпісаны Ўказ № 12 аб фондзе. | decree:12@2031-05-03",
            "Указ № 12 глава государства подписал 3 мая 2031 года. | decree:12@2031-05-03",
            "Ўказ № 12 кіраўнік дзяржавы падпісаў 3 мая 2031 года. | decree:12@2031-05-03",
            "Signed on 3 May 2031, Edict No. 12 sets up a fund. | decree:12@2031-05-03",
            "Подписанный 3 мая 2031 года, Указ № 12 создаёт фонд. | decree:12@2031-05-03",
            "Падпісаны 3 мая 2031 года, Ўказ № 12 стварае фонд. | decree:12@2031-05-03",
            "Указ № 12 подписан Президентом Республики Беларусь Александром Лукашенко 3 мая 2031 года. | decree:12@2031-05-03",
            "Edict No. 12 was signed by President of Belarus Aleksandr Lukashenko on 3 May 2031. | decree:12@2031-05-03",
            "Ўказ № 12 падпісаны Прэзідэнтам Рэспублікі Беларусь Аляксандрам Лукашэнкам 3 мая 2031 года. | decree:12@2031-05-03",
            "Edict No. 12, which Putin signed on 3 May 2031, was discussed. | -",
            "Указ № 12, который Путин подписал 3 мая 2031 года, обсудили. | -",
            "Ўказ № 12, які Пуцін падпісаў 3 мая 2031 года, абмеркавалі. | -",
            "Edict No. 12, which the President signed on 3 May 2031, was discussed. | decree:12@2031-05-03",
            "On 3 May 2031 Edict No. 12 took effect. | decree:12@null",
            "3 мая 2031 года вступил в силу Указ № 12. | decree:12@null",
            "Edict No. 12 was signed by the President after talks with the unions on 3 May 2031. | decree:12@null",
            // E. acts cited with paragraph and article numbers
            "Пункт 3 Указа № 135 отменён. | decree:135",
            "Согласно подпункту 1.2 пункта 1 Указа № 135 льготы сохранены. | decree:135",
            "Paragraph 3 of Edict No. 135 was repealed. | decree:135",
            "Article 5 of Law No. 99-Z defines the terms. | law:99",
            "Артыкул 5 Закона № 99-З вызначае тэрміны. | law:99",
            "Пункт 3 Ўказа № 135 адменены. | decree:135",
            "п. 3 Указа № 135 от 12 марта 2025 г. утратил силу. | decree:135@2025-03-12",
            "Article 135 sets the penalty. | -",
            "Статья 135 устанавливает наказание. | -",
            "Артыкул 135 устанаўлівае пакаранне. | -",
            "Article 135 of the Criminal Code was amended. | -",
            // F. as amended by an act
            "Положение (в редакции Указа от 12.03.2025 № 135) действует. | decree:135@2025-03-12",
            "Палажэнне (у рэдакцыі Ўказа ад 12.03.2025 № 135) дзейнічае. | decree:135@2025-03-12",
            "The regulation (as amended by Edict of 12 March 2025 No. 135) applies. | decree:135@2025-03-12",
            "Положение в ред. Указа от 12.03.2025 № 135 действует. | decree:135@2025-03-12",
            "Положение (в ред. указов от 12.03.2025 № 135, от 1.06.2025 № 200) действует. | decree:135@2025-03-12;decree:200@2025-06-01",
            // G. Belarusian cases, number in words
            "Пастановаю Савета Міністраў № 5 зацверджаны план. | resolution:5",
            "Згодна з пастановаю ўрада № 5 ад 3 мая 2031 г. план зацверджаны. | resolution:5@2031-05-03",
            "У Пастанове Савета Міністраў № 5 гаворыцца пра фонд. | resolution:5",
            "Дырэктываю № 1 вызначаны задачы. | directive:1",
            "Паводле Дырэктывы № 1 задачы вызначаны. | directive:1",
            "У Законе № 99-З гаворыцца пра даныя. | law:99",
            "Законамі № 45-З і № 46-З зменены правілы. | law:45;law:46",
            "Указ номер 135 вступил в силу. | decree:135",
            "Ўказ нумар 135 уступіў у сілу. | decree:135",
            "Закон номер один принят. | -",
            // H. a suffixed number is another act
            "Распоряжение Президента № 135рп подписано. | -",
            "Указ № 135рп подписан. | -",
            "Edict No. 135-rp was signed. | -",
            "Edict No. 135rp was signed. | -",
            "Ўказ № 135-рп падпісаны. | -",
            "Закон № 99-З подписан. | law:99",
            // guards of this round: what the new rules must leave as it was
            "After talks in Kazakhstan, the President signed Edict No. 5. | decree:5",
            "From 1 March, in Kazakhstan and in Belarus, Edict No. 5 applies. | decree:5",
            "Russian experts: Law No. 45 is a good example. | law:45",
            "Analysts: Law No. 45 is a good example. | law:45",
            "Lukashenko: Edict No. 5 will help farmers. | decree:5",
            "Since 2031, in Russia, Law No. 45 regulates bloggers. | -",
            "С 2031 года в России действует закон № 45. | -",
            "Указ № 12 подписан Президентом Республики Беларусь и вступает в силу 3 мая 2031 года. | decree:12@null",
            "Edict No. 12 was signed by the President whose term ends on 3 May 2031. | decree:12@null",
            "Edict No. 12 was signed by the head of state following the vote on 3 May 2031. | decree:12@null",
            "Указ № 12 о фонде Президент подписал 3 мая 2031 года. | decree:12@2031-05-03",
            "On 3 May 2031, Edicts No. 12 and No. 13 were signed. | decree:12@2031-05-03;decree:13@2031-05-03",
            "3 мая 2031 года Указ № 12 подписан Президентом. | decree:12@2031-05-03",
            "On 3 May 2031, the President's Edict No. 12 was signed. | decree:12@2031-05-03",
            "Edicts No. 135 to No. 137 were signed. | decree:135;decree:136;decree:137",
            "Указы с № 5 по № 7 утратили силу. | decree:5;decree:6;decree:7",
            "Указ № 5 утратил силу до № 7. | decree:5",
            "Законы с № 45-З по № 47-З вступили в силу. | law:45;law:46;law:47",
            "У пастанове Савета Міністраў № 5 гаворыцца пра фонд. | resolution:5",
            "У дырэктыве № 1 гаворыцца пра бяспеку. | directive:1",
            "Пастановамі ўрада № 5 і № 6 зацверджаны планы. | resolution:5;resolution:6",
            "Закон №99З подписан. | law:99",
            "Постановление Совета Министров № 5 и 6 этажей. | resolution:5",
            "Директивы № 3 исполнение проверено. | directive:3",
            "Edict No. 5 of 03/04/2031 replaces the rules of 02/28/2030. | decree:5@2031-03-04",
            "Указ № 5 от 03/04/2031 заменил правила от 28/02/2030. | decree:5@2031-04-03",
            "Указ № 12, подписанный Путиным 3 мая 2031 года, обсудили. | -",
            "Putin signed Edict No. 12 on 3 May 2031. | -",
            "Указ № 12 Президент Казахстана подписал 3 мая 2031 года. | -",
            "Edict No. 12, which the Russian side welcomed, took effect. | decree:12",
            "Meanwhile, Edict No. 5 took effect. | decree:5",
            "Тем временем указ № 5 вступил в силу. | decree:5",
            "Kazakhstan's decree of Monday angered miners. Edict No. 45 of Belarus does not. | decree:45",
            "The Kazakh law on AI took effect. Edict No. 45 obliges miners to register. | decree:45",
            "Kazakhstan's Law No. 44 took effect. Law No. 45 obliges miners to register. | law:45"})
    void theActs16RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts17 round, in our own sentences (none copied from a list): the causes of the errors of {@code
     * acts-fresh21.tsv} (the acts16 round's blind judge) — the ISO date a legal database prints ("of 2031-03-12"), a
     * labelled date in brackets after the number ("(дата принятия: …)", "(date of signing: …)"), laws in the plural
     * before an unquoted title ("amendments to the laws on mass media": a kind of law, not the titled one) — and the
     * failure cases the acts16 round left: an aside of other words after a foreign scene ("In Russia, experts say, …")
     * or between a foreign subject and its verb or act ("Putin, analysts say, signed …", "Правительство Казахстана, как
     * сообщается, постановлением № 5 …"), a lead outside the discourse words ("Last year in Kazakhstan, …", "On Monday
     * in Uzbekistan, …", a dateline "MINSK, 3 May (BelTA) – In Kazakhstan, …"), a foreign act two sentences back, a
     * range without the second marker ("Указы № 135 по 137"), two numbers after a plural that is also a singular
     * ("Постановления … № 135 и 136 утратили силу"). Bills ("проекты законов") were read as acts in the plural and other
     * cases. The guards: Belarus named, Belarusian acts after the same leads, the day it takes effect, a day that ends
     * a range, counts after a number, and foreign, agency, UN acts and bills in the new forms.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // A. ISO dates
            "Council of Ministers Resolution No. 77 of 2031-03-12 sets the fees. | resolution:77@2031-03-12",
            "Edict No. 77 dated 2031-03-12 extends the programme. | decree:77@2031-03-12",
            "Указ № 77 от 2031-03-12 продлевает программу. | decree:77@2031-03-12",
            "Ўказ № 77 ад 2031-03-12 падаўжае праграму. | decree:77@2031-03-12",
            "Указом от 2031-03-12 № 77 продлена программа. | decree:77@2031-03-12",
            "Постановлением Совета Министров 2031-03-12 № 77 утверждены сборы. | resolution:77@2031-03-12",
            "Edict No. 77 takes effect on 2031-03-12. | decree:77@null",
            "Указ № 77 от 2031-02-30 продлевает программу. | decree:77@null",
            // B. a labelled date in brackets
            "Декрет № 7 (дата принятия: 12.03.2031) действует. | decree:7@2031-03-12",
            "Декрет № 7 (дата подписания — 12 марта 2031 г.) действует. | decree:7@2031-03-12",
            "Дэкрэт № 7 (дата прыняцця: 12.03.2031) дзейнічае. | decree:7@2031-03-12",
            "Дэкрэт № 7 (падпісаны 12 сакавіка 2031 г.) дзейнічае. | decree:7@2031-03-12",
            "Edict No. 7 (date of signing: 12 March 2031) applies to all banks. | decree:7@2031-03-12",
            "Edict No. 7 (signed on 12 March 2031) applies to all banks. | decree:7@2031-03-12",
            "Указ № 7 (подписан 12.03.2031) действует. | decree:7@2031-03-12",
            "Декрет № 7 (2031-03-12) действует. | decree:7@2031-03-12",
            "Указ № 7 (дата принятия: 12.03.2031; дата вступления в силу: 15.03.2031) действует. | decree:7@2031-03-12",
            "Указ № 7 (вступает в силу 15.03.2031) действует. | decree:7@null",
            "Edict No. 7 (in force since 15 March 2031) applies to all banks. | decree:7@null",
            "Указ № 7 (дата вступления в силу: 15.03.2031) действует. | decree:7@null",
            // C. laws in the plural before a title: a kind of law, not the titled one
            "The bill 'On Amendments to Laws on Mass Media' passed the first reading. | -",
            "Депутаты обсудили изменения в законы о средствах массовой информации. | -",
            "Дэпутаты абмеркавалі змены ў законы аб сродках масавай інфармацыі. | -",
            "Laws on personal data protection differ from country to country. | -",
            "Согласно законам о защите персональных данных разных стран, согласие обязательно. | -",
            "The Law on Mass Media was amended. | law:mass-media",
            "Изменения в Закон о средствах массовой информации внесены. | law:mass-media",
            "Законы «О средствах массовой информации» и «Об электронном документе» изменены. | law:mass-media;law:electronic-document",
            // D. an aside of other words after a foreign scene or a foreign subject
            "In Russia, experts say, Law No. 45 tightened the rules for bloggers. | -",
            "В России, считают эксперты, закон № 45 ужесточил правила для блогеров. | -",
            "У Расіі, лічаць эксперты, закон № 45 узмацніў правілы для блогераў. | -",
            "In Kazakhstan, meanwhile, Decree No. 45 regulates mining farms. | -",
            "В Казахстане, между тем, указ № 45 регулирует майнинг. | -",
            "У Казахстане, між тым, указ № 45 рэгулюе майнінг. | -",
            "In Russia, Belarusian experts say, Edict No. 5 is well known. | decree:5",
            "Putin, analysts say, signed Decree No. 5 on Monday. | -",
            "Путин, как отмечают аналитики, подписал указ № 5. | -",
            "Пуцін, як адзначаюць аналітыкі, падпісаў указ № 5. | -",
            "Kazakhstan's government, in turn, adopted Resolution No. 5. | -",
            "The government of Kazakhstan, as reported, by Resolution No. 5 approved the plan. | -",
            "Правительство Казахстана, как сообщается, постановлением № 5 утвердило план. | -",
            "Урад Казахстана, як паведамляецца, пастановай № 5 зацвердзіў план. | -",
            "Лукашенко, как отмечают аналитики, подписал указ № 5. | decree:5",
            "The Council of Ministers, as reported, by Resolution No. 5 approved the plan. | resolution:5",
            "Совет Министров, как сообщается, постановлением № 5 утвердил план. | resolution:5",
            "In Minsk, experts say, Edict No. 5 works well. | decree:5",
            // E. a lead outside the discourse words and "from/since"
            "Last year in Kazakhstan, Law No. 45 restricted crypto mining. | -",
            "On Monday in Uzbekistan, Decree No. 45 took effect. | -",
            "In 2030, in Russia, Law No. 45 tightened the rules. | -",
            "В прошлом году в Казахстане закон № 45 ограничил майнинг. | -",
            "В понедельник в Узбекистане вступил в силу указ № 45. | -",
            "Летом 2030 года в России закон № 45 ужесточил правила. | -",
            "Летась у Казахстане закон № 45 абмежаваў майнінг. | -",
            "У панядзелак ва Узбекістане ўступіў у сілу ўказ № 45. | -",
            "MINSK, 3 May (BelTA) – In Kazakhstan, Law No. 45 took effect. | -",
            "МИНСК, 3 мая (БЕЛТА) – В Казахстане вступил в силу закон № 45. | -",
            "МІНСК, 3 мая (БЕЛТА) – У Казахстане ўступіў у сілу закон № 45. | -",
            "Last year in Minsk, Edict No. 5 was presented to investors. | decree:5",
            "В прошлом году в Беларуси указ № 5 упростил регистрацию. | decree:5",
            "MINSK, 3 May (BelTA) – Edict No. 45 took effect. | decree:45",
            "MINSK, 3 May (BelTA) – In Minsk, Edict No. 45 was presented. | decree:45",
            "After the talks in Kazakhstan, the President signed Edict No. 5. | decree:5",
            "On Monday in Minsk, the President signed Edict No. 5. | decree:5",
            "Last year, Edict No. 5 simplified registration. | decree:5",
            // F. a foreign act two sentences back
            "Tokayev signed a decree on crypto mining on Monday. It takes effect in May. Decree No. 45 obliges miners to register. | -",
            "Токаев подписал указ о майнинге. Он вступит в силу в мае. Указ № 45 обязывает майнеров регистрироваться. | -",
            "Такаеў падпісаў указ аб майнінгу. Ён уступіць у сілу ў маі. Указ № 45 абавязвае майнераў рэгістравацца. | -",
            "A new Kazakh law on AI took effect on Monday. Developers have a month to comply. Law No. 45 requires them to register models. | -",
            "Новый казахстанский закон об ИИ вступил в силу. У разработчиков есть месяц. Закон № 45 обязывает их регистрировать модели. | -",
            "Tokayev signed a decree on crypto mining on Monday. Lukashenko answered in Minsk. Decree No. 45 obliges miners to register. | decree:45",
            "Tokayev signed a decree on mining. Edict No. 12 took effect in Belarus. Decree No. 45 obliges miners to register. | decree:12;decree:45",
            "Tokayev signed a decree on mining. The President of Belarus commented on it. Decree No. 45 obliges miners to register. | decree:45",
            "A new law on AI took effect on Monday. Developers have a month to comply. Law No. 45 requires them to register models. | law:45",
            // G. a range without the second marker
            "Указы № 135 по 137 утратили силу. | decree:135;decree:136;decree:137",
            "Ўказы № 135 па 137 страцілі сілу. | decree:135;decree:136;decree:137",
            "Edicts No. 135 to 137 were repealed. | decree:135;decree:136;decree:137",
            "Указами с № 135 по 137 изменены сроки. | decree:135;decree:136;decree:137",
            "Законы № 45-З по 47-З вступили в силу. | law:45;law:46;law:47",
            "Постановлениями Совета Министров № 101 по 103 утверждены планы. | resolution:101;resolution:102;resolution:103",
            "Указы № 5 по 10 июня продлены. | decree:5",
            "Указы № 5 до 10 лет продлевают сроки. | decree:5",
            "Указ № 135 по 137 пунктам изменён. | decree:135",
            "Edict No. 5 to 7 regions applies. | decree:5",
            "Edicts No. 135 to 200 were reviewed. | decree:135",
            // H. two numbers after a plural that is also a singular
            "Постановления Совета Министров № 135 и 136 утратили силу. | resolution:135;resolution:136",
            "Пастановы Савета Міністраў № 135 і 136 страцілі сілу. | resolution:135;resolution:136",
            "Директивы № 3 и 4 выполнены. | directive:3;directive:4",
            "Постановления № 5 и 6 Совета Министров утратили силу. | resolution:5;resolution:6",
            "Дырэктывы № 3 і 4 выкананы. | directive:3;directive:4",
            "В постановления Совета Министров № 135 и 136 внесены изменения. | resolution:135;resolution:136",
            "Постановления Совета Министров № 135 и 136 от 3 мая 2031 г. отменены. | resolution:135@2031-05-03;resolution:136@2031-05-03",
            "Выполнение постановления Совета Министров № 135 и 2 пунктов плана проверено. | resolution:135",
            "Постановление Совета Министров № 135 и 20 поручений выполнены. | resolution:135",
            "Директивы № 3 и 4 пунктов недостаточно. | directive:3",
            // guards: foreign acts, agencies, bills and the UN stay no acts in the new forms
            "Указы Президента России № 135 по 137 утратили силу. | -",
            "Edicts No. 135 to 137 of the President of Kazakhstan were repealed. | -",
            "Постановления Министерства экономики № 135 и 136 утратили силу. | -",
            "Решения Минского горисполкома № 5 и 6 утратили силу. | -",
            "Проекты законов № 5 по 7 внесены в парламент. | -",
            "UN General Assembly Resolution No. 77 of 2031-03-12 was adopted. | -",
            "Article 5 to 7 of the Code were amended on 2031-03-12. | -",
            "The draft law 'On Amendments to the Law on Mass Media' passed the first reading. | law:mass-media"})
    void theActs17RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts18 round, in our own sentences (none copied from a list): the causes of the errors of {@code
     * acts-fresh24.tsv}, {@code acts-fresh22.tsv} and {@code acts-fresh23.tsv}, read for the first time in this round —
     * the Union State's Supreme State Council named without "of the Union State" (it is no Belarusian body: an act it
     * adopts is supranational); an edict named by its number as an ordinal before the kind word, as speakers and
     * interviews do ("после 60-го указа", "паводле 60-га ўказа"); a law of the 1990s numbered with its Supreme Soviet's
     * convocation ("№ 708-XIII", "№ 2435-XII": Belarus's twelfth and thirteenth, while "No. 94-VIII" stays another
     * state's numbering); "the Law on Information", the short title of the law on information, informatisation and the
     * protection of information, and a title before a lower-case "law" after "the" ("the personal data protection law":
     * "a personal data protection law" is still any such law); acts in the plural whose numbers follow a dash or a colon,
     * each with a few words on what it does ("Два ўказы — № 135 пра … і № 200 пра … —", "Two edicts were signed: No. 41
     * on … and No. 42 on …"). The guards: a count of edicts ("5-й указ за месяц"), a foreign ordinal edict, other Roman
     * convocations, another council, "a … law", a count after a listed act, a foreign issuer and bills before the dash.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // A. the Supreme State Council is the Union State's, also when the Union State is not named
            "The Supreme State Council approved Decree No. 9 on the union budget. | -",
            "Высший Государственный Совет утвердил декрет № 9 о союзном бюджете. | -",
            "Вышэйшы Дзяржаўны Савет зацвердзіў дэкрэт № 9 аб саюзным бюджэце. | -",
            "Декрет Высшего Государственного Совета № 9 утвердил бюджет. | -",
            "The Security Council discussed Decree No. 9 on the union budget. | decree:9",
            // B. an ordinal edict before the kind word
            "После 60-го указа реестр перешел к Минсвязи. | decree:60",
            "Нормы 3-го декрета отменены. | decree:3",
            "Паводле 60-га ўказа рэестр перайшоў да Мінсувязі. | decree:60",
            "Пасля 8-га дэкрэта рэзідэнты атрымалі льготы. | decree:8",
            "Это уже 5-й указ за месяц о ценах. | -",
            "Гэта ўжо 5-ы ўказ за год. | -",
            "После 490-го указа Президента России рынок изменился. | -",
            "К 30-му закону о бюджете добавлены поправки. | -",
            // C. a law numbered with the Supreme Soviet's convocation
            "Закон от 5 марта 1995 г. № 3600-XII «О научной деятельности» изменен. | law:3600@1995-03-05",
            "Закон № 708-XIII изменен. | law:708",
            "Закон № 94-VIII изменен. | -",
            "Law No. 94-VIII of Ukraine was amended. | -",
            // D. short and lower-case titles of the laws on information and personal data protection
            "Law No. 18-Z amending the Law on Information takes effect in May. | law:18;law:information",
            "MPs amended the Law on Information again. | law:information",
            "\"The personal data protection law is a seat belt,\" the regulator said. | law:personal-data-protection",
            "A personal data protection law is needed in every country. | -",
            "The Law on Information of Kazakhstan was amended. | -",
            // E. acts in the plural, then their numbers after a dash or a colon, each with a few words on it
            "Подписаны два указа: № 41 о налогах и № 42 о пошлинах. | decree:41;decree:42",
            "Два ключевых указа — № 41 о налогах и № 42 о пошлинах — вступают в силу в мае. | decree:41;decree:42",
            "Два ўказы — № 41 пра падаткі і № 42 пра пошліны — уступаюць у сілу. | decree:41;decree:42",
            "Two edicts were signed: No. 41 on taxes and No. 42 on duties. | decree:41;decree:42",
            "Two decrees: No. 41 on taxes and 20 instructions. | decree:41",
            "Два указа Президента России — № 41 о налогах и № 42 о пошлинах. | -",
            "Проекты законов — № 5 о налогах и № 6 о пошлинах — внесены в парламент. | -"})
    void theActs18RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts19 round, in our own sentences (none copied from a list): an act named without its number whose number is
     * told later, past a clause — an aside set off by commas ("Указ, подписанный …, получил № 214"), a relative pronoun
     * of the act's gender ("указ …, которому присвоен № 214"), or a personal pronoun opening the next clause or
     * sentence ("…; он зарегистрирован под № 61-З", "…; it is registered as Law No. 61-Z", which dates the numbered law
     * by the signing its clause told); a ranking after an act's number ("Закон … получил № 1 в рейтинге"); a flattened
     * list whose numbers each carry their date after a colon and semicolons ("Указы: № 214 от …; № 215 от …"); the
     * number and its date in brackets ("the decree (No. 214 of 4 June 2031)"); the date past Belarus's President's or
     * government's official name after the number ("Edict No. 214 of the President of the Republic of Belarus dated
     * …"). The
     * guards: foreign, Union State, EU, court, National Bank and ministry acts, the President's order (-рп), bills,
     * a register's number, a point or an article numbered in a relative clause, a pronoun of another gender, a school's
     * number, counts, and acts already read.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // A. the number told after an aside set off by commas
            "Указ, подписанный Президентом в пятницу, получил № 214 и опубликован сегодня. | decree:214@null",
            "Указ, подписанный Президентом 4 июня 2031 г., получил № 214. | decree:214@2031-06-04",
            "Ўказ, падпісаны кіраўніком дзяржавы ў пятніцу, атрымаў № 214. | decree:214@null",
            "Гэты ўказ, падпісаны 4 чэрвеня 2031 г., атрымаў нумар 214. | decree:214@2031-06-04",
            "The edict, signed by the head of state on 4 June 2031, was given No. 214. | decree:214@2031-06-04",
            "Закон, принятый парламентом в мае, зарегистрирован под № 61-З. | law:61@null",
            "Закон о фермерских хозяйствах, одобренный Советом Республики, подписан Президентом и зарегистрирован под № 61-З. | law:61@null",
            "Закон аб фермерскіх гаспадарках, ухвалены Саветам Рэспублікі, зарэгістраваны пад № 61-З. | law:61@null",
            "Постановление Совета Министров, принятое на заседании во вторник, получило № 377. | resolution:377@null",
            "Пастанова Савета Міністраў, прынятая ў аўторак, атрымала № 377. | resolution:377@null",
            "The law on farming, approved by the Council of the Republic, is registered as Law No. 61-Z. | law:61@null",
            // ... after a relative pronoun of the act's gender
            "Глава государства подписал указ о поддержке фермеров, которому присвоен № 214. | decree:214@null",
            "Кіраўнік дзяржавы падпісаў указ аб падтрымцы фермераў, якому прысвоены № 214. | decree:214@null",
            "The President signed an edict on farm support, which was given No. 214. | decree:214@null",
            // ... after a personal pronoun that opens the next clause or sentence: the clause before dates the act
            "Lukashenko signed the law on farming on 4 June 2031; it is registered as Law No. 61-Z. | law:61@2031-06-04",
            "Президент подписал закон о фермерских хозяйствах 4 июня 2031 года; он зарегистрирован под № 61-З. | law:61@2031-06-04",
            "Прэзідэнт падпісаў закон аб фермерскіх гаспадарках 4 чэрвеня 2031 года. Ён зарэгістраваны пад № 61-З. | law:61@2031-06-04",
            "The President signed the edict on Friday, and it was given No. 214. | decree:214@null",
            // guards: not Belarusian, not the government's, not an act, not this act's number
            "Указ Президента России, подписанный в пятницу, получил № 214. | -",
            "Указ, подписанный Путиным в пятницу, получил № 214. | -",
            "Токаев подписал закон о фермерах; он зарегистрирован под № 61. | -",
            "Lukashenko signed the law on farming on 4 June 2031; it is registered as Law No. 61 of Kazakhstan. | -",
            "Декрет Высшего Государственного Совета, подписанный в Москве, получил № 6. | -",
            "The Union State's decree, signed in Moscow, was given No. 6. | -",
            "Директива ЕС, принятая в мае, получила № 45. | -",
            "Постановление Пленума Верховного Суда, принятое в марте, получило № 5. | -",
            "Постановление Национального банка, принятое в марте, зарегистрировано под № 45. | -",
            "Постановление Министерства сельского хозяйства, принятое в марте, получило № 45. | -",
            "Распоряжение Президента, подписанное в пятницу, получило № 214рп. | -",
            "The edict, signed on Friday, was given No. 214-rp. | -",
            "The draft law, approved by the government, was registered under No. 45. | -",
            "Законопроект, внесенный правительством, зарегистрирован под № 2.5-12. | -",
            "Указ, подписанный в пятницу, зарегистрирован в Национальном реестре правовых актов под № 1/21345. | -",
            "Указ, подписанный в пятницу, получил широкую поддержку, а школа № 214 получила новое здание. | -",
            "Указ вступил в силу, а школа получила № 214. | -",
            "Закон дополнен статьей, которая получила № 214. | -",
            "Указ дополнен пунктом, который получил № 14. | -",
            "Президент подписал указ о школах; она получила № 214. | -",
            "The President signed the edict on schools on Friday; the school got No. 214. | -",
            "Указ, подписанный в пятницу, получил 214 откликов. | -",
            // B. a ranking after an act's number is no number
            "Закон о спорте получил № 1 в рейтинге реформ года. | -",
            "Указ занял № 1 в рейтинге самых обсуждаемых решений. | -",
            "Ўказ заняў № 1 у рэйтынгу рэформаў. | -",
            "The law ranked No. 1 in the survey of reforms. | -",
            "Декрет № 1 среди прочего отменил справки. | decree:1",
            // C. a flattened list: each number with its own date after a colon and semicolons
            "Указы: № 214 от 4 июня 2031 г.; № 215 от 5 июня 2031 г. | decree:214@2031-06-04;decree:215@2031-06-05",
            "Ўказы: № 214 ад 4 чэрвеня 2031 г.; № 215 ад 5 чэрвеня 2031 г. | decree:214@2031-06-04;decree:215@2031-06-05",
            "Edicts: No. 214 of 4 June 2031; No. 215 of 5 June 2031. | decree:214@2031-06-04;decree:215@2031-06-05",
            "Законы: № 61-З от 4 июня 2031 г.; № 62-З от 5 июня 2031 г. | law:61@2031-06-04;law:62@2031-06-05",
            "Указы: № 214 от 4 июня 2031 г.; школа № 5 открыта. | decree:214@2031-06-04",
            "Указы Президента России: № 214 от 4 июня 2031 г.; № 215 от 5 июня 2031 г. | -",
            // D. the number and its date in brackets after the kind word
            "The decree (No. 214 of 4 June 2031) sets farm subsidies. | decree:214@2031-06-04",
            "Указ (№ 214 от 4 июня 2031 г.) устанавливает субсидии фермерам. | decree:214@2031-06-04",
            "Ўказ (№ 214 ад 4 чэрвеня 2031 г.) усталёўвае субсідыі фермерам. | decree:214@2031-06-04",
            "The decree (No. 1 in importance this year) sets subsidies. | -",
            "The Russian decree (No. 214 of 4 June 2031) sets subsidies. | -",
            // E. the date past the President's or the government's official name after the number
            "Edict No. 214 of the President of the Republic of Belarus dated June 4, 2031 sets subsidies. | decree:214@2031-06-04",
            "Resolution No. 377 of the Council of Ministers of the Republic of Belarus of 5 June 2031 sets fees. | resolution:377@2031-06-05",
            "Указ № 214 Президента Республики Беларусь от 4 июня 2031 г. устанавливает субсидии. | decree:214@2031-06-04",
            "Ўказ № 214 Прэзідэнта Рэспублікі Беларусь ад 4 чэрвеня 2031 г. усталёўвае субсідыі. | decree:214@2031-06-04",
            "Edict No. 214 of the President of Russia dated June 4, 2031 sets subsidies. | -"})
    void theActs19RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts20 round (our own sentences, none copied from a list): the forms acts-fresh26's errors showed and the
     * brief named, probed in the three languages — a number told later after a relative aside ("Указ, які … падпісаў
     * …, атрымаў нумар 135", "The edict, which …, was assigned No. 135"), after "numbered", or in the next sentence
     * after its opening words ("Как сообщили …, документу присвоен номер 187"); dates in more forms (a day in quotes,
     * "12th", "the 12th of", "12 March, 2025", "12-03-2025", "12.03.25", a weekday before the day); the day of another
     * verb ("published Edict No. 135 on …", "14 марта пресс-служба сообщила, что подписан Указ …") and a dateline's or
     * a page stamp's day ("MINSK, 14 March 2025 (BelTA) – …"); lists with a note after a number, "а также", a count
     * and a comma, or a date without "от" before the next number; foreign issuers before a count, the head of state's
     * name before the date, Crimea's government, the Union State's "Высший Госсовет", foreign leaders. The guards: a
     * count after a note, an act inside the note, a pronoun of another gender, a point numbered in a clause, the act's
     * own day before another verb's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Указ № 135 от «12» марта 2025 г. вступил в силу. | decree:135@2025-03-12",
            "Указ от «12» марта 2025 г. № 135 вступил в силу. | decree:135@2025-03-12",
            "Ўказ № 135 ад «12» сакавіка 2025 г. уступіў у сілу. | decree:135@2025-03-12",
            "Edict No. 135 of 12th March 2025 takes effect. | decree:135@2025-03-12",
            "Edict No. 135 of March 12th, 2025 takes effect. | decree:135@2025-03-12",
            "Edict No. 135 of the 12th of March 2025 takes effect. | decree:135@2025-03-12",
            "Edict No. 135 of 12 March, 2025 approved the programme. | decree:135@2025-03-12",
            "Указ № 135 от 12-03-2025 вступает в силу. | decree:135@2025-03-12",
            "Указ № 135 от 12.03.25 вступает в силу. | decree:135@2025-03-12",
            "Закон ад 12.03.25 № 99-З уступіў у сілу. | law:99@2025-03-12",
            "Edict No. 135 of 12 March takes effect on 1 April 2025. | decree:135@null",
            "Указ № 135 от 12 марта 2025 г. (опубликован 14 марта 2025 г.) утвердил программу. | decree:135@2025-03-12",
            "The National Legal Internet Portal published Edict No. 135 on 14 March 2025. | decree:135@null",
            "The government discussed Edict No. 135 on 14 March 2025. | decree:135@null",
            "Experts explained the new Edict No. 135 on 14 March 2025 at a press conference. | decree:135@null",
            "Lukashenko signed Edict No. 135 on 12 March 2025. | decree:135@2025-03-12",
            "The government amended Edict No. 135 of 12 March 2025 on 14 April 2025. | decree:135@2025-03-12",
            "Пресс-служба 14 марта 2025 г. сообщила, что подписан Указ № 135. | decree:135@null",
            "14 марта 2025 г. пресс-служба сообщила, что Лукашенко подписал Указ № 135. | decree:135@null",
            "14 сакавіка 2025 года прэс-служба паведаміла, што Лукашэнка падпісаў Указ № 135. | decree:135@null",
            "12 марта 2025 года Лукашенко подписал Указ № 135. | decree:135@2025-03-12",
            "Указ № 135 (о налогах) и № 136 (о сборах) подписаны. | decree:135;decree:136",
            "Edicts No. 135 (on taxes) and No. 136 (on fees) were signed. | decree:135;decree:136",
            "Ўказы № 135 (пра падаткі) і № 136 (пра зборы) падпісаны. | decree:135;decree:136",
            "Указ № 135 (о налогах) и 20 поручений выполнены. | decree:135",
            "Указ № 135 (в редакции Указа № 200) действует. | decree:135;decree:200",
            "Лукашенко подписал Указ № 135, а также № 136. | decree:135;decree:136",
            "Lukashenko signed Decree No. 135 and also No. 136. | decree:135;decree:136",
            "Lukashenko signed Edict No. 135 as well as No. 136. | decree:135;decree:136",
            "Лукашэнка падпісаў Указ № 135, а таксама № 136. | decree:135;decree:136",
            "The President signed two edicts, No. 135 and No. 136. | decree:135;decree:136",
            "Президент подписал два указа, № 135 и № 136. | decree:135;decree:136",
            "Прэзідэнт падпісаў два ўказы, № 135 і № 136. | decree:135;decree:136",
            "Putin signed two decrees, No. 135 and No. 136. | -",
            "The edict, numbered 187, will take effect in three months. | decree:187",
            "Lukashenko signed the edict numbered 135. | decree:135",
            "Указ о платформах подписан во вторник. Как сообщили в пресс-службе, документу присвоен номер 187. | decree:187",
            "Ўказ пра платформы падпісаны ў аўторак. Як паведамілі ў прэс-службе, дакумент атрымаў нумар 187. | decree:187",
            "Указ о налогах подписан. Как сообщили, ей присвоен № 187. | -",
            "The edict, which the President signed on Monday, was assigned No. 135. | decree:135",
            "Указ, который Президент подписал во вторник, получил № 135. | decree:135",
            "Ўказ, які Прэзідэнт падпісаў у аўторак, атрымаў нумар 135. | decree:135",
            "Указ, которую Президент подписала, получил № 135. | -",
            "Закон дополнен пунктом, который получил № 5. | -",
            "Emmanuel Macron signed Decree No. 135 on pensions. | -",
            "Указ Президента РК № 135 подписан. | -",
            "Декрет Высшего Госсовета № 6 принят. | -",
            "Байдэн падпісаў Закон № 135. | -",
            "Эрдоган подписал Указ № 135. | -",
            "Decrees dated 12 March 2025 No. 135 and 13 March 2025 No. 136 were signed. | decree:135@2025-03-12;decree:136@2025-03-13",
            "Указы от 12 марта 2025 г. № 135 и 13 марта 2025 г. № 136 подписаны. | decree:135@2025-03-12;decree:136@2025-03-13",
            "Presidential Decree No 135 dated Wednesday, 12 March 2025 took effect. | decree:135@2025-03-12",
            "Lukashenko signed Edict No. 135 on Wednesday, 12 March 2025. | decree:135@2025-03-12",
            "Указ № 135 Главы государства от 12 марта 2025 г. вступил в силу. | decree:135@2025-03-12",
            "Edict No. 135 of the head of state dated 12 March 2025 took effect. | decree:135@2025-03-12",
            "Ўказ № 135 Кіраўніка дзяржавы ад 12 сакавіка 2025 г. уступіў у сілу. | decree:135@2025-03-12",
            "Resolution No. 135 of the Council of Ministers of Crimea was adopted. | -",
            "Постановление Совета Министров Республики Крым № 135 принято. | -",
            "Putin signed two decrees: No. 135 and No. 136. | -",
            "Путин подписал два указа: № 135 и № 136. | -",
            "MINSK, 14 March 2025 (BelTA) – Lukashenko signed Edict No. 135. | decree:135@null",
            "МИНСК, 14 марта 2025 г. (БЕЛТА) – Лукашенко подписал Указ № 135. | decree:135@null",
            "МІНСК, 14 сакавіка 2025 г. (БЕЛТА) – Лукашэнка падпісаў Указ № 135. | decree:135@null",
            "14 March 2025, 10:15 — Lukashenko signed Edict No. 135. | decree:135@null",
            "On 12 March 2025, Lukashenko signed Edict No. 135. | decree:135@2025-03-12"})
    void theActs20RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts21 round (our own sentences, none copied from a list): the three faults acts-fresh27's errors showed,
     * probed in the three languages — a number given by a participle that opens an aside right after the act's name
     * ("The edict, registered as No. 135, …", "Указ «О …», зарегистрированный под № 135, …"); English's attributive
     * date between "the" and the kind word ("Under the 12 March 2025 Edict No. 135"); a law named by its title in a
     * sentence that opens in a foreign state ("У Казахстане ўступіў у сілу Закон «Аб …»"), refused as a numbered act
     * there already was. The guards: a participle that is not the numbering, a date with another article or
     * preposition, a titled law abroad with Belarus named, a titled law at home.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            // A. a participle aside numbers the act
            "The edict, registered as No. 214, sets subsidies for farmers. => decree:214",
            "The law, registered under No. 61-Z, regulates farms. => law:61",
            "The new decree, assigned No. 214, takes effect in June. => decree:214",
            "Указ о поддержке фермеров, зарегистрированный под № 214, вступил в силу. => decree:214",
            "Указ Президента Республики Беларусь «О поддержке фермеров», зарегистрированный под № 214, опубликован. => decree:214",
            "Постановление Совета Министров, зарегистрированное под № 377, утвердило тарифы. => resolution:377",
            "Ўказ аб падтрымцы фермераў, зарэгістраваны пад № 214, уступіў у сілу. => decree:214",
            "Ўказ Прэзідэнта «Аб падтрымцы фермераў», зарэгістраваны пад № 214, апублікаваны. => decree:214",
            "Пастанова Савета Міністраў, зарэгістраваная пад № 377, зацвердзіла тарыфы. => resolution:377",
            // B. the attributive date in English
            "Under the 4 June 2031 Edict No. 214, farmers get subsidies. => decree:214@2031-06-04",
            "The June 4, 2031 Decree No. 214 sets subsidies. => decree:214@2031-06-04",
            "Under the 5 June 2031 Government Resolution No. 377, fees rise. => resolution:377@2031-06-05",
            // C. a titled law in a sentence that opens abroad
            "In Kazakhstan, the Law on Personal Data Protection took effect on Monday. => -",
            "В Казахстане вступил в силу Закон «О защите персональных данных», подписанный Токаевым. => -",
            "У Казахстане ўступіў у сілу Закон «Аб абароне персанальных даных». => -",
            "In Uzbekistan, the Mass Media Law was amended. => -",
            // guards
            "The edict, signed on Monday, sets subsidies for farmers. => -",
            "Указ, зарегистрированный в реестре под № 1/214, вступил в силу. => -",
            "After 4 June 2031 Edict No. 214 sets subsidies. => decree:214@null",
            "Edict No. 214 took effect on 4 June 2031, a day after the 3 June 2031 meeting. => decree:214@null",
            "In Kazakhstan, experts praised the Belarusian Law on Personal Data Protection. => law:personal-data-protection",
            "В Минске обсудили Закон «О защите персональных данных». => law:personal-data-protection"})
    void theActs21RoundsCauses(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts19 round's flattened tables (our own rows): an act's cells set off by bars or tabs, as a table copied
     * from a legal portal or a ministry's list reads when its markup is gone — the kind, the number and the date each
     * in a cell ("Указ | № 214 | 04.06.2031 | О …"), or after a dash or a comma ("Указ № 214 — 04.06.2031", "Указ № 214,
     * 04.06.2031, О …"). A numeric date only, and only where it ends its cell; the row's other acts and distractors as
     * for any text.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Указ | № 214 | 04.06.2031 | О поддержке фермеров => decree:214@2031-06-04",
            "Ўказ | № 214 | 04.06.2031 | Аб падтрымцы фермераў => decree:214@2031-06-04",
            "Edict | No. 214 | 04.06.2031 | On farm support => decree:214@2031-06-04",
            "Закон | № 61-З | 2031-06-04 | О фермерских хозяйствах => law:61@2031-06-04",
            "Постановление Совета Министров | № 377 | 05.06.2031 => resolution:377@2031-06-05",
            "Указ № 214 | 04.06.2031 | О поддержке фермеров => decree:214@2031-06-04",
            "Указ\t№ 214\t04.06.2031\tО поддержке фермеров => decree:214@2031-06-04",
            "Указ № 214 — 04.06.2031 => decree:214@2031-06-04",
            "Указ № 214, 04.06.2031, О поддержке фермеров => decree:214@2031-06-04",
            // guards
            "Указ № 214, 4 июня 2031 г. министерство открыло фермы. => decree:214@null",
            "Указ № 214 | 04.06.2031 10:00 | просмотров 135 => decree:214@null",
            "Постановление Министерства финансов | № 45 | 05.06.2031 => -",
            "Указ Президента Российской Федерации | № 214 | 04.06.2031 => -",
            "Распоряжение Президента | № 135рп | 04.06.2031 => -",
            "СТБ 1234-2031 | 04.06.2031 | Фермерские хозяйства => -",
            "Статья 214 | 04.06.2031 | Уголовный кодекс => -"})
    void theActs19RoundsTables(String text, String expected) {
        theActsFresh14RoundsCauses(text.replace("\\t", "\t"), expected);
    }

    /**
     * The acts33 round (legal writing, our own sentences): acts of one kind adopted on different days, cited with their
     * days told once, as a list, before or after their numbers ("указами от 1 и 3 марта 2025 г. № 45 и 47", "Decrees
     * Nos. 45 and 47 of 1 and 3 March 2025"). Until 5 December 2026 the days before the numbers hid the acts (nothing
     * found) and the days after them were dropped. Each day pairs with the number in its place; when the lists are not
     * of the same length, which day is whose is not known, and no act gets one. The guards: foreign acts, an agency's,
     * drafts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Указами от 1 и 3 марта 2025 г. № 45 и 47 внесены изменения. => decree:45@2025-03-01;decree:47@2025-03-03",
            "Указамі ад 1 і 3 сакавіка 2025 г. № 45 і 47 унесены змены. => decree:45@2025-03-01;decree:47@2025-03-03",
            "Пастановамі Савета Міністраў ад 1 і 3 сакавіка 2025 г. № 45 і № 47 зацверджаны змены. "
                    + "=> resolution:45@2025-03-01;resolution:47@2025-03-03",
            "Постановлениями Совета Министров Республики Беларусь от 1 и 3 марта 2025 г. № 45 и № 47 утверждены изменения. "
                    + "=> resolution:45@2025-03-01;resolution:47@2025-03-03",
            "Указами от 1, 3 и 5 марта 2025 г. № 45, 47 и 50 внесены изменения. "
                    + "=> decree:45@2025-03-01;decree:47@2025-03-03;decree:50@2025-03-05",
            "Законами от 1 мая и 3 июня 2025 г. № 45-З и 47-З внесены изменения. => law:45@2025-05-01;law:47@2025-06-03",
            "Decrees Nos. 45 and 47 of 1 and 3 March 2025 were amended. => decree:45@2025-03-01;decree:47@2025-03-03",
            "Decrees No. 45 and No. 47 of 1 and 3 March 2025 were amended. => decree:45@2025-03-01;decree:47@2025-03-03",
            "Decrees Nos. 45 and 47 of 1 March and 3 April 2025 were amended. => decree:45@2025-03-01;decree:47@2025-04-03",
            "Laws of 1 and 3 May 2025 Nos. 45-Z and 47-Z were signed. => law:45@2025-05-01;law:47@2025-05-03",
            "Resolutions of the Council of Ministers of 1 and 3 March 2025 Nos. 45 and 47 were repealed. "
                    + "=> resolution:45@2025-03-01;resolution:47@2025-03-03",
            "Указами от 1 и 3 марта 2025 г. № 45 и 47, а также Законом № 99-З внесены изменения. "
                    + "=> decree:45@2025-03-01;decree:47@2025-03-03;law:99@null",
            // unclear pairs: no date rather than a wrong one
            "Указом от 1 и 3 марта 2025 г. № 45 внесены изменения. => decree:45@null",
            "Указами от 1, 3 и 5 марта 2025 г. № 45 и 47 внесены изменения. => decree:45@null;decree:47@null",
            "Указ № 45 от 1 и 3 марта 2025 г. обсуждался. => decree:45@null",
            // guards
            "Указы Президента Российской Федерации от 1 и 3 марта 2025 г. № 45 и 47 подписаны. => -",
            "Постановления Минсвязи от 1 и 3 марта 2025 г. № 12 и 13 вступили в силу. => -",
            "Проекты указов от 1 и 3 марта 2025 г. № 45 и 47 обсуждены. => -"})
    void theActs33RoundsPairedDays(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts33 round's lists as legal writing spells them (our own sentences): a range whose end repeats the number
     * sign after the dash ("Указы № 45 – № 47"), and a list whose acts each carry their own date and title ("от 1 марта
     * 2025 г. № 45 «О тарифах» и от 3 марта 2025 г. № 47 «О ценах»"). Until 5 December 2026 only the first act of each
     * was found. A title that names an act ("«Об изменении Указа № 5»") does not continue the list.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Указы № 45 – № 47 утратили силу. => decree:45;decree:46;decree:47",
            "Законы № 99-З — № 101-З приняты. => law:99;law:100;law:101",
            "Постановления Совета Министров Республики Беларусь от 1 марта 2025 г. № 45 «О тарифах» и от 3 марта 2025 г. "
                    + "№ 47 «О ценах» отменены. => resolution:45@2025-03-01;resolution:47@2025-03-03",
            "Поправки затронут законы № 455-З «Об информации» и № 99-З «О СМИ». => law:455;law:99",
            "Edicts No. 45 \"On Tariffs\" and No. 47 \"On Prices\" were repealed. => decree:45;decree:47",
            // guards
            "Указ № 45 – № 1 в рейтинге реформ. => decree:45",
            "Указ № 135 «О мерах» и 20 поручений Президента выполнены. => decree:135"})
    void theActs33RoundsListsAsLegalWritingSpellsThem(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts34 round (news, speeches, headlines and posts, our own sentences): a hashtag that glues the number to the
     * word ("#Указ135", "#указ_135", "#Decree135") and a number sign glued to it ("указ№135"), a day without its year
     * between the issuer and the number ("постановление СМ РБ от 12 марта № 240", "The Decree of March 12 No. 135"),
     * and a number set off after the act's name by a bracket, a comma or a dash ("указ о ПВТ (№ 135)", "a decree on the
     * HTP, No. 135"). Until 6 December 2026 each was no act at all. A day without its year dates nothing (no year is
     * guessed). Headlines in capitals, "Указ 135", "Decree No 135", "указ номер / под номером 135", "ўказ нумар 135",
     * the abbreviated issuers and the act in quotes or brackets were read already: their rows guard them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Новость: #Указ135 подписан. => decree:135",
            "News: #Decree135 signed by the President. => decree:135",
            "Пост: #указ_135 вступил в силу. => decree:135",
            "Лукашенко подписал указ№135 о мерах. => decree:135",
            "Постановление СМ РБ от 12 марта № 240 вступило в силу. => resolution:240@null",
            "Указом от 12 марта № 135 внесены изменения. => decree:135@null",
            "Пастанова Саўміна ад 12 сакавіка № 240 уступіла ў сілу. => resolution:240@null",
            "The Decree of March 12 No. 135 took effect. => decree:135@null",
            "Постановление Совмина от 12.03 № 240 вступило в силу. => resolution:240@null",
            "Президент подписал указ о ПВТ (№ 135). => decree:135",
            "Президент подписал указ о мерах — № 135. => decree:135",
            "Подписан указ «О мерах», № 135 от 12 марта 2025 г. => decree:135@2025-03-12",
            "The President signed a decree on the HTP, No. 135. => decree:135",
            // read already: headlines, no number sign, abbreviated issuers, quotes and brackets, short dates
            "ЛУКАШЕНКО ПОДПИСАЛ УКАЗ № 135 => decree:135",
            "ПАСТАНОВА САЎМІНА № 240 => resolution:240",
            "The President signed Decree No 135 on digital services. => decree:135",
            "Президент подписал указ под номером 135. => decree:135",
            "Прэзідэнт падпісаў ўказ нумар 135 аб мерах. => decree:135",
            "Вышло пост. СМ № 240 о ценах. => resolution:240",
            "The Decree of the Head of State No. 135 was signed. => decree:135",
            "«Я подписал указ № 135…» — сказал Лукашенко. => decree:135",
            "New rules [Decree No. 135] take effect. => decree:135",
            "Decree No. 135 of March 12 takes effect. => decree:135@null",
            "Указ № 135 ад 12 сакавіка ўступае ў сілу. => decree:135@null",
            // guards
            "Tokayev signed a decree on mining, No. 135. => -",
            "Путин подписал указ о мобилизации (№ 647). => -",
            "Постановление Минздрава о ценах, № 240. => -",
            "Указ о ПВТ, № 1 в рейтинге реформ. => -",
            "Указ Президента России от 12 марта № 135 подписан. => -",
            "Новость: #Закон2026 обсуждают. => -"})
    void theActs34RoundsNewsForms(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts34 round's numbers that are not the act's (our own sentences): a year alone after the kind word ("Указ
     * 2025 подписан"), a day ("Указ 12 марта подписан"), a count or a span ("Закон 135 раз упоминался", "Decree 90
     * days later", "the law 3 times amended"), a school's, an order's or a ticket's number after the act's words ("Указ
     * обсудили в школе № 135"), a rank after an English article ("the No. 1 priority"), "law" as the first word of another
     * noun ("Law enforcement officer No. 135") and an edict counted "в этом году". Until 6 December 2026 each was an act.
     * The guards: the act's own number stays ("Decree 5 may be revised", "Закон о школьном образовании № 45-З").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Указ 2025 подписан. => -",
            "Закон 2026: что изменится => -",
            "Указ 12 марта подписан. => -",
            "Decree 12 March signed. => -",
            "Закон 135 раз упоминался. => -",
            "Указ 100 дней действует. => -",
            "Decree 90 days later took effect. => -",
            "The law 3 times amended. => -",
            "Закон 3 чтения прошёл. => -",
            "Указ обсудили в школе № 135. => -",
            "The law was discussed at school No. 2. => -",
            "Закон о гимназии № 2 принят. => -",
            "Указ о приказе № 135 Минсвязи. => -",
            "The law is the No. 1 priority. => -",
            "Law enforcement officer No. 135. => -",
            "Президент подписал 135-й указ в этом году. => -",
            // guards
            "Decree 5 may be revised. => decree:5",
            "Закон о школьном образовании № 45-З принят. => law:45",
            "Президент подписал Указ 135 о мерах. => decree:135",
            "Закон № 2014 вступил в силу. => law:2014",
            "Указ Президента Республики Беларусь № 135 подписан. => decree:135"})
    void theActs34RoundsNumbersThatAreNotTheActs(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * The acts35 round (our own sentences, issue 11 item 1): a number told after the act in a sentence-final apposition
     * ("Я подписал указ, № 135.") or in the next clause or sentence by the act's number noun ("Его номер — 135", "Номер
     * указа — 135", "Its number is 135"); a hyphen glued between the kind word and its number ("Указ-135"); a rank after
     * a verb of becoming ("Закон стал № 1 в стране", "the law became No. 1"). Until 6 December 2026 the first three
     * were missed and the rank was an act. "Decree 19 on COVID" stays decree 19: a bare number right after the kind word
     * is its number, "on COVID" its title; "COVID-19" alone names no act.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Я подписал указ, № 135. => decree:135",
            "He signed the decree, No. 135. => decree:135",
            "Он подписал закон, № 99-З. => law:99",
            "Прэзідэнт падпісаў ўказ, № 135. => decree:135",
            "Лукашенко подписал указ о налогах. Его номер — 135. => decree:135",
            "Лукашенко подписал указ о налогах, его номер — 135. => decree:135",
            "Президент подписал указ. Номер указа — 135. => decree:135",
            "Президент подписал закон. Его номер — 99-З. => law:99",
            "The President signed a decree on taxes. Its number is 135. => decree:135",
            "The President signed a decree on taxes. The decree's number is 135. => decree:135",
            "Прэзідэнт падпісаў ўказ. Яго нумар — 135. => decree:135",
            "Лукашенко 12 марта 2025 г. подписал указ. Его номер — 135. => decree:135@2025-03-12",
            "Указ-135 вступает в силу. => decree:135",
            "Decree-135 and Edict-7 were signed. => decree:135;decree:7",
            "Указам-135 унесены змены. => decree:135",
            "Закон стал № 1 в стране. => -",
            "The law became No. 1 in the country. => -",
            "Указ остается № 1 для бизнеса. => -",
            "The decree remains No. 1 for business. => -",
            "Decree 19 on COVID was signed. => decree:19",
            // guards
            "The decree on COVID-19 was signed. => -",
            "Согласно СТБ 1234-2025 и COVID-19 указ ТОП-135 не касается. => -",
            "Закон-2025: что изменится. => -",
            "Указ-12 марта подписан. => -",
            "Путин подписал указ, № 135. => -",
            "Постановление Минздрава, № 240. => -",
            "Он прочитал указ, № 1 в рейтинге. => -",
            "В приложении к указу, № 3. => -",
            "Президент подписал указ о поддержке школы. Её номер — 135. => -",
            "Президент подписал указ. Номер телефона — 135. => -",
            "Путин подписал указ. Его номер — 135. => -",
            "Президент подписал указ № 135. Номер закона — 99. => decree:135",
            "Закон получил № 1 в рейтинге, а Указ стал № 135. => -"})
    void theActs35RoundsNumbersToldApartAndRanks(String text, String expected) {
        theActsFresh14RoundsCauses(text, expected);
    }

    /**
     * Text copied from a PDF or an official portal (the acts35 round): a word broken at a line's end keeps its hyphen
     * and a space or the line break ("поста- новление", "Ука-\nза"), read as the word, the evidence in the field as it
     * came; a Latin "N"/"No" for "№", glued or with two spaces; machine-translated official citations; an amendment's
     * title naming the act it amends, each act with its own date; an act referred back ("the said Decree", "названный
     * указ", "гэты ўказ") is no new act. Until 6 December 2026 the broken words were missed, and so were a date set off
     * by a comma before "No." in machine-translated English, a range set with the en dash after "постановления", and
     * the second quoted title after "законы" (our own sentences for the misses of the tuning lists acts-fresh28 and 29).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Принято поста- новление Совета Министров № 240. => resolution:240",
            "В соответствии с пунктом 2 Ука- за № 135 изменения. => decree:135",
            "Принят Зако- н № 99-З. => law:99",
            "Согласно постанов-¶лению Совета Министров № 240. => resolution:240",
            "Паводле Ука-¶ за № 135 ад 12 сакавіка 2025 г. => decree:135@2025-03-12",
            "Указом№135 внесены изменения. => decree:135",
            "Указ N135 внесены изменения. => decree:135",
            "Decree No135 was signed. => decree:135",
            "Указ №  135 подписан. => decree:135",
            "Decree of the President of the Republic of Belarus dated March 12, 2025 No. 135 => decree:135@2025-03-12",
            "Resolution of the Council of Ministers of the Republic of Belarus of 12.03.2025 N 240 => resolution:240@2025-03-12",
            "Law of the Republic of Belarus dated 12.03.2025 No. 99-Z => law:99@2025-03-12",
            "Указ № 201 «О внесении изменений в Указ Президента Республики Беларусь от 12 марта 2025 г. № 135» от 1 апреля 2025 г. "
                    + "=> decree:201@2025-04-01;decree:135@2025-03-12",
            "Edict No. 135 was signed. The said Decree takes effect in May. => decree:135",
            "Указ № 135 подписан. Названный указ вступает в силу в мае. => decree:135",
            "Указ № 135 падпісаны. Гэты ўказ уступае ў сілу ў маі. => decree:135",
            "Resolution of the Council of Ministers of the Republic of Belarus dated March 3, 2025, No. 45 takes effect. "
                    + "=> resolution:45@2025-03-03",
            "Утратили силу постановления Совета Министров № 45–47. => resolution:45;resolution:46;resolution:47",
            "Змены ўнесены ў законы «Аб сродках масавай інфармацыі» і «Аб электронным дакуменце і электронным лічбавым "
                    + "подпісе». => law:mass-media;law:electronic-document",
            "The laws \"On Personal Data Protection\" and \"On Mass Media\" were amended. "
                    + "=> law:personal-data-protection;law:mass-media",
            // guards: other issuers' acts in the same copied form, other numbered things, words broken elsewhere
            "Decree of the President of the Russian Federation dated March 12, 2025 No. 135 => -",
            "Указ Президента Республики Казахстан от 12.03.2025 N 135 => -",
            "Resolution of the Ministry of Finance of the Republic of Belarus of 12.03.2025 N 240 => -",
            "Постановление Правления Национального банка Республики Беларусь от 12.03.2025 № 240 => -",
            "Постановление Пленума Верховного Суда № 5 => -",
            "Решение Минского горисполкома от 12.03.2025 N 240 => -",
            "Принято поста- новление Министерства финансов № 240. => -",
            "Law- and order No. 5 => -",
            "Decree of the President of the Russian Federation dated March 3, 2025, No. 45 => -",
            "Постановления Совета Министров № 58-12 => -",
            "Изменения в законы «О средствах массовой информации» и «О печати» приняты. => law:mass-media",
            "Указ Президента Республики Беларусь, пункт 135, страница 12. => -",
            "Form No. 3, Appendix 2, page 14. => -"})
    void copiedTextIsRead(String text, String expected) {
        theActsFresh14RoundsCauses(text.replace('¶', '\n'), expected); // "¶": the line break, which would end the row
    }

    /** A word broken at a line's end is read whole; its evidence is the field's own text, hyphen and break included. */
    @Test
    void aBrokenWordKeepsTheOriginalsOffsets() {
        String text = "См. Ука-\n за № 135 от 12.03.2025, далее.";
        assertThat(extractor.extract("summary", text)).extracting(ActReference::id, ActReference::date,
                        ActReference::text, ActReference::start, ActReference::end)
                .containsExactly(tuple("decree:135", LocalDate.of(2025, 3, 12), "Ука-\n за № 135 от 12.03.2025", 4, 32));
    }

    /**
     * The extractor runs on every stored item, so a hostile text must cost in proportion to its length: 1 MB of the
     * phrasings the date and issuer rules read further for (a signing verb and a long title without a date, a
     * participle after a comma, a sentence pointing back without a date, a date between a verb and no act; since the
     * acts-fresh16 round a dating sentence before an act, an unquoted title before ", dated", a comma after a kind
     * word, a participle's date, a name of several words; since the acts-fresh17 round a verb read back from "by", a
     * title before the number, an active signing after a title, a list's dates before its numbers; since the
     * acts-fresh19 round a foreign scene, a subject before "by" set off by commas, titles holding other acts, a range,
     * an hour before a date; since the acts16 round an aside and a lead before a foreign scene, a foreign act of the
     * kind in the sentence before, ranges in words, slashed dates in both orders, an opening day and a signer after the
     * number; since the acts17 round a dateline, a time lead and an aside before a foreign scene, an aside after a
     * foreign subject, a foreign act two sentences back, labelled and ISO dates, a range without its second marker, two
     * numbers after "постановления", laws in the plural before a title; since the acts19 round a number told after an
     * aside or a pronoun, a flattened list's and table's dates, a ranking; since the acts35 round a word broken at a
     * line's end, a number after the kind word's comma or told by its noun later, a hyphen glued to the number, a rank
     * after "стал", quoted titles after "законы", an en-dash range, a comma after a date) is read in about a
     * second of CPU (1.4 s under load 25 on 1 December 2026; 0.9 s before the acts-fresh12 round; 0.5-1.1 s under load
     * 12 after the acts-fresh16 round).
     * Bounded by the CPU time, as the ingest's hostile pages are: a loaded machine stretches the wall clock.
     */
    @Test
    void aHostileTextCostsInProportionToItsLength() {
        String unit = "Lukashenko signed Edict No. 5 on the register of the data and the platforms of science and "
                + "Russia's national strategy of the digital economy, approved by Presidential Decree No. 490 and "
                + "Указ № 58 «О платформе данных». Документ датирован и подписал 2 сентября 2031 года Указ № 7 и "
                + "The Law of 10 November 2008 and Згодна з Указам № 200 Міністэрства сувязі "
                + "The head of state signed the document on 9 March 2030. Edict No. 64 on the schools of the regions "
                + "and the data, dated and the new edict, No. 5 and Подписанным 9 марта 2030 года the United States "
                + "Decree No. 5 The Council of the Union State approved the budget for 2032 of the regions and the "
                + "data by Resolution No. 5 Закон «О защите данных и платформ» Глава государства подписал и Указов от "
                + "1 июня 2031 г. № 200, от 3 июля № Edict No. 12, which the head of state of the Закон «О данных» № "
                + "In Kazakhstan, the government of the Union State, by its Resolution No. 5, and Указ «О мерах по "
                + "реализации Закона № 45-З» от 3 мая 2031 г. № 170 и Указы №№ 5–7 и Указ № 5 подписан в 10.00 "
                + "12.03.2031 и Edict No. 200 'On amending Edict No. 135 of 12 March 2025' and Указ «О мерах № "
                + "In Russia, as analysts noted, Law No. 45 и С 1 марта в Узбекистане указ № 45 и Kazakhstan: Law No. 45 "
                + "of the new Kazakh law on AI. Law No. 45 и Edict No. 12, which Putin signed on 3/4/2031 и Указами с № "
                + "135 по № 137 и Edicts Nos. 135 through 137 и Постановления Совета Министров № 135, 136 и 137 и "
                + "12/25/2030 и On 3 May 2031, Edict No. 12 was signed by the President of the Republic of Belarus и "
                + "Подписанный 3 мая 2031 года, Указ № 12 и Указ № 12 глава государства подписал и Указ номер 5 №135рп "
                + "MINSK, 3 May (BelTA) – Last year in Kazakhstan, experts say, Law No. 45 и Putin, analysts say, signed "
                + "Decree No. 5 и Правительство Казахстана, как сообщается, постановлением № 5 и Tokayev signed a decree on "
                + "mining. It takes effect in May. Decree No. 45 и Декрет № 8 (дата принятия: 2017-12-21) и Resolution No. "
                + "234 of 2025-04-15 и Указы № 135 по 137 и Постановления Совета Министров № 135 и 136 утратили и laws on "
                + "mass media и Указ, подписанный Президентом 4 июня 2031 г., получил № 214 и Президент подписал закон о "
                + "налогах 4 июня 2031 года; он зарегистрирован под № 61-З и Указы: № 214 от 4 июня 2031 г.; № 215 и Указ | "
                + "№ 214 | 04.06.2031 | и Закон о спорте получил № 1 в рейтинге и the edict, signed on, of 5, "
                + "Ука- за № 5 и указ, № 5. Лукашенко подписал указ о налогах. Его номер — 135 и Указ-135 и Закон стал № 1 "
                + "и законы «О средствах массовой информации» и «Об информации, информатизации …» и постановления Совета "
                + "Министров № 117–119 и Resolution of the Council of Ministers dated July 18, 2026, No. 412 и указ; номер ";
        String text = unit.repeat(1_000_000 / unit.length() + 1).substring(0, 1_000_000);
        Duration cpu = assertTimeoutPreemptively(Deadlines.ARRIVES, () -> {
            long started = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            assertThat(extractor.extract("content", text)).hasSizeGreaterThan(5_000); // 55 in each 2,640 characters
            return Duration.ofNanos(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - started);
        });
        assertThat(cpu).as("CPU time to read 1 MB").isLessThan(Duration.ofSeconds(15));
    }
}
