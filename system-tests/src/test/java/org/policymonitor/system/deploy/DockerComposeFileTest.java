package org.policymonitor.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml as {@code docker-compose config} (Debian's docker-compose 1.29, which needs no engine) resolves
 * it with the documented .env: valid, the infrastructure images the Testcontainers mode uses, health-ordered start,
 * every secret from the environment.
 */
class DockerComposeFileTest {

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?");
    private static final Map<String, Integer> APP_PORTS = Map.of(
            "ingest-service", 8081, "classifier-service", 8082, "alert-service", 8083);

    private static Tool compose;
    private static Path root;
    /** docker-compose.yml as compose resolves it with deploy/.env.example filled in. */
    private static JsonNode resolved;

    @BeforeAll
    static void resolve(@TempDir Path dir) throws IOException {
        compose = Tool.require("docker-compose",
                "Install Debian's docker-compose package (apt-get install -y docker-compose): its 'config' command "
                        + "validates the file without a Docker engine.");
        root = Repository.root();
        Tool.Result result = config(writeEnvFile(dir, "example.env", filledExample()));
        assertThat(result.succeeded()).as("docker-compose config with deploy/.env.example filled in: %s", result.describe())
                .isTrue();
        resolved = Repository.yaml(result.stdout());
    }

    /** The variables docker-compose.yml cannot do without ({@code ${NAME:?message}}). */
    private static Set<String> requiredVariables() {
        Set<String> names = new TreeSet<>();
        Matcher m = REQUIRED_VARIABLE.matcher(Repository.read(Repository.file("docker-compose.yml")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** deploy/.env.example as a user fills it in: every empty value gets a distinct secret-looking value. */
    private static Map<String, String> filledExample() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repository.read(Repository.file("deploy/.env.example")).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String key = trimmed.substring(0, eq);
            String value = trimmed.substring(eq + 1);
            values.put(key, value.isEmpty() ? (key.endsWith("_HASH") ? "$2a$12$" + key : "s3cret-" + key) : value);
        }
        return values;
    }

    private static Path writeEnvFile(Path dir, String name, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder();
        // single quotes: compose takes the value literally (bcrypt hashes contain '$')
        values.forEach((k, v) -> text.append(k).append("='").append(v).append("'\n"));
        return Files.writeString(dir.resolve(name), text.toString());
    }

    private static Tool.Result config(Path envFile) {
        return compose.run(root, Map.of(), "--project-directory", root.toString(),
                "--file", root.resolve("docker-compose.yml").toString(), "--env-file", envFile.toString(), "config");
    }

    @Test
    void exampleEnvironmentNamesEveryRequiredVariable() {
        Set<String> emptyInExample = new TreeSet<>();
        for (String line : Repository.read(Repository.file("deploy/.env.example")).split("\n")) {
            if (line.matches("[A-Z0-9_]+=\\s*")) {
                emptyInExample.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(requiredVariables()).isNotEmpty();
        assertThat(emptyInExample).as("the variables deploy/.env.example asks the user to fill in")
                .isEqualTo(requiredVariables());
    }

    @Test
    void eachRequiredSecretMissingStopsComposeNamingIt(@TempDir Path dir) {
        // one compose run per variable, in parallel: each takes about a second to start
        requiredVariables().parallelStream().forEach(variable -> {
            Map<String, String> values = filledExample();
            values.remove(variable);
            Tool.Result result;
            try {
                result = config(writeEnvFile(dir, "without-" + variable + ".env", values));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(result.succeeded()).as("config without %s", variable).isFalse();
            assertThat(result.stderr()).as("config without %s", variable).contains(variable);
        });
    }

    @Test
    void secretsAreNeverWrittenIntoTheFile() {
        JsonNode services = Repository.yaml(Repository.file("docker-compose.yml")).path("services");
        Set<String> checked = new LinkedHashSet<>();
        services.fields().forEachRemaining(service -> service.getValue().path("environment").fields()
                .forEachRemaining(env -> {
                    if (env.getKey().matches(".*(PASSWORD|HASH|SECRET|TOKEN).*")) {
                        checked.add(service.getKey() + "." + env.getKey());
                        assertThat(env.getValue().asText())
                                .as("%s of %s must come from the environment", env.getKey(), service.getKey())
                                .matches("\\$\\{[A-Z0-9_]+(:[?-][^}]*)?}");
                    }
                }));
        assertThat(checked).contains("postgres.POSTGRES_PASSWORD", "ingest-service.QUARKUS_DATASOURCE_PASSWORD",
                "alert-service.QUARKUS_DATASOURCE_PASSWORD", "alert-service.POLICY_AUTH_USERS_ADMIN_PASSWORD_HASH");
    }

    /**
     * Publishing the APIs to the network must not publish Kafka (unauthenticated: anyone reaching it could write
     * classified items and have signed alerts sent), PostgreSQL, Mailpit or Prometheus with them.
     */
    @Test
    void infrastructureStaysOnLoopbackWhenTheApisArePublished(@TempDir Path dir) throws IOException {
        Map<String, String> env = new LinkedHashMap<>(filledExample());
        env.put("POLICY_BIND_ADDRESS", "0.0.0.0");
        Tool.Result result = config(writeEnvFile(dir, "public.env", env));
        assertThat(result.succeeded()).as(result.describe()).isTrue();
        JsonNode services = Repository.yaml(result.stdout()).path("services");
        for (String infra : List.of("kafka", "postgres", "mailpit", "prometheus")) {
            JsonNode ports = services.path(infra).path("ports");
            if (ports.isMissingNode()) {
                continue; // a profile service compose left out
            }
            ports.forEach(p -> assertThat(hostIp(p)).as("%s published on", infra).isEqualTo("127.0.0.1"));
        }
        services.path("alert-service").path("ports")
                .forEach(p -> assertThat(hostIp(p)).as("the API published on").isEqualTo("0.0.0.0"));
    }

    /** "127.0.0.1:29092:29092/tcp" (docker-compose 1.x) or {host_ip: 127.0.0.1, …} (Compose v2). */
    private static String hostIp(JsonNode port) {
        return port.isTextual() ? port.asText().substring(0, port.asText().indexOf(':')) : port.path("host_ip").asText();
    }

    @Test
    void infrastructureImagesAreThoseOfTheTestcontainersMode() throws IOException {
        Properties images = new Properties();
        try (InputStream in = Files.newInputStream(Repository.file(
                "testing/src/main/resources/org/policymonitor/testing/images.properties"))) {
            images.load(in);
        }
        assertThat(images.stringPropertyNames()).containsExactlyInAnyOrder("kafka", "postgres", "mailpit");
        JsonNode services = resolved.path("services");
        for (String name : images.stringPropertyNames()) {
            assertThat(services.path(name).path("image").asText())
                    .as("image of compose service %s vs images.properties", name)
                    .isEqualTo(images.getProperty(name));
        }
    }

    @Test
    void applicationServicesAreBuiltFromDeployAndStartInHealthOrder() {
        JsonNode services = resolved.path("services");
        APP_PORTS.forEach((name, port) -> {
            JsonNode service = services.path(name);
            assertThat(service.isObject()).as("service %s", name).isTrue();

            JsonNode build = service.path("build");
            assertThat(Path.of(build.path("context").asText()).normalize()).isEqualTo(root);
            assertThat(root.resolve(build.path("dockerfile").asText())).isEqualTo(root.resolve("deploy/docker/Dockerfile"));
            assertThat(build.path("args").path("SERVICE").asText()).isEqualTo(name);
            assertThat(build.path("args").path("HTTP_PORT").asText()).isEqualTo(String.valueOf(port));
            assertThat(root.resolve(name).resolve("pom.xml")).as("module %s exists", name).isRegularFile();

            assertThat(build.path("args").path("MANAGEMENT_PORT").asText()).isEqualTo(String.valueOf(port + 1000));
            assertThat(service.path("healthcheck").path("test").toString())
                    .contains("http://127.0.0.1:" + (port + 1000) + "/q/health/ready");
            assertThat(service.path("ports").toString()).contains(String.valueOf(port))
                    .as("the management port (health, metrics, OpenAPI) is never published")
                    .doesNotContain(String.valueOf(port + 1000));
            assertThat(service.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(service.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
        });

        assertThat(services.path("ingest-service").path("depends_on").path("postgres").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(services.path("alert-service").path("depends_on").path("postgres").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(services.path("alert-service").path("depends_on").path("mailpit").path("condition").asText())
                .isEqualTo("service_healthy");

        // whatever a service waits for must have a health check, or it would never start
        services.fields().forEachRemaining(s -> s.getValue().path("depends_on").fields().forEachRemaining(d ->
                assertThat(services.path(d.getKey()).path("healthcheck").path("test").isMissingNode())
                        .as("%s waits for %s to be healthy, which needs a healthcheck", s.getKey(), d.getKey())
                        .isFalse()));
        // state survives a restart: named volumes, declared at the top level
        Map<String, String> dataDirs = Map.of("kafka", "/var/lib/kafka/data", "postgres", "/var/lib/postgresql/data",
                "mailpit", "/data");
        dataDirs.forEach((service, dataDir) -> {
            Mount mount = Mount.all(services.path(service)).stream().filter(m -> m.target().equals(dataDir)).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " keeps no volume at " + dataDir));
            assertThat(mount.isBind()).as("%s data in a named volume", service).isFalse();
            assertThat(resolved.path("volumes").has(mount.source())).as("volume %s declared", mount.source()).isTrue();
        });
    }

    @Test
    void servicesReachTheirDatabasesMailAndConfigurationFromTheEnvironment() {
        Map<String, String> example = filledExample();
        JsonNode services = resolved.path("services");
        JsonNode ingest = services.path("ingest-service").path("environment");
        JsonNode alert = services.path("alert-service").path("environment");
        JsonNode postgres = services.path("postgres").path("environment");

        assertThat(ingest.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/policy_ingest");
        assertThat(alert.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/policy_alert");
        // the init script creates the owner roles with the same passwords the services log in with
        assertThat(ingest.path("QUARKUS_DATASOURCE_PASSWORD").asText()).isEqualTo(example.get("POLICY_INGEST_DB_PASSWORD"))
                .isEqualTo(postgres.path("POLICY_INGEST_DB_PASSWORD").asText());
        assertThat(alert.path("QUARKUS_DATASOURCE_PASSWORD").asText()).isEqualTo(example.get("POLICY_ALERT_DB_PASSWORD"))
                .isEqualTo(postgres.path("POLICY_ALERT_DB_PASSWORD").asText());
        assertThat(services.path("postgres").path("volumes").toString()).contains("/docker-entrypoint-initdb.d/");
        assertThat(Repository.file("deploy/postgres/init-databases.sh")).isExecutable();

        assertThat(alert.path("QUARKUS_MAILER_HOST").asText()).isEqualTo("mailpit");
        assertThat(alert.path("QUARKUS_MAILER_PORT").asText()).isEqualTo("1025");
        assertThat(alert.path("QUARKUS_MAILER_MOCK").asText()).isEqualTo("false");

        for (String name : APP_PORTS.keySet()) {
            String hash = services.path(name).path("environment").path("POLICY_AUTH_USERS_ADMIN_PASSWORD_HASH").asText();
            // compose prints a literal '$' as '$$'
            assertThat(hash.replace("$$", "$")).as("admin hash of %s", name)
                    .isEqualTo(example.get("POLICY_ADMIN_PASSWORD_HASH"));
        }

        // deploy/'s copies (ShippedConfigCopiesTest keeps them equal to what the services ship)
        assertMountedFile(services.path("ingest-service"), "POLICY_SOURCES_FILE", ShippedFiles.SOURCES_COPY);
        assertMountedFile(services.path("classifier-service"), "POLICY_RULES_FILE", ShippedFiles.RULES_COPY);
        // alert-service reads the same rules for the themes subscriptions may name
        assertMountedFile(services.path("alert-service"), "POLICY_ALERT_RULES_FILE", ShippedFiles.RULES_COPY);
    }

    /** The file a service is told to read lies in a mounted host folder and is {@code expected}. */
    private static void assertMountedFile(JsonNode service, String variable, String expected) {
        String inContainer = service.path("environment").path(variable).asText();
        assertThat(inContainer).as(variable).isNotEmpty();
        Path hostFile = null;
        for (Mount mount : Mount.all(service)) {
            if (mount.isBind() && inContainer.startsWith(mount.target() + "/")) {
                hostFile = Path.of(mount.source()).resolve(inContainer.substring(mount.target().length() + 1));
                assertThat(mount.readOnly()).as("%s mounted read-only", mount.target()).isTrue();
            }
        }
        assertThat(hostFile).as("a bind mount holding %s=%s", variable, inContainer).isNotNull();
        assertThat(hostFile).as("%s on the host", variable).isRegularFile();
        assertThat(hostFile.normalize()).as("%s on the host", variable).isEqualTo(Repository.file(expected).normalize());
    }

    /** A volume entry of a resolved service, in the short ({@code source:target:mode}) or the long syntax. */
    record Mount(String source, String target, boolean readOnly) {
        boolean isBind() {
            return source.startsWith("/") || source.startsWith(".");
        }

        static List<Mount> all(JsonNode service) {
            List<Mount> mounts = new ArrayList<>();
            for (JsonNode volume : service.path("volumes")) {
                if (volume.isTextual()) {
                    String[] parts = volume.asText().split(":");
                    mounts.add(new Mount(parts[0], parts[1], parts.length > 2 && parts[2].contains("ro")));
                } else {
                    mounts.add(new Mount(volume.path("source").asText(), volume.path("target").asText(),
                            volume.path("read_only").asBoolean()));
                }
            }
            return mounts;
        }
    }
}
