package org.policymonitor.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.platform.security.PasswordHashes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes rendered with {@code kubectl kustomize} (Kustomize 5.5), as {@code kubectl apply -k} would send
 * it: three Deployments with health probes, resources and a non-root user, their Services, the ConfigMaps for
 * addresses, sources and rules, and the Secrets; the production overlay on top, with secrets from the files an
 * operator writes.
 */
class KubernetesManifestsTest {

    private static final Map<String, Integer> PORTS = Map.of(
            "ingest-service", 8081, "classifier-service", 8082, "alert-service", 8083);
    /** Which Secrets a service may read: each service only its own database and Kafka credentials. */
    private static final Map<String, Set<String>> SECRETS = Map.of(
            "ingest-service", Set.of("ingest-db", "api-users", "ingest-kafka"),
            "classifier-service", Set.of("api-users", "classifier-kafka"),
            "alert-service", Set.of("alert-db", "smtp-credentials", "api-users", "alert-kafka", "console-account"));

    private static Tool kubectl;

    @BeforeAll
    static void tool() {
        kubectl = Tool.require("kubectl", "Install kubectl (it bundles Kustomize), e.g. Debian's kubernetes-client "
                + "or the kubectl binary of a Kubernetes release.");
    }

    /** The objects of one rendering, looked up by kind and (generated names without their hash suffix) name. */
    record Rendered(List<JsonNode> objects) {
        Stream<JsonNode> ofKind(String kind) {
            return objects.stream().filter(o -> o.path("kind").asText().equals(kind));
        }

