package org.policymonitor.alert.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.search.StoryVersionSearch.Group;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "+2 versions · be, ru" of a row from its story's per-language-and-source counts: the row's own item is not one. */
class StoryBadgeTest {

    /**
     * groups: "language/source/count" separated by spaces; the item is in {@code language} from {@code source}.
     */
    @ParameterizedTest(name = "{0} item from {1} in [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            en    | belta-en | en/belta-en/1                              | null
            en    | belta-en | en/belta-en/2                              | +1 version · en
            ru    | belta-ru | en/belta-en/1 ru/belta-ru/1 be/belta-be/1  | +2 versions · be, en
            ru-RU | belta-ru | en/belta-en/1 ru/belta-ru/1                | +1 version · en
            ru    | belta-ru | ru/belta-ru/1 ru/sb/3                      | +3 versions · ru
            null  | undp     | /undp/1 en/belta-en/1                      | +1 version · en
            en    | belta-en | /undp/2 en/belta-en/1                      | +2 versions
            """)
    void countsTheOtherVersionsAndTheirLanguages(String language, String source, String groups, String badge) {
        StoryBadge b = StoryBadge.of("st-1", language, source, groups(groups));
        assertThat(b == null ? null : b.text()).isEqualTo(badge);
    }

    @Test
    void linksToTheStoryAndNamesTheOtherSources() {
        StoryBadge b = StoryBadge.of("st-1", "ru", "belta-ru", List.of(new Group("en", "belta-en", "BelTA", 1, true),
                new Group("ru", "belta-ru", "БелТА", 1, false), new Group("be", "nasb", null, 1, false)));
        assertThat(b.href()).isEqualTo("/console/stories/st-1");
        assertThat(b.title()).isEqualTo("2 other reports of this story: BelTA, nasb");
        assertThat(StoryBadge.of(null, "ru", "belta-ru", List.of())).as("not grouped yet").isNull();
    }

    private static List<Group> groups(String spec) {
        List<Group> groups = new ArrayList<>();
        for (String g : spec.trim().split("\\s+")) {
            String[] p = g.split("/");
            groups.add(new Group(p[0], p[1], null, Integer.parseInt(p[2]), false));
        }
        return groups;
    }
}
