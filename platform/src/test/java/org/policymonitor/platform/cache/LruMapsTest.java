package org.policymonitor.platform.cache;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LruMapsTest {

    @Test
    void keepsAtMostItsSizeAndDropsTheLeastRecentlyUsed() {
        Map<String, Integer> map = LruMaps.bounded(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a"); // a read counts as use: b is now the least recently used
        map.put("c", 3);

        assertThat(map).containsOnlyKeys("a", "c");
    }

    @Test
    void aSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> LruMaps.bounded(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
