package org.policymonitor.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.launcher.demo.DemoSubscription;
import org.policymonitor.launcher.infra.PortRetry;
import org.policymonitor.launcher.infra.Ports;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.FakeService;
import org.policymonitor.launcher.service.ServiceProcess;
import org.policymonitor.testing.Deadlines;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher's demo start-up for real — Kafka, PostgreSQL, the SMTP catcher, the demo site — with stand-in
 * service processes (real JVMs from fake {@code quarkus-run.jar}s; the real services are exercised by system-tests):
 * the order, the configuration each service gets, the demo subscription, the summary, and the stop.
 */
class LauncherTest {

    @TempDir
    Path root;

    @Test
    void demoStartWiresEveryServiceSubscribesBeforeIngestStartsPrintsWhereThingsAreAndStopsEverything() throws Exception {
        for (Service s : Service.values()) {
            FakeService.jar(s.jar(root));
        }
        // the launcher binds the very ports a user names, and another process (a second test suite on the machine) may
        // take one of these, chosen free, before it does: the launcher then stops with its message, and the test tries
        // again on ports chosen anew, with a data folder of its own (the printout says whether the folder is new)
        AtomicInteger attempt = new AtomicInteger();
        Started started = PortRetry.start("the launcher", OPTIONS.stream().mapToInt(o -> Ports.free()).toArray(),
                ports -> start(root.resolve("data-" + attempt.incrementAndGet()), ports));
        Path data = started.data();
        LauncherOptions options = started.options();
        ByteArrayOutputStream printed = started.printed();
        Launcher launcher = started.launcher();
        try {
            String out = printed.toString(StandardCharsets.UTF_8);
            Credentials credentials = Credentials.loadOrCreate(data);
            assertThat(out).contains("(demo); data in " + data + " (new)")
                    .contains("admin   / " + credentials.adminPassword())
                    .contains("analyst / " + credentials.analystPassword())
                    .contains("http://localhost:" + options.alertPort() + "/api/items")
                    .contains("/q/swagger-ui") // on the management port
                    .doesNotContain("http://localhost:" + options.ingestPort() + "/q/swagger-ui")
                    .contains("http://localhost:" + options.mailWebPort() + "/")
                    .contains("127.0.0.1:" + options.kafkaPort())
                    .contains("jdbc:postgresql://localhost:" + options.postgresPort() + "/policy_alert")
                    .contains("demo subscription #1");

            String ingest = Files.readString(data.resolve("logs/ingest-service.log"));
            String alert = Files.readString(data.resolve("logs/alert-service.log"));
            String classifier = Files.readString(data.resolve("logs/classifier-service.log"));
            Path catalogue = data.resolve("demo/sources.yaml");
            assertThat(Files.readString(catalogue)).contains("http://127.0.0.1:" + options.demoPort() + "/belta/en/rss");
            assertThat(ingest).contains("config policy.sources.file=" + catalogue)
                    .contains("config quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + options.postgresPort() + "/policy_ingest")
                    .contains("config quarkus.http.port=" + options.ingestPort())
                    .contains("config policy.auth.users.admin.password-hash=$2");
            assertThat(alert).contains("config quarkus.mailer.port=" + options.smtpPort())
                    .contains("config quarkus.mailer.mock=false")
                    .contains("config quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + options.postgresPort() + "/policy_alert")
                    .contains("POST /api/subscriptions by admin")
                    .contains("\"email\":\"" + DemoSubscription.EMAIL + "\"")
                    .contains("\"mode\":\"immediate\"");
            assertThat(classifier).contains("config policy.auth.users.analyst.roles=analyst")
                    .doesNotContain("quarkus.datasource");
            // the subscription exists before ingest-service even starts, so no demo item can miss it
            assertThat(millis(alert, "POST /api/subscriptions by admin at (\\d+)")).isLessThan(millis(ingest, "started at (\\d+)"));
        } finally {
            launcher.stop();
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Stopped in");
        for (Service s : Service.values()) {
            assertThat(Files.readString(data.resolve("logs/" + s.module() + ".log"))).contains("fake service stopping gracefully");
        }
        assertThat(List.of(options.kafkaPort(), options.postgresPort(), options.smtpPort(), options.mailWebPort(),
                options.ingestPort(), options.classifierPort(), options.alertPort(), options.demoPort()))
                .allSatisfy(port -> assertThat(Ports.isFree(port)).as("port %d free", port).isTrue());
    }

    @Test
    void aServiceThatDiesWhileTheSystemRunsIsStartedAgainOnItsPort() throws Exception {
        for (Service s : Service.values()) {
            FakeService.jar(s.jar(root));
        }
        AtomicInteger attempt = new AtomicInteger();
        Started started = PortRetry.start("the launcher", OPTIONS.stream().mapToInt(o -> Ports.free()).toArray(),
                ports -> start(root.resolve("data-" + attempt.incrementAndGet()), ports));
        Launcher launcher = started.launcher();
        ByteArrayOutputStream printed = started.printed();
        Thread watching = new Thread(launcher::watch, "watch");
        watching.start();
        try {
            // a service that exits on its own (a crash, an OOM kill, exit code 70 after a channel failed for good)
            // is what Compose's restart policy and Kubernetes take care of; run.sh has no such supervisor but itself
            ServiceProcess dead = launcher.stack().services().stream()
                    .filter(p -> p.name().equals("alert-service")).findFirst().orElseThrow();
            dead.kill();
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("✗ alert-service stopped unexpectedly")
                    .contains("↻ alert-service restarted"));
            ServiceProcess again = launcher.stack().services().stream()
                    .filter(p -> p.name().equals("alert-service")).findFirst().orElseThrow();
            assertThat(again).isNotSameAs(dead);
            assertThat(again.isAlive()).isTrue();
            assertThat(again.port()).isEqualTo(started.options().alertPort());
        } finally {
            launcher.stop();
            watching.join(10_000);
        }
        assertThat(Ports.isFree(started.options().alertPort())).isTrue();
    }

    private static final List<String> OPTIONS = List.of("--kafka-port", "--kafka-controller-port", "--postgres-port",
            "--smtp-port", "--mail-web-port", "--ingest-port", "--classifier-port", "--alert-port", "--demo-port");

    private record Started(Path data, LauncherOptions options, ByteArrayOutputStream printed, Launcher launcher) {
    }

    /** A demo launcher started on these ports ({@link #OPTIONS}' order); stopped again if it could not start. */
    private Started start(Path data, int[] ports) {
        List<String> args = new ArrayList<>(List.of("--demo", "--data", data.toString()));
        for (int i = 0; i < OPTIONS.size(); i++) {
            args.add(OPTIONS.get(i));
            args.add(String.valueOf(ports[i]));
        }
        LauncherOptions options = LauncherOptions.parse(args.toArray(String[]::new), Map.of("POLICY_REPO_ROOT", root.toString()), root);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            launcher.stop();
            throw e;
        }
        return new Started(data, options, printed, launcher);
    }

    private static long millis(String log, String regex) {
        Matcher m = Pattern.compile(regex).matcher(log);
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1));
    }
}
