package org.policymonitor.classifier.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The classifier's packages import each other top-down, and each says what it is for. */
class PackageCyclesTest {

    static final Path MAIN = Path.of("src/main/java");
    static final String BASE = "org.policymonitor.classifier";

    @Test
    void theClassifiersPackagesHaveNoCycles() {
        Map<String, Set<String>> graph = PackageCycles.dependencies(MAIN, BASE);
        assertThat(graph).containsKeys(BASE + ".engine", BASE + ".rules", BASE + ".messaging");
        assertThat(PackageCycles.cycles(graph)).as("package cycles in %s", graph).isEmpty();
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(PackageCycles.cycles(graph)).containsExactly(Set.of("a", "b", "c"));
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        List<String> missing = PackageCycles.dependencies(MAIN, BASE).keySet().stream()
                .map(pkg -> MAIN.resolve(pkg.replace('.', '/')))
                .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                .map(Path::toString).toList();
        assertThat(missing).isEmpty();
    }
}
