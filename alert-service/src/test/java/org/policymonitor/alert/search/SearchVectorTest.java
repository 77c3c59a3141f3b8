package org.policymonitor.alert.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.platform.text.LookAlikeLetters;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item's full-text vector (V11's {@code item_search_vector}, which stems ASCII text once where it was stemmed
 * twice) is the vector of V1's expression for every text — lexemes, positions and weights — so search results and
 * their ranking are what they were: compared on the labelled items (en/ru/be titles and summaries) and on texts
 * that mix scripts, accents, typographic quotes, numbers, links and hyphenated words, and on empty text. Since V25 the
 * vector is built from the text with look-alike letters read ({@code look_alike_folded}), which leaves every text
 * here as it is (none has a word of mixed scripts).
 */
@QuarkusTest
class SearchVectorTest {

    /** V1's generated expression, as it was. */
    private static final String V1 = """
            setweight(to_tsvector('simple'::regconfig, coalesce(?, '')), 'A') ||
            setweight(to_tsvector('english'::regconfig, coalesce(?, '')), 'A') ||
            setweight(to_tsvector('russian'::regconfig, coalesce(?, '')), 'A') ||
            to_tsvector('simple'::regconfig, coalesce(?, '') || ' ' || coalesce(?, '')) ||
            to_tsvector('english'::regconfig, coalesce(?, '') || ' ' || coalesce(?, '')) ||
            to_tsvector('russian'::regconfig, coalesce(?, '') || ' ' || coalesce(?, ''))""";

    /**
     * V27's Belarusian pass, which follows V1's lexemes in the vector of a text with Belarusian letters (title, then
     * summary and content), with the title, summary and content as parameters.
     */
    private static final String BELARUSIAN_PASS = """
            CASE WHEN has_belarusian_letters(coalesce(?, '')) OR has_belarusian_letters(coalesce(?, '') || ' ' || coalesce(?, ''))
                 THEN setweight(to_tsvector('russian'::regconfig, belarusian_folded(coalesce(?, ''))), 'A') ||
                      to_tsvector('russian'::regconfig, belarusian_folded(coalesce(?, '') || ' ' || coalesce(?, '')))
                 ELSE ''::tsvector END""";

    /** The generated column's expression (V25), with the title, summary and content as parameters. */
    private static final String GENERATED = "item_search_vector(look_alike_folded(coalesce(?, '')), "
            + "look_alike_folded(coalesce(?, '') || ' ' || coalesce(?, '')))";

    private static final String[] LABELLED = {"/labelled/stories.jsonl", "/labelled/stories-fresh.jsonl",
            "/labelled/stories-fresh2.jsonl", "/labelled/stories-fresh3.jsonl", "/labelled/stories-fresh4.jsonl",
            "/labelled/stories-fresh5.jsonl"};

    @Inject
    DataSource dataSource;