        JsonNode get(String kind, String name) {
            return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + names()));
        }

        Optional<JsonNode> find(String kind, String name) {
            return ofKind(kind).filter(o -> {
                String actual = o.path("metadata").path("name").asText();
                return actual.equals(name) || actual.matches(Pattern.quote(name) + "-[a-z0-9]{10}");
            }).findFirst();
        }

        Map<String, String> data(JsonNode object) {
            Map<String, String> data = new HashMap<>();
            object.path("data").fields().forEachRemaining(e -> data.put(e.getKey(),
                    object.path("kind").asText().equals("Secret")
                            ? new String(Base64.getMimeDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8)
                            : e.getValue().asText()));
            return data;
        }

        List<String> names() {
            return objects.stream().map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText()).toList();
        }
    }

    private static Rendered render(Path kustomization) {
        Tool.Result result = kubectl.run(kustomization, Map.of(), "kustomize", kustomization.toString());
        assertThat(result.succeeded()).as("kubectl kustomize %s: %s", kustomization, result.describe()).isTrue();
        return new Rendered(Repository.yamlDocuments(result.stdout()));
    }

    private static Rendered base() {
        return render(Repository.file("deploy/kubernetes/base"));
    }

    /**
     * The production overlay as an operator uses it: a copy of deploy/kubernetes whose secrets/*.env were written
     * from the committed *.env.example files.
     */
    private static Rendered production(Path work, Map<String, String> secretValues) throws IOException {
        Path copy = work.resolve("kubernetes");
        copyTree(Repository.file("deploy/kubernetes"), copy);
        Path secrets = copy.resolve("overlays/production/secrets");
        try (Stream<Path> examples = Files.list(secrets)) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".env.example")).toList()) {
                String name = example.getFileName().toString();
                String envFile = name.substring(0, name.length() - ".example".length());
                StringBuilder filled = new StringBuilder();
                for (String line : Files.readAllLines(example)) {
                    if (line.matches("[A-Z0-9_]+=")) {
                        String key = line.substring(0, line.length() - 1);
                        String value = key.endsWith("_PASSWORD_HASH") ? PasswordHashes.hash("pw-" + key)
                                : "prod-" + envFile + "-" + key;
                        secretValues.put(envFile + ":" + key, value);
                        line = key + "=" + value;
                    }
                    filled.append(line).append('\n');
                }
                Files.writeString(secrets.resolve(envFile), filled);
            }
        }
        return render(copy.resolve("overlays/production"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".env")) { // never a developer's real secrets
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void baseRunsEachServiceWithHealthProbesResourcesAndNoRoot() {
        Rendered base = base();
        assertThat(base.ofKind("Deployment").map(d -> d.path("metadata").path("name").asText()))
                .containsExactlyInAnyOrderElementsOf(PORTS.keySet());
        PORTS.forEach((name, port) -> {
            JsonNode deployment = base.get("Deployment", name);
            JsonNode pod = deployment.path("spec").path("template");
            assertThat(deployment.path("spec").path("selector").path("matchLabels").fields())
                    .toIterable().allSatisfy(l -> assertThat(pod.path("metadata").path("labels").path(l.getKey()).asText())
                            .isEqualTo(l.getValue().asText()));
            assertThat(pod.path("spec").path("containers")).hasSize(1);
            JsonNode container = pod.path("spec").path("containers").get(0);

            assertThat(container.path("image").asText()).isEqualTo("policy-monitor/" + name + ":0.1.0-SNAPSHOT");
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(port);
            assertThat(container.path("ports").get(0).path("name").asText()).isEqualTo("http");
            // health, metrics and OpenAPI on the management port, which the Service does not expose
            assertThat(container.path("ports").get(1).path("name").asText()).isEqualTo("management");
            assertThat(container.path("ports").get(1).path("containerPort").asInt()).isEqualTo(port + 1000);
            assertThat(pod.path("metadata").path("annotations").path("prometheus.io/port").asText())
                    .isEqualTo(String.valueOf(port + 1000));
            assertProbe(container, "livenessProbe", "/q/health/live");
            assertProbe(container, "readinessProbe", "/q/health/ready");
            // not /q/health/started: it includes the Kafka channels, and a broker outage must not restart pods
            assertProbe(container, "startupProbe", "/q/health/live");

            JsonNode resources = container.path("resources");
            for (String resource : new String[] {"cpu", "memory"}) {
                String request = resources.path("requests").path(resource).asText();
                String limit = resources.path("limits").path(resource).asText();
                assertThat(request).as("%s request of %s", resource, name).isNotEmpty();
                assertThat(limit).as("%s limit of %s", resource, name).isNotEmpty();
                assertThat(Quantity.parse(limit)).as("%s limit >= request for %s", resource, name)
                        .isGreaterThanOrEqualTo(Quantity.parse(request));
            }

            assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(mountPaths(container)).as("writable /tmp for a read-only root").contains("/tmp");
            assertThat(pod.path("metadata").path("annotations").path("prometheus.io/path").asText()).isEqualTo("/q/metrics");

            JsonNode service = base.get("Service", name);
            assertThat(service.path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(port);
            assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("http");
            assertThat(service.path("spec").path("ports")).as("Service %s exposes the API port only", name).hasSize(1);
            service.path("spec").path("selector").fields().forEachRemaining(l ->
                    assertThat(pod.path("metadata").path("labels").path(l.getKey()).asText())
                            .as("Service %s selects the pods of its Deployment", name).isEqualTo(l.getValue().asText()));
        });
    }

    private static void assertProbe(JsonNode container, String probe, String path) {
        JsonNode http = container.path(probe).path("httpGet");
        assertThat(http.path("path").asText()).as("%s path", probe).isEqualTo(path);
        assertThat(http.path("port").asText()).as("%s port", probe).isEqualTo("management");
    }

    private static List<String> mountPaths(JsonNode container) {
        List<String> paths = new ArrayList<>();
        container.path("volumeMounts").forEach(m -> paths.add(m.path("mountPath").asText()));
        return paths;
    }

    /** Every ConfigMap and Secret a container reads exists in the rendering (with its generated name). */
    private static Map<String, String> environmentOf(Rendered rendered, String service) {
        JsonNode container = rendered.get("Deployment", service).path("spec").path("template").path("spec")
                .path("containers").get(0);
        Map<String, String> env = new HashMap<>();
        Set<String> secretNames = new TreeSet<>();
        for (JsonNode source : container.path("envFrom")) {
            boolean secret = source.has("secretRef");
            String name = source.path(secret ? "secretRef" : "configMapRef").path("name").asText();
            JsonNode object = rendered.ofKind(secret ? "Secret" : "ConfigMap")
                    .filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " reads " + name + ", which is not rendered: "
                            + rendered.names()));
            if (secret) {
                secretNames.add(name.replaceAll("-[a-z0-9]{10}$", ""));
            }
            env.putAll(rendered.data(object));
        }
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        assertThat(secretNames).as("Secrets %s may read", service).isEqualTo(SECRETS.get(service));
        return env;
    }

    @Test
    void everyRenderedFieldIsOneTheKubernetesApiDefines(@TempDir Path work) throws IOException {
        List<JsonNode> objects = new ArrayList<>(base().objects());
        objects.addAll(production(work, new HashMap<>()).objects());
        List<String> unknown = new ArrayList<>();
        objects.forEach(o -> unknown.addAll(KubernetesSchema.unknownFields(o)));
        assertThat(unknown).isEmpty();
        // and the check does see a misspelt field
        JsonNode deployment = base().get("Deployment", "alert-service").deepCopy();
        ((ObjectNode) deployment.path("spec").path("template").path("spec")
                .path("containers").get(0)).put("livenesProbe", "typo");
        assertThat(KubernetesSchema.unknownFields(deployment))
                .containsExactly("apps/v1/Deployment alert-service:.spec.template.spec.containers[0].livenesProbe");
    }

    @Test
    void servicesAreConfiguredForExternalKafkaPostgresAndSmtp() {
        Rendered base = base();
        for (String service : PORTS.keySet()) {
            Map<String, String> env = environmentOf(base, service);
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).as("Kafka of %s", service).matches("[a-z0-9.-]+:\\d+(,[a-z0-9.-]+:\\d+)*");
            assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(PORTS.get(service)));
            assertThat(env).containsKeys("POLICY_AUTH_USERS_ADMIN_PASSWORD_HASH", "POLICY_AUTH_USERS_ADMIN_ROLES");
        }
        Map<String, String> ingest = environmentOf(base, "ingest-service");
        assertThat(ingest.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://").contains("/policy_ingest");
        assertThat(ingest).containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

        Map<String, String> alert = environmentOf(base, "alert-service");
        assertThat(alert.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://").contains("/policy_alert");
        assertThat(alert).containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM",
                "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD");
        assertThat(alert.get("QUARKUS_MAILER_MOCK")).isEqualTo("false");
    }

    @Test
    void baseSecretsArePlaceholdersThatLetNobodyIn() {
        Rendered base = base();
        Map<String, String> users = base.data(base.get("Secret", "api-users"));
        assertThat(users.keySet()).allMatch(k -> k.matches("POLICY_AUTH_USERS_[A-Z0-9]+_(PASSWORD_HASH|ROLES)"));
        users.forEach((key, value) -> {
            if (key.endsWith("_PASSWORD_HASH")) {
                assertThat(PasswordHashes.isBcrypt(value)).as("%s is a placeholder, not a usable hash", key).isFalse();
            }
        });
        for (String secret : new String[] {"ingest-db", "alert-db", "smtp-credentials", "ingest-kafka",
                "classifier-kafka", "alert-kafka", "console-account"}) {
            assertThat(base.data(base.get("Secret", secret))).as(secret).containsValue("REPLACE_ME");
        }
    }

    @Test
    void sourcesAndRulesAreMountedWhereTheServicesReadThem() {
        Rendered base = base();
        assertMounted(base, "ingest-service", "POLICY_SOURCES_FILE", "policy-sources", ShippedFiles.SOURCES_COPY);
        assertMounted(base, "classifier-service", "POLICY_RULES_FILE", "policy-rules", ShippedFiles.RULES_COPY);
        assertMounted(base, "alert-service", "POLICY_ALERT_RULES_FILE", "policy-rules", ShippedFiles.RULES_COPY);
    }

    private static void assertMounted(Rendered rendered, String service, String variable, String configMap,
                                      String copy) {
        String file = environmentOf(rendered, service).get(variable);
        assertThat(file).as("%s of %s", variable, service).isNotEmpty();
        JsonNode podSpec = rendered.get("Deployment", service).path("spec").path("template").path("spec");
        JsonNode map = rendered.get("ConfigMap", configMap);
        String mapName = map.path("metadata").path("name").asText();
        String volume = null;
        for (JsonNode v : podSpec.path("volumes")) {
            if (v.path("configMap").path("name").asText().equals(mapName)) {
                volume = v.path("name").asText();
            }
        }
        assertThat(volume).as("a volume of ConfigMap %s in %s", mapName, service).isNotNull();
        String mountPath = null;
        for (JsonNode m : podSpec.path("containers").get(0).path("volumeMounts")) {
            if (m.path("name").asText().equals(volume)) {
                mountPath = m.path("mountPath").asText();
                assertThat(m.has("subPath")).as("mounted as a folder, so that updates reach the pod").isFalse();
            }
        }
        assertThat(mountPath).as("mount of %s", volume).isNotNull();
        assertThat(file).startsWith(mountPath + "/");
        String key = file.substring(mountPath.length() + 1);
        assertThat(rendered.data(map)).as("ConfigMap %s", mapName).containsKey(key);
        assertThat(rendered.data(map).get(key)).as("%s in ConfigMap %s is %s", key, mapName, copy)
                .isEqualTo(Repository.read(Repository.file(copy)));
    }

    @Test
    void productionOverlayPinsImagesScalesAndTakesSecretsFromFiles(@TempDir Path work) throws IOException {
        Rendered base = base();
        Map<String, String> secretValues = new HashMap<>();
        Rendered production = production(work, secretValues);

        for (JsonNode object : production.objects()) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertThat(object.path("metadata").path("namespace").asText())
                        .as("namespace of %s", object.path("metadata").path("name").asText()).isEqualTo("policy-monitor");
            }
        }
        assertThat(production.find("Namespace", "policy-monitor")).isPresent();

        PORTS.keySet().forEach(name -> {
            JsonNode spec = production.get("Deployment", name).path("spec");
            JsonNode container = spec.path("template").path("spec").path("containers").get(0);
            assertThat(container.path("image").asText()).as("image of %s", name)
                    .matches("[a-z0-9.-]+/policy-monitor/" + name + ":\\d+\\.\\d+\\.\\d+");
            assertThat(spec.path("replicas").asInt()).as("replicas of %s", name).isGreaterThanOrEqualTo(2);
            JsonNode baseContainer = base.get("Deployment", name).path("spec").path("template").path("spec")
                    .path("containers").get(0);
            assertThat(Quantity.parse(container.path("resources").path("limits").path("memory").asText()))
                    .as("production memory limit of %s", name)
                    .isGreaterThan(Quantity.parse(baseContainer.path("resources").path("limits").path("memory").asText()));
            assertProbe(container, "livenessProbe", "/q/health/live");
            assertProbe(container, "readinessProbe", "/q/health/ready");

            Map<String, String> env = environmentOf(production, name);
            env.forEach((key, value) -> assertThat(value).as("%s of %s", key, name).doesNotContain("REPLACE"));
            if (!name.equals("classifier-service")) {
                String database = name.replace("-service", "-db.env");
                assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).as("database password of %s", name)
                        .isEqualTo(secretValues.get(database + ":QUARKUS_DATASOURCE_PASSWORD"));
            }
            assertThat(env.get("POLICY_AUTH_USERS_ADMIN_PASSWORD_HASH"))
                    .isEqualTo(secretValues.get("api-users.env:POLICY_AUTH_USERS_ADMIN_PASSWORD_HASH"));
            // Kafka over TLS with the service's own SCRAM user (its ACLs: deploy/kafka/kafka-users.yaml)
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
            assertThat(env.get("KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
            assertThat(env.get("KAFKA_SASL_USERNAME")).isEqualTo(name);
            assertThat(env.get("KAFKA_SASL_PASSWORD"))
                    .isEqualTo(secretValues.get(name.replace("-service", "-kafka.env") + ":KAFKA_SASL_PASSWORD"));
            assertThat(PasswordHashes.isBcrypt(env.get("POLICY_AUTH_USERS_ADMIN_PASSWORD_HASH"))).isTrue();

            JsonNode budget = production.get("PodDisruptionBudget", name);
            assertThat(budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                    .isEqualTo(name);
        });
        assertMounted(production, "ingest-service", "POLICY_SOURCES_FILE", "policy-sources", ShippedFiles.SOURCES_COPY);
        assertMounted(production, "classifier-service", "POLICY_RULES_FILE", "policy-rules", ShippedFiles.RULES_COPY);
        assertMounted(production, "alert-service", "POLICY_ALERT_RULES_FILE", "policy-rules", ShippedFiles.RULES_COPY);
    }

    @Test
    void productionOverlayRefusesToRenderWithoutItsSecretFiles(@TempDir Path work) throws IOException {
        Path copy = work.resolve("kubernetes");
        copyTree(Repository.file("deploy/kubernetes"), copy);
        Tool.Result result = kubectl.run(copy, Map.of(), "kustomize", copy.resolve("overlays/production").toString());
        assertThat(result.succeeded()).as("no placeholder secret can reach production").isFalse();
        assertThat(result.stderr()).contains("secrets/");
    }

    @Test
    void gitIgnoresTheOverlaySecretFiles() {
        assertThat(Repository.read(Repository.file("deploy/kubernetes/overlays/production/.gitignore")).lines())
                .contains("*.env");
    }
}
