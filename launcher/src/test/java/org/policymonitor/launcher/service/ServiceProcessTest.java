package org.policymonitor.launcher.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.launcher.infra.Ports;
import org.policymonitor.testing.Deadlines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A real child JVM started from a jar (a stand-in for quarkus-run.jar), waited for, stopped and killed. */
class ServiceProcessTest {

    @TempDir
    Path dir;

    @Test
    void startsWithItsConfigurationWaitsUntilReadyAndStopsGracefully() throws Exception {
        Path jar = fakeServiceJar();
        // a port the system gives the service when it binds (one chosen free here could be taken before it binds)
        ServiceSpec spec = new ServiceSpec("fake-service", jar, 0,
                Map.of("quarkus.http.port", "0", "policy.auth.users.admin.password-hash", "$2a$10$abc"),
                List.of("-Xmx64m"), dir.resolve("logs/fake-service.log"), dir.resolve("run/fake-service.pid"), dir);
        ServiceProcess process = ServiceProcess.start(spec);
        assertThat(Files.readString(spec.pidFile()).trim()).isEqualTo(String.valueOf(process.pid()));

        process.awaitReady(Deadlines.ARRIVES);
        int port = process.port();

        assertThat(port).isPositive();
        assertThat(Ports.isFree(port)).as("the service listens on the port it reported").isFalse();
        assertThat(Files.readString(spec.logFile()))
                .contains("config policy.auth.users.admin.password-hash=$2a$10$abc")
                .contains("config quarkus.http.port=0");
        process.stop(Deadlines.ARRIVES);
        assertThat(process.isAlive()).isFalse();
        assertThat(spec.pidFile()).doesNotExist();
        assertThat(Files.readString(spec.logFile())).contains("fake service stopping gracefully");
        assertThat(Ports.isFree(port)).isTrue();
    }

    @Test
    void passwordsGoToTheServiceInItsEnvironmentNotOnItsCommandLineWhereEveryLocalUserCanReadThem() {
        ServiceSpec spec = new ServiceSpec("fake-service", dir.resolve("fake.jar"), 8083,
                Map.of("quarkus.http.port", "8083", "policy.alert.console.classifier.password", "s3cret-one",
                        "quarkus.datasource.password", "s3cret-two"),
                List.of(), dir.resolve("fake.log"), null, dir);

        assertThat(String.join(" ", ServiceProcess.command(spec))).doesNotContain("s3cret").contains("-Dquarkus.http.port=8083");
        assertThat(ServiceProcess.secretEnvironment(spec)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "POLICY_ALERT_CONSOLE_CLASSIFIER_PASSWORD", "s3cret-one", "QUARKUS_DATASOURCE_PASSWORD", "s3cret-two"));
    }

    @Test
    void aServiceThatExitsDuringStartupIsReportedWithTheEndOfItsLog() throws Exception {
        Path jar = fakeServiceJar();
        ServiceSpec spec = new ServiceSpec("broken-service", jar, 0, Map.of("quarkus.http.port", "0", "fake.exit", "3"),
                List.of(), dir.resolve("logs/broken.log"), null, dir);
        ServiceProcess process = ServiceProcess.start(spec);
        assertThatThrownBy(() -> process.awaitReady(Deadlines.ARRIVES))
                .hasMessageContaining("broken-service exited with code 3")
                .hasMessageContaining("cannot connect to the database");
    }

    @Test
    void aServiceLeftRunningByAKilledLauncherIsStoppedBeforeANewOneStarts() throws Exception {
        Path jar = fakeServiceJar();
        // named like a Quarkus service so that stopLeftover recognises it
        Path quarkusJar = Files.copy(jar, dir.resolve("quarkus-run.jar"));
        ServiceSpec spec = new ServiceSpec("leftover-service", quarkusJar, 0, Map.of("quarkus.http.port", "0"),
                List.of(), dir.resolve("logs/leftover.log"), dir.resolve("run/leftover.pid"), dir);
        ServiceProcess orphan = ServiceProcess.start(spec);
        orphan.awaitReady(Deadlines.ARRIVES);

        assertThat(ServiceProcess.stopLeftover(spec.pidFile(), Duration.ofSeconds(10))).contains(orphan.pid());
        await().atMost(Deadlines.ARRIVES).until(() -> !orphan.isAlive());
        assertThat(spec.pidFile()).doesNotExist();
        assertThat(ServiceProcess.stopLeftover(spec.pidFile(), Duration.ofSeconds(10))).isEmpty();
    }

    private Path fakeServiceJar() throws Exception {
        return FakeService.jar(dir.resolve("fake-service.jar"));
    }
}