    /**
     * The vector is V1's for every text without Belarusian letters (English, Russian, mixed), and V1's followed by the
     * Belarusian pass for a text with them: every lexeme, position and weight of V1 is still there, so nothing found
     * before is lost and the ranking of other texts is what it was.
     */
    @Test
    void theVectorIsV1sForEveryTextAndTheBelarusianPassAfterItForBelarusianText() throws Exception {
        List<String[]> texts = new ArrayList<>();
        for (String resource : LABELLED) {
            texts.addAll(labelled(resource));
        }
        texts.add(new String[]{"Regulation on AI systems", "The minister's draft law (No. 17-Z) passed first reading; "
                + "see https://example.org/a-b/c?d=1 and e-mail press@gov.by. Risk-based rules, 2026-01-17, v1.2."});
        texts.add(new String[]{"Café “quotes” — dash", "naïve résumé co-operation"});
        texts.add(new String[]{"Указ № 17 about the AI Centre", "Лукашенко signed the decree; Беларусь, Minsk"});
        texts.add(new String[]{"Закон аб штучным інтэлекце", "Палата прадстаўнікоў прыняла законапраект"});
        texts.add(new String[]{"", ""});
        texts.add(new String[]{null, null});
        assertThat(texts).hasSizeGreaterThan(500);
        int same = 0;
        int belarusian = 0;
        List<String> differ = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + GENERATED + " = ((" + V1 + ") || " + BELARUSIAN_PASS
                     + "), " + GENERATED + "::text, " + GENERATED + " <> (" + V1 + ")")) {
            for (String[] t : texts) {
                String title = t[0];
                String summary = t[1];
                String content = "content of " + title;
                // (Arrays.asList: the texts include nulls)
                List<String> generated = Arrays.asList(title, summary, content);
                List<String> v1 = Arrays.asList(title, title, title, summary, content, summary, content, summary, content);
                List<String> pass = Arrays.asList(title, summary, content, title, summary, content);
                List<String> params = new ArrayList<>();
                for (List<String> group : List.of(generated, v1, pass, generated, generated, v1)) {
                    params.addAll(group);
                }
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        same++;
                    } else {
                        differ.add(title + " → " + rs.getString(2));
                    }
                    // as the vector reads the text: look-alike letters read (a Latin «i» in a Cyrillic word is «і»)
                    boolean hasBelarusianLetters = LookAlikeLetters.of(title + " " + summary).matches("(?s).*[іўІЎ].*");
                    if (rs.getBoolean(3) != hasBelarusianLetters) {
                        differ.add(title + (hasBelarusianLetters ? " has no Belarusian pass" : " is not V1's"));
                    }
                    belarusian += hasBelarusianLetters ? 1 : 0;
                }
            }
        }
        assertThat(differ).as("texts whose vector changed").isEmpty();
        assertThat(same).isEqualTo(texts.size());
        assertThat(belarusian).as("Belarusian texts compared").isGreaterThan(10);
    }

    @Test
    void theGeneratedColumnIsTheFunctions() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
                     JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
                     WHERE d.adrelid = 'item'::regclass AND a.attname = 'search'""");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            // e.g. item_search_vector(look_alike_folded(COALESCE(title, ''::text)), look_alike_folded(((COALESCE(…
            assertThat(rs.getString(1)).startsWith("item_search_vector(look_alike_folded(COALESCE(title, ")
                    .contains("look_alike_folded(((COALESCE(summary, ");
        }
    }

    /**
     * The database reads look-alike letters as {@link LookAlikeLetters} does (V25's {@code look_alike_folded}, which the
     * vector is built from): the same text out for every text in, so a word found by the classifier, story grouping
     * and the query is found in the index too.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Урад абмеркаваў штучны iнтэлект", "ШТУЧНЫ IНТЭЛЕКТ", "Беларусь в БPИКС, а не в ЕС",
            "искусственный интеллeкт", "Belarus joins BRІCS", "Аrtificial intelligence", "ШIД", "ВOOM",
            "Wiсеть: a letter without a twin (W) keeps the word as written", "iнтэлект, iнтэлект і iнтэлекту",
            "Обычный текст без смешанных слов, iPhone и BMW X5", "A plain English sentence with ИИ and БРИКС",
            "iнт iнтэлект", "naïve résumé с iнтэлектам", "Cafés Мiнск 2026-01-17 № 135-З", "БPИКС-2026 і ШОС",
            "", "   "})
    void theDatabaseReadsLookAlikeLettersAsTheServicesDo(String text) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT look_alike_folded(?)")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(LookAlikeLetters.of(text));
            }
        }
    }

    /**
     * Which Belarusian word forms a query meets in a text (V27's pass, read with the query {@link ItemQuery} builds):
     * the forms of one noun, adjective or name, across «і»/«и», «ў»/«у», «ё»/«е» and the apostrophes; and not a word
     * that only shares a beginning. A text gets the pass when it has a Belarusian letter (і, ў) somewhere, as nearly
     * every Belarusian item does.
     */
    @ParameterizedTest(name = "{0} in «{1}»: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Мінск | Сход у Мінску | true", "мінскі | у Мінску | true", "Мінска | мінскія ўлады | true",
            "штучны інтэлект | развіццё штучнага інтэлекту | true", "інтэлект | аб штучным інтэлекце | true",
            "Беларусь | экспарт Беларусі | true", "Беларусі | Рэспубліка Беларусь | true",
            "законы | праект закона аб даных | true", "закон | прынята шмат законаў | true",
            "дзяржаўная праграма | у дзяржаўнай праграме | true", "праграму | новыя праграмы | true",
            "прадстаўнікі | Палата прадстаўнікоў | true", "рашэнне | па выніках рашэнняў | true",
            "горад | жыхары ў горадзе | true", "заявіў | міністр заявіла | true",
            "Минск | Сход у Мінску | true", "штучны интэлект | развіццё штучнага інтэлекту | true",
            "абъект | новы аб’ект інфраструктуры | true", "аб'ект | новы абʼект інфраструктуры | true", "раене | у раёне | true",
            "Беларусь | экспарт беларускіх тавараў | false", "беларускі | экспарт Беларусі | false",
            "закон | законапраект прыняты | false", "інтэлект | інтэлектуальная ўласнасць | false",
            "Мінск | Мінскаблвыканкам паведаміў | false", "праграма | праграміст Мінска | false",
            "рашэнне | рашучы крок | false"})
    void aBelarusianQueryMeetsTheFormsOfItsWordOnly(String q, String text, boolean found) throws Exception {
        SqlFragment query = ItemQuery.tsQuery(q);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = query.prepare(c, "SELECT item_search_vector('', ?) @@ " + query.sql(), List.of())) {
            // the text is the first parameter here, the query's follow
            List<Object> params = new ArrayList<>();
            params.add(text);
            params.addAll(query.params());
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).isEqualTo(found);
            }
        }
    }

    /** The titles and summaries of a labelled set ({@code [title, summary]} per item). */
    static List<String[]> labelled(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        try (InputStream in = SearchVectorTest.class.getResourceAsStream(resource)) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode j = json.readTree(line);
                    out.add(new String[]{j.get("title").asText(), j.get("summary").asText()});
                }
            }
        }
        return out;
    }
}
