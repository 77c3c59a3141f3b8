package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PrefixMap#get} answers what {@code map.get(word.substring(0, length))} answers, for every prefix. */
class PrefixMapTest {

    @Test
    void everyPrefixOfEveryWordIsLookedUpAsItsSubstringWouldBe() {
        Map<String, Integer> entries = new HashMap<>();
        List<String> stems = List.of("a", "ab", "abc", "пер", "персональн", "восьми", "дзевяці", "сорок", "тыс",
                "regul", "Aa", "BB"); // "Aa" and "BB" share String's hash: the probing must tell them apart
        for (int i = 0; i < stems.size(); i++) {
            entries.put(stems.get(i), i);
        }
        Random random = new Random(14);
        String letters = "abcпервосьмидзяцітыAB";
        for (int i = 0; i < 500; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            entries.putIfAbsent(w.toString(), 1000 + i);
        }
        PrefixMap<Integer> map = new PrefixMap<>(entries);
        List<String> words = List.of("abcdef", "персональных", "восьмикубитного", "дзевяці", "сорока", "тыс",
                "regulation", "Aab", "BBc", "x", "перс", "abd");
        int found = 0;
        for (String word : words) {
            for (int length = 1; length <= word.length(); length++) {
                Integer expected = entries.get(word.substring(0, length));
                assertThat(map.get(word, length)).as("%s, first %d", word, length).isEqualTo(expected);
                found += expected == null ? 0 : 1;
            }
        }
        for (String key : entries.keySet()) {
            assertThat(map.get(key + "zz", key.length())).as(key).isEqualTo(entries.get(key));
        }
        assertThat(found).isGreaterThan(20);
        assertThat(new PrefixMap<Integer>(Map.of()).get("abc", 2)).isNull();
    }
}
