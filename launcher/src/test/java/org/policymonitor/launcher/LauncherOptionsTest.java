package org.policymonitor.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherOptionsTest {

    private static final Path CWD = Path.of("/work/checkout");

    @Test
    void defaultsKeepDataInTheCheckoutAndUseTheDocumentedPorts() {
        LauncherOptions o = LauncherOptions.parse(new String[0], Map.of(), CWD);
        assertThat(o.demo()).isFalse();
        assertThat(o.dataDir()).isEqualTo(Path.of("/work/checkout/.run-data"));
        assertThat(o.repoRoot()).isEqualTo(CWD);
        assertThat(List.of(o.kafkaPort(), o.kafkaControllerPort(), o.postgresPort(), o.smtpPort(), o.mailWebPort()))
                .containsExactly(9092, 9093, 15432, 2525, 8025);
        assertThat(List.of(o.ingestPort(), o.classifierPort(), o.alertPort(), o.demoPort())).containsExactly(8081, 8082, 8083, 8090);
        assertThat(o.sourcesFile()).isEmpty();
        assertThat(o.serviceJvmOptions()).isEqualTo(LocalStack.DEFAULT_SERVICE_JVM_OPTIONS);
    }

    @Test
    void flagsWinOverEnvironmentVariables() {
        LauncherOptions o = LauncherOptions.parse(new String[] {"--demo", "--data", "/tmp/pm", "--kafka-port=19092", "--no-build"},
                Map.of("POLICY_KAFKA_PORT", "29092", "POLICY_SMTP_PORT", "3025", "POLICY_DATA_DIR", "elsewhere",
                        "POLICY_SERVICE_JAVA_OPTS", " -Xmx128m  -XX:+UseSerialGC "), CWD);
        assertThat(o.demo()).isTrue();
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/pm"));
        assertThat(o.kafkaPort()).isEqualTo(19092);
        assertThat(o.smtpPort()).isEqualTo(3025);
        assertThat(o.serviceJvmOptions()).containsExactly("-Xmx128m", "-XX:+UseSerialGC");
        assertThat(o.settings().dataDir()).isEqualTo(Path.of("/tmp/pm"));
    }

    @Test
    void relativePathsAreResolvedAgainstTheWorkingDirectory() {
        LauncherOptions o = LauncherOptions.parse(new String[] {"--data", "my-data", "--sources", "conf/sources.yaml"}, Map.of(), CWD);
        assertThat(o.dataDir()).isEqualTo(Path.of("/work/checkout/my-data"));
        assertThat(o.sourcesFile()).contains(Path.of("/work/checkout/conf/sources.yaml"));
    }

    @Test
    void mistakesAreReportedPlainly() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--kafka-port", "ninety"}, Map.of(), CWD))
                .hasMessageContaining("--kafka-port").hasMessageContaining("ninety");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--postgres-port", "70000"}, Map.of(), CWD))
                .hasMessageContaining("not a TCP port");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--data"}, Map.of(), CWD))
                .hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--dmeo"}, Map.of(), CWD))
                .hasMessageContaining("unknown option --dmeo");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--demo", "--sources", "x.yaml"}, Map.of(), CWD))
                .hasMessageContaining("--demo brings its own source catalogue");
    }
}
