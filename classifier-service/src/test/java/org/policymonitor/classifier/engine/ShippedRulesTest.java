package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped rules on sentences written for this test, not taken from the dev set: inflected forms in
 * three languages and the hard negatives THEMES.md names (spy intelligence, living standards, territorial
 * sovereignty, border protection, physical security, unrelated cooperation, e-sports).
 */
class ShippedRulesTest {

    @RegisterExtension
    static final ShippedRulesEngine RULES = new ShippedRulesEngine();

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Parliament passes a law regulating artificial intelligence in healthcare | artificial-intelligence ai-law sustainable-development
            en | Foreign intelligence services recruited a Belarusian officer |
            en | Residents report higher living standards in Grodno region |
            en | Army vows to defend the sovereignty and territorial integrity of the country |
            en | Border guards strengthen protection of the state border |
            en | Security guards and metal detectors installed at the airport |
            en | Belarus and China sign agreement on wheat exports |
            en | New cyberattack hits state information systems | cybersecurity
            en | Russia and Belarus agree to develop joint AI standards | artificial-intelligence ai-standards intl-cooperation
            en | Personal data of 5,000 clients leaked | data-protection
            en | Consumer protection society checks shops |
            en | UNDP supports digital skills programme for rural schools | intl-cooperation sustainable-development
            en | Government approves concept of digital sovereignty | digital-sovereignty
            en | Sovereign bonds rally as investors return |
            ru | Госстандарт утвердил новый стандарт на сыры |
            ru | Эксперты обсудили риски применения нейросетей в медицине | artificial-intelligence sustainable-development
            ru | Хакеры атаковали сайт министерства | cybersecurity
            ru | Белорусские спортсмены победили на турнире по киберспорту |
            ru | Россия и Беларусь подписали соглашение о сотрудничестве в области искусственного интеллекта | artificial-intelligence intl-cooperation
            ru | Парк высоких технологий сократил число резидентов | digital-governance
            ru | Указ о приоритетных направлениях научной и научно-технической деятельности | sci-tech-priorities
            ru | Разведка предотвратила вербовку граждан |
            ru | Армия защитит суверенитет страны |
            be | Урад зацвердзіў праграму развіцця штучнага інтэлекту | artificial-intelligence
            be | Кібератакі на банкі павялічыліся | cybersecurity
            be | Нацыянальны цэнтр абароны персанальных даных праверыў аператараў | data-protection
            be | Беларусь і Расія будуць сумесна развіваць штучны інтэлект у межах Саюзнай дзяржавы | artificial-intelligence intl-cooperation
            be | Узброеныя Сілы абаронiць суверэнітэт краіны |
            be | Прыняты закон аб штучным інтэлекце | artificial-intelligence ai-law
            ru | Совет министров одобрил концепцию суверенитета цифрового развития | digital-sovereignty
            be | Эксперты растлумачылі сэнс суверэнітэту лічбавага развіцця | digital-sovereignty
            be | Урад узмацніць кантроль над інфармацыйнай інфраструктурай краіны | digital-sovereignty
            en | Pensions for socially vulnerable families will rise in April |
            ru | Пенсии социально уязвимым семьям повысят в апреле |
            en | A critical vulnerability was found in popular router firmware | cybersecurity
            ru | В программном обеспечении банка нашли критическую уязвимость | cybersecurity
            be | Міліцыя затрымала кіберзлачынцаў з Гомеля | cybersecurity
            be | Махляры выманьваюць рэквізіты банкаўскіх картак у пенсіянераў | cybersecurity
            ru | Парламент предложил ввести административную ответственность за создание дипфейков | artificial-intelligence ai-law
            ru | Контент, созданный нейросетями, предлагают маркировать | artificial-intelligence ai-law
            be | Відэа, створаныя штучным інтэлектам, прапануюць маркіраваць | artificial-intelligence ai-law
            be | Урад вызначыў прыярытэтныя напрамкі развіцця навукі | sci-tech-priorities
            ru | Правительство определило приоритетные направления развития науки | sci-tech-priorities
            en | University scientists developed a neural network that reads handwritten archives | artificial-intelligence ai-research
            en | Academy institutes must assess risks in the development of AI models trained on public data | artificial-intelligence
            en | Belarus backs a UN initiative on global AI governance | artificial-intelligence intl-cooperation
            ru | Минск поддержал принципы глобального управления искусственным интеллектом | artificial-intelligence intl-cooperation
            be | Беларусь падтрымала ідэю глабальнага кіравання штучным інтэлектам | artificial-intelligence intl-cooperation
            """)
    void tagsAsThemesMdDefines(String language, String title, String expected) {
        List<String> themes = expected == null ? List.of() : Arrays.asList(expected.trim().split("\\s+"));
        assertThat(RULES.engine().classify(new ItemText("t", title, null, null, language, "test")).themes())
                .containsExactlyInAnyOrderElementsOf(themes);
    }
}
