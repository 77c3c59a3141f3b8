package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MemberFeatureCacheTest {

    private static StoryFeatures features(int i) {
        return new StoryFeatures("en", Instant.EPOCH.plusSeconds(i), null, i, Set.of("#" + i));
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        MemberFeatureCache cache = new MemberFeatureCache();
        Map<String, StoryFeatures> batch = new LinkedHashMap<>();
        for (int i = 0; i < MemberFeatureCache.CAPACITY; i++) {
            batch.put("item-" + i, features(i));
        }
        cache.putAll(batch);
        assertThat(cache.get("item-0")).isEqualTo(features(0)); // used again: now the most recent

        cache.putAll(Map.of("item-new", features(-1)));

        assertThat(cache.size()).isEqualTo(MemberFeatureCache.CAPACITY);
        assertThat(cache.get("item-1")).as("least recently used, dropped").isNull();
        assertThat(cache.get("item-0")).isEqualTo(features(0));
        assertThat(cache.get("item-new")).isEqualTo(features(-1));
    }
}
