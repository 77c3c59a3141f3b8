package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.act.ActExtractor;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The grouping's rules on small cases: joins, vetoes, merges with a stable survivor, bounded candidates. */
class StoryGrouperTest {

    private final ActExtractor acts = new ActExtractor();
    private final FeatureExtractor features = new FeatureExtractor();
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    private StoryFeatures f(String title, String summary, String language, Instant at, String link) {
        return features.extract(title, summary, null, language, at, link, acts.extract(title, summary, null));
    }

    @Test
    void aLaterItemBridgingTwoStoriesMergesThemIntoTheOlder() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String a = index.add("a", f("Lukashenko signs Decree No. 4242 on digital tax",
                "The decree on the digital tax was signed on Wednesday.", "en", T0, "https://eng.belta.by/a"));
        String b = index.add("b", f("Турчин: в Алматы выплатят по 6789 рублей",
                "Александр Турчин сообщил, что участники форума в Алматы получат выплаты в размере 6789 рублей.", "ru",
                T0.plusSeconds(3600),
                "https://www.belta.by/b"));
        assertThat(b).as("nothing in common yet").isNotEqualTo(a);

        String c = index.add("c", f("Turchin: Decree No. 4242 gives 6,789 rubles to forum participants in Almaty",
                "Under Decree No. 4242 the participants of the Almaty forum receive 6,789 rubles, Aleksandr Turchin said.", "en",
                T0.plusSeconds(7200), "https://eng.belta.by/c"));
        assertThat(c).as("the older story survives").isEqualTo(a);
        assertThat(index.stories()).containsEntry("a", a).containsEntry("b", a).containsEntry("c", a);
        assertThat(a).isEqualTo(StoryGrouper.newStoryId("a")).startsWith("st-");
    }

    @Test
    void anotherDecreeTheSameDayIsAnotherStory() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String first = index.add("1", f("Lukashenko signs Decree No. 17 on the National AI Center",
                "Aleksandr Lukashenko signed Decree No. 17 on 17 January.", "en", T0, null));
        String same = index.add("2", f("Лукашенко подписал Указ № 17 о Национальном центре ИИ",
                "Александр Лукашенко 17 января подписал Указ № 17.", "ru", T0.plusSeconds(600), null));
        String other = index.add("3", f("Lukashenko signs Decree No. 18 on large families",
                "Aleksandr Lukashenko signed Decree No. 18 on 17 January.", "en", T0.plusSeconds(1200), null));
        assertThat(same).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theSameLinkTargetIsOneStoryAndDistantTimesNeverJoin() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String a = index.add("a", f("Title one", "Nothing alike.", "en", T0, "https://www.belta.by/news/1?utm_source=x"));
        String b = index.add("b", f("Совсем другой заголовок", "Ничего общего.", "ru", T0.plusSeconds(60), "https://belta.by/news/1/"));
        assertThat(b).isEqualTo(a);
        String late = index.add("c", f("Lukashenko signs Decree No. 17 on the National AI Center",
                "Aleksandr Lukashenko signed Decree No. 17.", "en", T0.plus(Duration.ofDays(30)), null));
        String early = index.add("d", f("Lukashenko signs Decree No. 17 on the National AI Center",
                "Aleksandr Lukashenko signed Decree No. 17.", "en", T0, null));
        assertThat(late).as("a month apart").isNotEqualTo(early);
    }

    @Test
    void namesMeetAcrossScripts() {
        assertThat(Transliteration.skeleton("лукашенко")).isEqualTo(Transliteration.skeleton("lukashenko"))
                .isEqualTo(Transliteration.skeleton("лукашэнка"));
        assertThat(Transliteration.skeleton("караника")).isEqualTo(Transliteration.skeleton("karanik"))
                .isEqualTo(Transliteration.skeleton("каранік"));
    }

    @Test
    void candidatesAreBoundedPerKeyWhateverTheArchive() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        for (int i = 0; i < 500; i++) {
            index.add("x" + i, f("OAC reports incident " + i, "The OAC registered an incident.", "en",
                    T0.plusSeconds(i), null));
        }
        StoryFeatures probe = f("OAC reports incident", "The OAC registered an incident.", "en", T0.plusSeconds(900), null);
        assertThat(index.candidates(probe).size())
                .isLessThanOrEqualTo(Math.min(Keys.indexed(probe).size() * StoryIndex.PER_KEY, StoryIndex.MAX_CANDIDATES));
    }

    @Test
    void oneOfficialAtTwoEventsTheSameDayIsTwoStories() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String talks = index.add("t", f("Турчин провел переговоры с премьер-министром Кыргызстана",
                "Премьер-министр Александр Турчин и председатель кабинета министров Кыргызстана обсудили поставки техники.",
                "ru", T0, null));
        String meeting = index.add("m", f("Турчин провел совещание по вопросам энергетики",
                "Премьер-министр Александр Турчин поручил подготовить энергосистему к отопительному сезону.", "ru",
                T0.plusSeconds(5 * 3600), null));
        String meetingBe = index.add("mb", f("Турчын правёў нараду па пытаннях энергетыкі",
                "Прэм'ер-міністр Аляксандр Турчын даручыў падрыхтаваць энергасістэму да ацяпляльнага сезона.", "be",
                T0.plusSeconds(6 * 3600), null));
        assertThat(meeting).as("talks abroad and a meeting at home: one person, two events").isNotEqualTo(talks);
        assertThat(meetingBe).as("the same meeting in Belarusian").isEqualTo(meeting);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"мингорисполкома, мінгарвыканкама", "брестского, брэсцкага", "гродненского, гродзенскага",
            "облисполкома, аблвыканкама", "степанова, сцяпанава"})
    void organisationNamesMeetAcrossRussianAndBelarusian(String russian, String belarusian) {
        assertThat(Transliteration.skeleton(belarusian)).isEqualTo(Transliteration.skeleton(russian));
    }

    @Test
    void quantitiesWithUnitsMeetAcrossLanguages() {
        StoryFeatures ru = f("Госстандарт утвердил требования к квадрокоптерам",
                "Требования распространяются на аппараты массой до 25 кг.", "ru", T0, null);
        StoryFeatures en = f("Gosstandart sets requirements for quadcopters",
                "The requirements apply to devices weighing up to 25 kg.", "en", T0.plusSeconds(3600), null);
        StoryFeatures be = f("Дзяржстандарт зацвердзіў патрабаванні да квадракоптараў",
                "Патрабаванні распаўсюджваюцца на апараты масай да 25 кілаграмаў.", "be", T0.plusSeconds(7200), null);
        assertThat(ru.keys()).contains("#25kg");
        assertThat(en.keys()).contains("#25kg");
        assertThat(be.keys()).contains("#25kg");
        assertThat(f("x", "Exports reached $2bn.", "en", T0, null).keys()).contains("#2000000000");
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        assertThat(index.add("en", en)).isEqualTo(index.add("ru", ru)).isEqualTo(index.add("be", be));
    }

    @Test
    void aVersionWithoutTheActNumberJoinsTheNumberedVersionsButNotAnotherRatification() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        String numbered = index.add("n", f("Lukashenko signs law ratifying EAEU customs data agreement",
                "Aleksandr Lukashenko signed Law No. 77-Z on the ratification of the agreement on the exchange of customs"
                        + " data within the Eurasian Economic Union.", "en", T0, null));
        String titled = index.add("t", f("Подписан закон о ратификации соглашения ЕАЭС",
                "Глава государства подписал Закон «О ратификации Соглашения об обмене таможенными данными в рамках "
                        + "Евразийского экономического союза».", "ru", T0.plusSeconds(1800), null));
        String other = index.add("o", f("Подписан закон о ратификации соглашения с Кубой",
                "Глава государства подписал Закон «О ратификации Соглашения с Республикой Куба о сотрудничестве в "
                        + "области здравоохранения».", "ru", T0.plusSeconds(3600), null));
        assertThat(titled).isEqualTo(numbered);
        assertThat(other).isNotEqualTo(numbered);
    }
}
