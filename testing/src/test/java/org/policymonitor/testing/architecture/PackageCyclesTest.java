package org.policymonitor.testing.architecture;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PackageCyclesTest {

    @Test
    void aCycleIsFoundAndAnAcyclicGraphHasNone() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(PackageCycles.cycles(graph)).containsExactly(Set.of("a", "b", "c"));
        assertThat(PackageCycles.cycles(Map.of("a", Set.of("b"), "b", Set.of(), "d", Set.of("a")))).isEmpty();
    }
}
