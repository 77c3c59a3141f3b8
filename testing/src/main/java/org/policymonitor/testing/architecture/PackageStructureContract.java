package org.policymonitor.testing.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house style of a service's packages, as a test each service extends: no package cycles (each service's imports
 * read top-down) and a {@code package-info.java} in every package that says what it is for.
 * <pre>
 * class PackageStructureTest extends PackageStructureContract {
 *     PackageStructureTest() {
 *         super("org.policymonitor.classifier", "engine", "rules", "messaging");
 *     }
 * }
 * </pre>
 */
public abstract class PackageStructureContract {

    /** The module's main sources, relative to the module (Maven runs tests there). */
    protected static final Path MAIN = Path.of("src/main/java");

    private final String basePackage;
    private final List<String> expectedPackages;

    /**
     * @param basePackage      the service's root package
     * @param expectedPackages a few of its subpackages (relative names) that must be found, so that a wrong path or
     *                         base package cannot pass the checks vacuously
     */
    protected PackageStructureContract(String basePackage, String... expectedPackages) {
        this.basePackage = basePackage;
        this.expectedPackages = List.of(expectedPackages);
    }

    @Test
    void packagesHaveNoCycles() {
        Map<String, Set<String>> graph = PackageCycles.dependencies(MAIN, basePackage);
        assertThat(graph).containsKeys(expectedPackages.stream().map(p -> basePackage + "." + p).toArray(String[]::new));
        assertThat(PackageCycles.cycles(graph)).as("package cycles in %s", graph).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        List<String> missing = PackageCycles.dependencies(MAIN, basePackage).keySet().stream()
                .map(pkg -> MAIN.resolve(pkg.replace('.', '/')))
                .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                .map(Path::toString).toList();
        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }
}
