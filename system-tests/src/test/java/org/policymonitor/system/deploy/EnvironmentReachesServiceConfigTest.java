package org.policymonitor.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A variable that no configuration key reads is silently ignored, so a typo in a deployment file (or a key
 * renamed in a service) would go unnoticed until something misbehaves in production. Every variable that
 * docker-compose.yml and the Kubernetes base give a service must reach a key that service reads.
 */
class EnvironmentReachesServiceConfigTest {

    /** Read by the platform module (HTTP Basic users), by Quarkus in every service, or by the JVM. */
    private static boolean readByEveryService(String variable) {
        return variable.matches("POLICY_AUTH_USERS_[A-Z0-9]+_(PASSWORD_HASH|ROLES)")
                || variable.equals("QUARKUS_HTTP_PORT") || variable.equals("QUARKUS_HTTP_HOST")
                || variable.equals("JAVA_TOOL_OPTIONS");
    }

    /** Quarkus keys that exist only where the service has the extension. */
    private static boolean readByExtension(String service, String variable) {
        String properties = Repository.read(Repository.file(service + "/src/main/resources/application.properties"));
        String pom = Repository.read(Repository.file(service + "/pom.xml"));
        if (variable.startsWith("QUARKUS_DATASOURCE_")) {
            return properties.contains("quarkus.datasource.db-kind");
        }
        if (variable.startsWith("QUARKUS_MAILER_")) {
            return pom.contains("<artifactId>quarkus-mailer</artifactId>");
        }
        return false;
    }

    private static void assertReadBy(String service, Set<String> variables, String where) {
        Set<String> keys = ServiceConfigKeys.of(service);
        Set<String> unread = new TreeSet<>();
        for (String variable : variables) {
            if (!readByEveryService(variable) && !readByExtension(service, variable) && !keys.contains(variable)) {
                unread.add(variable);
            }
        }
        assertThat(unread).as("variables %s gives %s that no configuration key of it reads", where, service).isEmpty();
    }

    private static Set<String> names(Iterator<String> names) {
        Set<String> result = new TreeSet<>();
        names.forEachRemaining(result::add);
        return result;
    }

    @Test
    void composeSetsOnlyVariablesTheServicesRead() {
        JsonNode services = Repository.yaml(Repository.file("docker-compose.yml")).path("services");
        for (String service : ServiceMetrics.SERVICES) {
            Set<String> variables = names(services.path(service).path("environment").fieldNames());
            assertThat(variables).as("environment of %s", service).contains("KAFKA_BOOTSTRAP_SERVERS");
            assertReadBy(service, variables, "docker-compose.yml");
        }
    }

    @Test
    void kubernetesSetsOnlyVariablesTheServicesRead() {
        JsonNode kustomization = Repository.yaml(Repository.file("deploy/kubernetes/base/kustomization.yaml"));
        Map<String, Set<String>> generated = new HashMap<>();
        for (String generator : new String[] {"configMapGenerator", "secretGenerator"}) {
            for (JsonNode g : kustomization.path(generator)) {
                Set<String> keys = new TreeSet<>();
                g.path("literals").forEach(l -> keys.add(l.asText().substring(0, l.asText().indexOf('='))));
                generated.put(g.path("name").asText(), keys);
            }
        }
        for (String service : ServiceMetrics.SERVICES) {
            JsonNode container = Repository.yamlDocuments(Repository.read(Repository.file(
                            "deploy/kubernetes/base/" + service + ".yaml"))).stream()
                    .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow()
                    .path("spec").path("template").path("spec").path("containers").get(0);
            Set<String> variables = new TreeSet<>();
            for (JsonNode from : container.path("envFrom")) {
                String name = from.has("secretRef") ? from.path("secretRef").path("name").asText()
                        : from.path("configMapRef").path("name").asText();
                assertThat(generated).as("%s reads %s", service, name).containsKey(name);
                variables.addAll(generated.get(name));
            }
            container.path("env").forEach(e -> variables.add(e.path("name").asText()));
            assertThat(variables).as("environment of %s", service).contains("KAFKA_BOOTSTRAP_SERVERS");
            assertReadBy(service, variables, "deploy/kubernetes/base");
        }
    }

    @Test
    void aMisspelledVariableIsCaught() {
        assertThat(ServiceConfigKeys.of("ingest-service")).contains("POLICY_SOURCES_FILE", "KAFKA_BOOTSTRAP_SERVERS")
                .doesNotContain("POLICY_SOURCE_FILE");
        assertThat(ServiceConfigKeys.of("classifier-service")).contains("POLICY_RULES_FILE")
                .doesNotContain("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(readByExtension("classifier-service", "QUARKUS_DATASOURCE_JDBC_URL")).isFalse();
        assertThat(readByExtension("alert-service", "QUARKUS_MAILER_HOST")).isTrue();
    }
}
