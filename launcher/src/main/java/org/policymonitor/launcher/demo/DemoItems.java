package org.policymonitor.launcher.demo;

import java.time.Duration;
import java.util.List;

import static org.policymonitor.launcher.demo.DemoSource.BELTA_EN;
import static org.policymonitor.launcher.demo.DemoSource.BELTA_RU;
import static org.policymonitor.launcher.demo.DemoSource.NASB_EN;
import static org.policymonitor.launcher.demo.DemoSource.PRESIDENT_BE;
import static org.policymonitor.launcher.demo.DemoSource.PRESIDENT_EN;
import static org.policymonitor.launcher.demo.DemoSource.UNDP_BELARUS;

/**
 * The demo's news: invented items in the style of the real sources, in English, Russian and Belarusian. Most hit
 * the tracked themes of shared/THEMES.md (AI law, AI standards, AI research, digital sovereignty, data protection,
 * cybersecurity, cooperation, ...); some are deliberately off-topic (sport, harvest, culture) so that a user sees
 * the classifier leave them untagged. A few appear only after the demo has been running a while, so that a user
 * watching sees a new item travel through the whole pipeline and an alert arrive. Three events are told twice, in
 * English and in Russian (one by two sources), so that the stories and acts pages show one story across sources and
 * languages; the Russian version of one of them arrives while the demo runs and joins the story already there.
 */
public final class DemoItems {

    private static final Duration NOW = Duration.ZERO;

    private DemoItems() {
    }

