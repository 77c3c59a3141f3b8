package org.policymonitor.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka users of the production deployment (deploy/kafka/kafka-users.yaml): each service authenticates with
 * SCRAM and may touch only its own topics — above all, only the classifier may write policy.items.classified (a
 * writer there can have signed alerts sent). acls.sh, the CLI form, grants the same.
 */
class KafkaAclsTest {

    static final Map<String, Set<String>> WRITES = Map.of(
            "ingest-service", Set.of("policy.items.raw", "policy.sources.status", "policy.items.changed",
                    "policy.items.raw.dlq"),
            "classifier-service", Set.of("policy.items.classified", "policy.items.raw.dlq"),
            "alert-service", Set.of("policy.items.classified.dlq", "policy.sources.status.dlq",
                    "policy.items.changed.dlq"));
    static final Map<String, Set<String>> READS = Map.of(
            "ingest-service", Set.of(),
            "classifier-service", Set.of("policy.items.raw"),
            "alert-service", Set.of("policy.items.classified", "policy.sources.status", "policy.items.changed"));

    @Test
    void eachServiceMayWriteAndReadOnlyItsOwnTopics() throws IOException {
        Map<String, Set<String>> writes = new TreeMap<>();
        Map<String, Set<String>> reads = new TreeMap<>();
        for (JsonNode user : users()) {
            String name = user.path("metadata").path("name").asText();
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                assertThat(resource.path("patternType").asText("literal")).as("no prefixed or wildcard grants").isEqualTo("literal");
                assertThat(resource.path("name").asText()).doesNotContain("*");
                List<String> ops = new ArrayList<>();
                acl.path("operations").forEach(o -> ops.add(o.asText()));
                assertThat(ops).doesNotContain("All", "Alter", "Delete", "Create", "AlterConfigs");
                if (resource.path("type").asText().equals("topic")) {
                    if (ops.contains("Write")) {
                        writes.computeIfAbsent(name, k -> new TreeSet<>()).add(resource.path("name").asText());
                    }
                    if (ops.contains("Read")) {
                        reads.computeIfAbsent(name, k -> new TreeSet<>()).add(resource.path("name").asText());
                    }
                }
            }
        }
        assertThat(writes).isEqualTo(new TreeMap<>(WRITES));
        Map<String, Set<String>> expectedReads = new TreeMap<>(READS);
        expectedReads.remove("ingest-service");
        assertThat(reads).isEqualTo(expectedReads);
    }

    @Test
    void theCliScriptGrantsTheSame() {
        String script = Repository.read(Repository.file("deploy/kafka/acls.sh"));
        WRITES.forEach((user, topics) -> topics.forEach(t -> assertThat(script)
                .contains("acl " + user + " --operation Write --operation Describe --topic " + t + "\n")));
        READS.forEach((user, topics) -> topics.forEach(t -> assertThat(script)
                .contains("acl " + user + " --operation Read --operation Describe --topic " + t + "\n")));
        assertThat(script.lines().filter(l -> l.startsWith("acl ") && l.contains("--operation Write"))).hasSize(9);
    }

    private static List<JsonNode> users() throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<JsonNode> users = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(Repository.file("deploy/kafka/kafka-users.yaml").toFile())) {
            mapper.readValues(parser, JsonNode.class).forEachRemaining(n -> {
                if (n != null && !n.isEmpty()) {
                    users.add(n);
                }
            });
        }
        assertThat(users).extracting(u -> u.path("kind").asText()).containsOnly("KafkaUser");
        assertThat(users).hasSize(3);
        return users;
    }
}
