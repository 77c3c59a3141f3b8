package org.policymonitor.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.policymonitor.launcher.infra.LocalPostgres;
import org.policymonitor.launcher.infra.MailStore;
import org.policymonitor.launcher.infra.PortRetry;
import org.policymonitor.launcher.infra.Ports;
import org.policymonitor.launcher.service.FakeService;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.ServiceProcess;
import org.policymonitor.testing.Deadlines;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The infrastructure part of the local system, for real: Kafka, PostgreSQL and the SMTP catcher on free ports in a
 * temporary data folder; used, stopped, and started again on the same folder to check that nothing was lost.
 * <p>
 * Two tests at a time ({@code junit-platform.properties}): each has its own folder and ports chosen free (chosen again
 * when taken, which is what several tests here check), and a stack mostly waits while it starts.
 */
@Execution(ExecutionMode.CONCURRENT)
class LocalStackTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOPIC = "launcher.test";

    @TempDir
    Path dataDir;

    @Test
    void infrastructureAnswersAndKeepsItsDataAcrossRestarts() throws Exception {
        LocalStack.Settings settings = LocalStack.Settings.withFreePorts(dataDir, Path.of(".."));
        String key = UUID.randomUUID().toString();
        String firstMailSubject = "Модельный закон об ИИ — alert " + key;
        String adminPassword;
        LocalStack.Settings used; // the ports in use: others than the ones chosen when one was taken meanwhile

        try (LocalStack stack = LocalStack.start(settings)) {
            used = stack.settings();
            // Kafka: the pipeline's topics exist, and a record goes through
            try (var admin = stack.kafka().admin()) {
                assertThat(admin.listTopics().names().get()).containsAll(LocalStack.TOPICS);
            }
            produce(stack.kafka().bootstrapServers(), key, "first run");
            assertThat(consumeAll(stack.kafka().bootstrapServers())).contains(key + "=first run");

            // PostgreSQL: the services' databases exist and take writes
            try (Connection c = stack.postgres().connect("policy_alert"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE launcher_check (id text primary key)");
                s.execute("INSERT INTO launcher_check VALUES ('" + key + "')");
            }
            try (Connection c = stack.postgres().connect("policy_ingest"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("policy_ingest");
            }

            // SMTP: a message sent to the catcher becomes an .eml file and shows on the mail page
            List<MailStore.StoredMail> heard = new ArrayList<>();
            stack.mail().onMessage(heard::add);
            send(stack.mail().smtpPort(), "analyst@example.org", firstMailSubject, "Evidence: «модельный закон»");
            assertThat(stack.mail().messages()).singleElement().satisfies(m -> {
                assertThat(m.subject()).isEqualTo(firstMailSubject);
                assertThat(m.to()).contains("analyst@example.org");
                assertThat(m.text()).contains("модельный закон");
                assertThat(m.file()).exists().hasParent(dataDir.resolve("mail"));
            });
            assertThat(heard).extracting(MailStore.StoredMail::subject).containsExactly(firstMailSubject);
            String page = get(stack.mail().webUrl());
            assertThat(page).contains(firstMailSubject).contains("analyst@example.org");
            JsonNode list = new ObjectMapper().readTree(get(stack.mail().webUrl() + "api/mail"));
            String name = list.get(0).get("name").asText();
            assertThat(get(stack.mail().webUrl() + "mail/" + name)).contains("модельный закон");
            assertThat(get(stack.mail().webUrl() + "mail/" + name + "/raw")).contains("Subject:");
            assertThat(status(stack.mail().webUrl() + "mail/..%2Fcredentials.properties")).isEqualTo(404);

            // users: generated once, owner-only
            adminPassword = stack.credentials().adminPassword();
            assertThat(Files.getPosixFilePermissions(dataDir.resolve(Credentials.FILE_NAME)))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE));
            Map<String, String> config = stack.serviceConfig(Service.ALERT, 18083, Map.of());
            assertThat(config).containsEntry("kafka.bootstrap.servers", stack.kafka().bootstrapServers())
                    .containsEntry("quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl("policy_alert"))
                    .containsEntry("quarkus.mailer.port", String.valueOf(stack.mail().smtpPort()))
                    .containsEntry("quarkus.mailer.mock", "false")
                    .containsKey("policy.auth.users.admin.password-hash");
        }
        assertThat(Ports.isFree(used.kafkaPort())).isTrue();
        assertThat(Ports.isFree(used.postgresPort())).isTrue();
        assertThat(Ports.isFree(used.smtpPort())).isTrue();

        // the same folder again: the record, the row, the mail and the users are still there
        try (LocalStack stack = LocalStack.start(settings)) {
            produce(stack.kafka().bootstrapServers(), key, "second run");
            assertThat(consumeAll(stack.kafka().bootstrapServers())).containsSubsequence(key + "=first run", key + "=second run");
            try (Connection c = stack.postgres().connect("policy_alert"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM launcher_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(key);
            }
            send(stack.mail().smtpPort(), "ops@example.org", "second", "after the restart");
            assertThat(stack.mail().messages()).extracting(MailStore.StoredMail::subject).containsExactly("second", firstMailSubject);
            assertThat(get(stack.mail().webUrl())).contains(firstMailSubject).contains("second");
            assertThat(stack.credentials().adminPassword()).isEqualTo(adminPassword);
        }
    }

    /** What the fault suite (system-tests, -Pfaults) needs: each part goes down and comes back on its port with its data. */
    @Test
    void forFaultTestsTheBrokerIsKilledAndPostgresAndSmtpStoppedThenEachComesBackWithItsData() throws Exception {
        LocalStack.Settings settings = LocalStack.Settings.withFreePorts(dataDir, Path.of("..")).withKafkaInChildProcess();
        String key = UUID.randomUUID().toString();
        int kafkaPort;
        try (LocalStack stack = LocalStack.start(settings)) {
            kafkaPort = stack.kafka().port();
            // the broker runs in a child JVM: SIGKILL, then the same port and log directory again
            produce(stack.kafka().bootstrapServers(), key, "before the kill");
            stack.kafka().kill();
            assertThat(stack.kafka().isRunning()).isFalse();
            assertThat(Ports.isFree(stack.kafka().port())).as("a killed broker's port refuses connections").isTrue();
            stack.kafka().restart();
            produce(stack.kafka().bootstrapServers(), key, "after the restart");
            assertThat(consumeAll(stack.kafka().bootstrapServers()))
                    .containsSubsequence(key + "=before the kill", key + "=after the restart");

            // PostgreSQL: stopped (clients refused), started again on the same data folder
            try (Connection c = stack.postgres().connect("policy_alert"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE outage_check (id text primary key)");
                s.execute("INSERT INTO outage_check VALUES ('" + key + "')");
            }
            stack.postgres().stop();
            assertThatThrownBy(() -> stack.postgres().connect("policy_alert").close()).isInstanceOf(SQLException.class);
            stack.postgres().restart();
            try (Connection c = stack.postgres().connect("policy_alert"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM outage_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(key);
            }

            // SMTP: refused while stopped, then caught again into the same folder
            stack.mail().stopSmtp();
            assertThatThrownBy(() -> send(stack.mail().smtpPort(), "a@example.org", "while down", "x"))
                    .isInstanceOf(MessagingException.class);
            stack.mail().startSmtp();
            send(stack.mail().smtpPort(), "a@example.org", "after the outage", "x");
            assertThat(stack.mail().messages()).extracting(MailStore.StoredMail::subject).containsExactly("after the outage");
        }
        assertThat(Ports.isFree(kafkaPort)).as("the child broker stopped with the stack").isTrue();
    }

    @Test
    void aTakenPortFailsWithAMessageThatSaysWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            LocalStack.Settings free = LocalStack.Settings.withFreePorts(dataDir, Path.of(".."));
            // PostgreSQL's port is the first one checked: the message names it whatever becomes of the others (ports
            // chosen free, which another process could take meanwhile)
            LocalStack.Settings settings = free.withPorts(free.kafkaPort(), free.kafkaControllerPort(), taken.getLocalPort(),
                    free.smtpPort(), free.mailWebPort());
            assertThatThrownBy(() -> LocalStack.start(settings))
                    .isInstanceOf(Ports.PortInUseException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("PostgreSQL")
                    .hasMessageContaining("--postgres-port");
            // nothing was started: the other ports are still free
            assertThat(Ports.isFree(free.kafkaPort())).isTrue();
            assertThat(Ports.isFree(free.kafkaControllerPort())).isTrue();
        }
    }

    /**
     * Kafka's and PostgreSQL's free ports are chosen before anything starts; another process (a second test suite on
     * the machine) can take one before its server binds it. Here the test takes every chosen port in between: each
     * part starts on another one. (The SMTP catcher and the mail page are given 0: each chooses its port as it binds.)
     */
    @Test
    void freePortsTakenByAnotherProcessBeforeTheStartAreChosenAgain() throws Exception {
        LocalStack.Settings chosen = LocalStack.Settings.withFreePorts(dataDir, Path.of(".."));
        assertThat(List.of(chosen.smtpPort(), chosen.mailWebPort())).containsOnly(0);
        List<Integer> taken = List.of(chosen.kafkaPort(), chosen.kafkaControllerPort(), chosen.postgresPort());
        try (TakenPorts others = new TakenPorts()) {
            for (int port : taken) {
                others.take(port);
            }
            try (LocalStack stack = LocalStack.start(chosen)) {
                LocalStack.Settings actual = stack.settings();
                assertThat(List.of(actual.kafkaPort(), actual.kafkaControllerPort(), actual.postgresPort(),
                        actual.smtpPort(), actual.mailWebPort())).doesNotContainAnyElementsOf(taken).allMatch(p -> p > 0);
                assertThat(stack.kafka().port()).isEqualTo(actual.kafkaPort());
                assertThat(stack.postgres().port()).isEqualTo(actual.postgresPort());
                assertThat(stack.mail().smtpPort()).isEqualTo(actual.smtpPort());
                assertThat(stack.mail().webUrl()).contains(":" + actual.mailWebPort() + "/");
                produce(stack.kafka().bootstrapServers(), "moved", "works");
                assertThat(consumeAll(stack.kafka().bootstrapServers())).contains("moved=works");
                try (Connection c = stack.postgres().connect("policy_alert")) {
                    assertThat(c.isValid(5)).isTrue();
                }
                send(stack.mail().smtpPort(), "a@example.org", "on the port chosen again", "x");
                assertThat(get(stack.mail().webUrl())).contains("on the port chosen again");
            }
        }
    }

    /**
     * A service's ports decided before its JVM starts can be taken by another process (a second test suite on the
     * machine) before the service binds them. Here the test takes every port the service's configuration names, right
     * after the start and long before the child JVM binds: the service must come up all the same.
     */
    @Test
    void aServiceComesUpWhenAnotherProcessTakesItsPortsBeforeItBindsThem() throws Exception {
        Path repo = dataDir.resolve("repo");
        FakeService.jar(Service.CLASSIFIER.jar(repo));
        try (LocalStack stack = LocalStack.start(LocalStack.Settings.withFreePorts(dataDir.resolve("data"), repo));
             TakenPorts others = new TakenPorts()) {
            ServiceProcess service = stack.startService(Service.CLASSIFIER, Map.of());
            for (String setting : List.of("quarkus.http.port", "quarkus.management.port")) {
                int port = Integer.parseInt(service.spec().config().get(setting));
                if (port != 0) {
                    others.take(port);
                }
            }
            service.awaitReady(Deadlines.ARRIVES);
            assertThat(get(service.managementUrl() + "/q/health/ready")).contains("UP");
            assertThat(service.port()).isPositive();
            assertThat(Ports.isFree(service.port())).as("the service listens on the port it reports").isFalse();
        }
    }

    /**
     * A service killed and started again: its port was free for as long as it was down, and another process (a second
     * test suite on the machine) may have taken it. Here the test takes it in between: the service must come up all
     * the same, with the configuration it had, on the port the system gives it now.
     */
    @Test
    void aRestartedServiceComesUpWhenAnotherProcessTookItsPortWhileItWasDown() throws Exception {
        Path repo = dataDir.resolve("repo");
        FakeService.jar(Service.ALERT.jar(repo));
        try (LocalStack stack = LocalStack.start(LocalStack.Settings.withFreePorts(dataDir.resolve("data"), repo));
             TakenPorts others = new TakenPorts()) {
            // a JVM option of this service only (a benchmark's GC sizing): the restarted process has it too
            ServiceProcess first = stack.startService(Service.ALERT, 0, Map.of("policy.alert.worker.interval", "1s"),
                    List.of("-Dpolicy.test.own-option=kept"));
            first.awaitReady(Deadlines.ARRIVES);
            int before = first.port();
            first.kill();
            others.take(before);

            ServiceProcess again = stack.restartService(first);
            again.awaitReady(Deadlines.ARRIVES);

            assertThat(get(again.managementUrl() + "/q/health/ready")).contains("UP");
            assertThat(again.port()).isNotEqualTo(before);
            assertThat(again.spec().config()).containsEntry("policy.alert.worker.interval", "1s")
                    .containsEntry("kafka.bootstrap.servers", stack.kafka().bootstrapServers());
            assertThat(stack.services()).containsExactly(again);
            assertThat(stack.service(Service.ALERT)).contains(again);
            assertThat(ProcessHandle.of(again.pid()).orElseThrow().info().arguments().orElseThrow())
                    .as("the restarted process's command line").contains("-Dpolicy.test.own-option=kept");
            assertThat(again.spec().jvmOptions()).endsWith("-Dpolicy.test.own-option=kept");
        }
    }

    @Test
    void aPostgresLeftRunningByAKilledLauncherIsStoppedAndTheDataFolderStartsAgain() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        // PostgreSQL is told its port before it binds it: one chosen free again when another process took it meanwhile
        LocalPostgres orphan = PortRetry.start("PostgreSQL", new int[] {Ports.free()},
                ports -> LocalPostgres.start(pgData, ports[0], dataDir.resolve("postgres.log")));
        int port = orphan.port();
        orphan.ensureDatabase("policy_alert");
        // the launcher "dies" without closing it: the postmaster keeps the folder and the port
        assertThat(Ports.isFree(port)).isFalse();

        assertThat(LocalPostgres.stopLeftover(pgData, Duration.ofSeconds(30))).isPresent();
        await().atMost(Deadlines.ARRIVES).until(() -> Ports.isFree(port));
        assertThat(LocalPostgres.stopLeftover(pgData, Duration.ofSeconds(30))).isEmpty();
        orphan.close(); // what the death of the launcher's JVM does too: its lock on the folder is released

        // the same folder again; on the same port unless another process took it since the orphan was stopped
        try (LocalPostgres again = PortRetry.start("PostgreSQL", new int[] {port},
                ports -> LocalPostgres.start(pgData, ports[0], dataDir.resolve("postgres.log")));
             Connection c = again.connect("policy_alert")) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, 0, key, value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "launcher-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Deadlines.ARRIVES).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.key() + "=" + r.value());
                }
                return !seen.isEmpty();
            });
            // whatever else is already in the partition
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                seen.add(r.key() + "=" + r.value());
            }
        }
        return seen;
    }

    private static void send(int port, String to, String subject, String text) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alerts@policy-monitor.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
