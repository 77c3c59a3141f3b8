package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PrefixMap#get} answers what {@code map.get(word.substring(0, length))} answers, for every prefix (with the prefix's
 * hash computed or carried), and {@link PrefixMap#longest} what those look-ups from the longest down find first.
 */
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
            int carried = 0;
            for (int length = 1; length <= word.length(); length++) {
                Integer expected = entries.get(word.substring(0, length));
                carried = PrefixMap.extend(carried, word.charAt(length - 1));
                assertThat(map.get(word, length)).as("%s, first %d", word, length).isEqualTo(expected);
                assertThat(map.get(word, length, carried)).as("%s, first %d, hash carried", word, length)
                        .isEqualTo(expected);
                found += expected == null ? 0 : 1;
            }
            for (int min = 1; min <= word.length() + 1; min++) {
                for (int max = min; max <= word.length() + 2; max++) {
                    assertThat(map.longest(word, min, max)).as("%s, longest of %d..%d", word, min, max)
                            .isEqualTo(longestBySubstrings(entries, word, min, max));
                }
            }
        }
        for (String key : entries.keySet()) {
            assertThat(map.get(key + "zz", key.length())).as(key).isEqualTo(entries.get(key));
        }
        assertThat(found).isGreaterThan(20);
        assertThat(new PrefixMap<Integer>(Map.of()).get("abc", 2)).isNull();
        assertThat(new PrefixMap<Integer>(Map.of()).longest("abc", 1, 3)).isNull();
    }

    /** What {@link PrefixMap#longest} stands for: the substrings from the longest down, the first found. */
    private static Integer longestBySubstrings(Map<String, Integer> entries, String word, int min, int max) {
        for (int length = Math.min(max, word.length()); length >= min; length--) {
            Integer value = entries.get(word.substring(0, length));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