    public static List<DemoItem> all() {
        return List.of(
                // ---- BelTA, English RSS -------------------------------------------------------------------------
                new DemoItem(BELTA_EN, 171201, "cis-to-consider-model-law-on-artificial-intelligence",
                        "CIS to consider model law on artificial intelligence drafted with Belarus' participation",
                        "The Inter-Parliamentary Assembly of the CIS will consider a model law on artificial intelligence "
                                + "that sets common rules for the regulation of AI systems and liability for harm they cause.",
                        "The draft model law on artificial intelligence was prepared by experts of Belarus, Russia and "
                                + "Kazakhstan. It covers the regulation of AI systems, labelling of deepfakes and the "
                                + "liability of developers. Member states are expected to harmonise national legislation with it.",
                        "politics", NOW, Duration.ofHours(3)),
                new DemoItem(BELTA_EN, 171188, "htp-residents-increase-exports",
                        "High-Technology Park residents increase exports of IT services",
                        "The Supervisory Board of the High-Technology Park reviewed the results of the year and the "
                                + "implementation of Decree No. 200 on the development of the digital economy.",
                        "Residents of the High-Technology Park (HTP) increased exports of software and IT services. "
                                + "The Ministry of Communications and Informatization presented the progress of the "
                                + "national digital transformation programme.",
                        "economics", NOW, Duration.ofHours(6)),
                new DemoItem(BELTA_EN, 171175, "minsk-to-host-ice-hockey-tournament",
                        "Minsk to host international ice hockey tournament in December",
                        "Teams from six countries will take part in the traditional Christmas ice hockey tournament.",
                        "The tournament will be held at Minsk-Arena. Tickets go on sale next week.",
                        "sport", NOW, Duration.ofHours(9)),
                new DemoItem(BELTA_EN, 171230, "national-standard-for-testing-ai-systems-approved",
                        "Belarus approves national standard for testing artificial intelligence systems",
                        "The State Standardization Committee approved STB 2654-2026, a national standard on testing the "
                                + "quality of artificial intelligence systems and the conformity assessment of AI services.",
                        "The new national standard sets 48 requirements for the testing and certification of artificial "
                                + "intelligence systems, including machine learning models used in public services. It was "
                                + "developed together with ISO/IEC standards for AI.",
                        "tech", Duration.ofSeconds(30), Duration.ofMinutes(1)),

                // ---- BelTA, Russian RSS -------------------------------------------------------------------------
                new DemoItem(BELTA_RU, 702311, "v-belarusi-razrabotayut-suverennyj-iskusstvennyj-intellekt",
                        "В Беларуси разработают национальную модель искусственного интеллекта для обеспечения цифрового суверенитета",
                        "Создание суверенной модели искусственного интеллекта снизит зависимость от иностранных платформ, "
                                + "сообщили в Министерстве связи и информатизации.",
                        "Концепция суверенитета цифрового развития до 2030 года предусматривает разработку отечественных "
                                + "нейросетей и собственной облачной инфраструктуры. Работа ведется совместно с российскими "
                                + "партнерами в рамках Союзного государства.",
                        "tech", NOW, Duration.ofHours(2)),
                new DemoItem(BELTA_RU, 702290, "centr-zashchity-personalnyh-dannyh-napomnil-o-pravilah",
                        "Национальный центр защиты персональных данных напомнил о правилах трансграничной передачи",
                        "Передача персональных данных за рубеж возможна только при соблюдении требований закона и с согласия "
                                + "субъекта персональных данных.",
                        "Специалисты центра разъяснили порядок обработки персональных данных, требования к их локализации и "
                                + "ответственность за утечки.",
                        "society", NOW, Duration.ofHours(5)),
                new DemoItem(BELTA_RU, 702277, "v-minske-proshel-festival-narodnogo-tvorchestva",
                        "В Минске прошел фестиваль народного творчества",
                        "Более тысячи участников из всех регионов страны представили свои работы.",
                        "Фестиваль завершился гала-концертом на площади Государственного флага.",
                        "culture", NOW, Duration.ofHours(8)),
                new DemoItem(BELTA_RU, 702340, "chislo-kiberprestuplenij-snizilos",
                        "МВД: число киберпреступлений в Беларуси снизилось на 20%",
                        "Благодаря мерам по противодействию киберпреступности количество случаев интернет-мошенничества "
                                + "сократилось, сообщили в МВД.",
                        "Основная часть киберпреступлений связана с хищением средств с банковских карт. Специалисты по "
                                + "информационной безопасности советуют не сообщать коды из SMS.",
                        "incident", Duration.ofSeconds(60), Duration.ofMinutes(1)),
                // the same events as BelTA's English edition and president.gov.by tell them, in BelTA's Russian words:
                // each joins the other version's story (one story, two languages), and the decree's act page lists both
                new DemoItem(BELTA_RU, 702305, "sng-rassmotrit-modelnyj-zakon-ob-iskusstvennom-intellekte",
                        "Парламентская ассамблея СНГ рассмотрит модельный закон об искусственном интеллекте",
                        "Межпарламентская Ассамблея государств – участников СНГ рассмотрит модельный закон об "
                                + "искусственном интеллекте, подготовленный при участии Беларуси.",
                        "Проект модельного закона подготовили эксперты Беларуси, России и Казахстана. Документ "
                                + "регулирует системы искусственного интеллекта, маркировку дипфейков и ответственность "
                                + "разработчиков за причиненный вред.",
                        "politics", NOW, Duration.ofMinutes(170)),
                new DemoItem(BELTA_RU, 702262, "lukashenko-podpisal-ukaz-o-prioritetnyh-napravleniyah-nauki",
                        "Лукашенко подписал указ о приоритетных направлениях научной деятельности на 2026-2030 годы",
                        "Президент подписал Указ № 135 о приоритетных направлениях научной, научно-технической и "
                                + "инновационной деятельности на 2026-2030 годы, сообщили в пресс-службе главы государства.",
                        "Среди приоритетов — искусственный интеллект, цифровые технологии и новые материалы. Целью названа "
                                + "технологическая независимость страны.",
                        "politics", NOW, Duration.ofHours(19)),
                new DemoItem(BELTA_RU, 702349, "utverzhden-nacionalnyj-standart-ispytanij-sistem-ii",
                        "В Беларуси утвержден национальный стандарт испытаний систем искусственного интеллекта",
                        "Госстандарт утвердил СТБ 2654-2026 об испытаниях качества систем искусственного интеллекта и "
                                + "оценке соответствия ИИ-сервисов.",
                        "Новый национальный стандарт устанавливает 48 требований к испытаниям и сертификации систем "
                                + "искусственного интеллекта, в том числе моделей машинного обучения в государственных "
                                + "сервисах. Он разработан с учетом стандартов ISO/IEC по искусственному интеллекту.",
                        "tech", Duration.ofSeconds(75), Duration.ofMinutes(1)),

                // ---- NASB, English HTML listing -----------------------------------------------------------------
                new DemoItem(NASB_EN, 14801, "ai-center-machine-vision-agriculture",
                        "Scientific AI Center of NASB presents machine vision system for agriculture",
                        "The Scientific Center of Artificial Intelligence of the National Academy of Sciences of Belarus "
                                + "presented a machine vision system that detects crop diseases with neural networks.",
                        "The system was developed within the state research programme on artificial intelligence and will be "
                                + "tested on farms in Minsk Oblast. The centre also trains AI specialists for the economy.",
                        "science", NOW, Duration.ofDays(1)),
                new DemoItem(NASB_EN, 14795, "new-potato-variety",
                        "NASB breeders register a new potato variety",
                        "The new variety is resistant to late blight and suited to the climate of Belarus.",
                        "Breeders of the Scientific and Practical Center for Potato Growing spent eight years on the variety.",
                        "science", NOW, Duration.ofDays(2)),
                new DemoItem(NASB_EN, 14806, "nasb-and-chinese-academy-agreement-neural-networks",
                        "NASB and the Chinese Academy of Sciences agree on joint research in artificial intelligence",
                        "The academies will set up a joint laboratory for neural networks and natural language processing.",
                        "The agreement on cooperation with China covers AI research, supercomputing and exchanges of young "
                                + "scientists, in line with the BRICS and SCO digital cooperation agenda.",
                        "science", Duration.ofSeconds(90), Duration.ofMinutes(1)),

                // ---- president.gov.by, English and Belarusian HTML listings ------------------------------------------
                new DemoItem(PRESIDENT_EN, 101, "decree-no-135-priority-directions",
                        "Decree No. 135 sets priority directions of scientific and technological activity for 2026-2030",
                        "The decree sets the priority directions of scientific, scientific-technical and innovative activity, "
                                + "with technological independence as the goal.",
                        "Among the priorities are artificial intelligence, digital technologies and new materials. State "
                                + "science and technology programmes will be aligned with the decree.",
                        "documents", NOW, Duration.ofHours(20)),
                new DemoItem(PRESIDENT_EN, 100, "meeting-with-governor-of-gomel-oblast",
                        "Aleksandr Lukashenko meets with Governor of Gomel Oblast",
                        "The harvest campaign and preparations for winter were discussed.",
                        "The head of state was briefed on the harvest and the heating season in the region.",
                        "events", NOW, Duration.ofHours(26)),
                new DemoItem(PRESIDENT_BE, 201, "shtuchny-intelekt-pavinen-sluzhyc-ludzyam",
                        "Прэзідэнт: штучны інтэлект павінен служыць людзям",
                        "Аляксандр Лукашэнка абмеркаваў рэгуляванне штучнага інтэлекту і праект мадэльнага закона аб штучным інтэлекце.",
                        "Кіраўнік дзяржавы падкрэсліў, што рэгуляванне штучнага інтэлекту павінна абараняць правы грамадзян, "
                                + "а нацыянальныя нейрасеткі — умацоўваць суверэнітэт краіны.",
                        "events", NOW, Duration.ofHours(4)),
                new DemoItem(PRESIDENT_BE, 200, "kiraunik-dzyarzhavy-naviedau-grodzenskuyu-voblasc",
                        "Кіраўнік дзяржавы наведаў Гродзенскую вобласць",
                        "Прэзідэнт азнаёміўся з ходам уборачнай кампаніі.",
                        "Падчас паездкі абмяркоўваліся пытанні аграрнага сектара і будаўніцтва жылля.",
                        "events", NOW, Duration.ofHours(30)),

                // ---- UNDP Belarus, English HTML listing -------------------------------------------------------------
                new DemoItem(UNDP_BELARUS, 3101, "undp-supports-national-ai-standards",
                        "UNDP supports Belarus in developing national standards for artificial intelligence",
                        "A new UNDP project will help develop AI standards and testing methods for AI services, in support of "
                                + "the National Strategy for Sustainable Development until 2040.",
                        "The project brings together standardisation bodies, universities and the digital partnership of the "
                                + "United Nations to apply artificial intelligence in healthcare and education.",
                        "news", NOW, Duration.ofDays(1)),
                new DemoItem(UNDP_BELARUS, 3099, "photo-contest-winners",
                        "Winners of the \"Nature of Belarus\" photo contest announced",
                        "Photographs of nature reserves won the audience award.",
                        "An exhibition of the best photographs will open in Minsk next month.",
                        "news", NOW, Duration.ofDays(3)));
    }
}
