package org.policymonitor.system.deploy;

import org.junit.jupiter.api.Test;
import org.policymonitor.launcher.LocalStack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/docker/Dockerfile (no engine here to build it): it runs the Quarkus fast-jar of the service named by its
 * build argument, as an unprivileged numeric user, with a health check, and its build context carries only the
 * packaged applications.
 */
class DockerfileTest {

    /** The instructions, continuation lines joined and comments dropped. */
    private static List<String> instructions() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Repository.read(Repository.file("deploy/docker/Dockerfile")).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && current.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                result.add(current.append(trimmed).toString());
                current.setLength(0);
            }
        }
        return result;
    }

    @Test
    void runsTheFastJarOfTheChosenServiceAsANonRootUser() {
        List<String> instructions = instructions();
        assertThat(instructions.get(0)).startsWith("ARG BASE_IMAGE=eclipse-temurin:17-jre");
        assertThat(instructions).contains("ARG SERVICE", "ARG HTTP_PORT", "ARG MANAGEMENT_PORT");
        // the four parts of target/quarkus-app
        for (String part : new String[] {"lib/", "*.jar", "app/", "quarkus/"}) {
            assertThat(instructions).anyMatch(i -> i.startsWith("COPY ") && i.contains("${SERVICE}/target/quarkus-app/" + part));
        }
        // the application files belong to root, so the service cannot rewrite its own code
        assertThat(instructions).filteredOn(i -> i.startsWith("COPY ")).noneMatch(i -> i.contains("--chown"));
        List<String> users = instructions.stream().filter(i -> i.startsWith("USER ")).toList();
        assertThat(users).hasSize(1);
        assertThat(users.get(0)).matches("USER [1-9][0-9]*:[1-9][0-9]*");
        assertThat(instructions.get(instructions.size() - 1))
                .isEqualTo("ENTRYPOINT [\"java\", \"-jar\", \"/deployments/quarkus-run.jar\"]");
        assertThat(instructions).anyMatch(i -> i.startsWith("HEALTHCHECK ")
                && i.contains("http://127.0.0.1:${MANAGEMENT_PORT}/q/health/ready"));
        assertThat(instructions).anyMatch(i -> i.startsWith("ENV ") && i.contains("QUARKUS_MANAGEMENT_PORT=${MANAGEMENT_PORT}"));
        // the server listens where the health check and the published port expect it
        assertThat(instructions).anyMatch(i -> i.startsWith("ENV ") && i.contains("QUARKUS_HTTP_PORT=${HTTP_PORT}"));
    }

    /**
     * The image's JVM runs with the launcher's measured service options (launcher README, "Service JVM options"),
     * except the heap sizes, which follow the container's memory limit there, and the file encoding (not a resource
     * setting); and with the same malloc arena limit.
     */
    @Test
    void jvmOptionsAreTheLaunchersServiceOptionsExceptTheHeapSizes() {
        String env = instructions().stream().filter(i -> i.startsWith("ENV ")).reduce("", String::concat);
        int start = env.indexOf("JAVA_TOOL_OPTIONS=\"") + "JAVA_TOOL_OPTIONS=\"".length();
        List<String> imageOptions = Arrays.asList(env.substring(start, env.indexOf('"', start)).split("\\s+"));
        List<String> expected = LocalStack.DEFAULT_SERVICE_JVM_OPTIONS.stream()
                .filter(o -> !o.startsWith("-Xms") && !o.startsWith("-Xmx") && !o.startsWith("-Dfile.encoding")).toList();
        assertThat(imageOptions).containsAll(expected).contains("-XX:MaxRAMPercentage=60");
        assertThat(env).contains("MALLOC_ARENA_MAX=2");
    }

    @Test
    void buildContextSendsOnlyThePackagedApplications() {
        List<String> lines = Repository.read(Repository.file("deploy/docker/Dockerfile.dockerignore")).lines()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(lines.get(0)).isEqualTo("*");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                "!ingest-service/target/quarkus-app", "!classifier-service/target/quarkus-app",
                "!alert-service/target/quarkus-app");
    }
}
