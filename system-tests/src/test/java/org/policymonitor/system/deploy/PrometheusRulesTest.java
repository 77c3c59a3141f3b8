package org.policymonitor.system.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus' own checker on deploy/monitoring/prometheus: the compose scrape configuration and the alert rules
 * are valid (PromQL parsed by Prometheus itself), and the rules' unit tests (alerts-test.yml: synthetic series in,
 * expected alerts out) pass — a failing source, a dead delivery, a lagging consumer, a stuck outbox, a refused
 * rules file each raise their alert at the right time, and normal traffic raises none.
 */
class PrometheusRulesTest {

    private static Tool promtool;
    private static Path dir;

    @BeforeAll
    static void tool() {
        promtool = Tool.require("promtool", "Install Prometheus' promtool (Debian: apt-get install -y "
                + "--no-install-recommends prometheus; the service is not started where policy-rc.d forbids it).");
        dir = Repository.file("deploy/monitoring/prometheus");
    }

    @Test
    void scrapeConfigurationAndRulesAreValid() {
        // prometheus-kubernetes.yml is not checked here: Debian builds Prometheus without Kubernetes discovery
        Tool.Result config = promtool.run(dir, Map.of(), "check", "config", "prometheus.yml");
        assertThat(config.succeeded()).as("promtool check config: %s", config.describe()).isTrue();
        Tool.Result rules = promtool.run(dir, Map.of(), "check", "rules", "alerts.yml");
        assertThat(rules.succeeded()).as("promtool check rules: %s", rules.describe()).isTrue();
    }

    @Test
    void alertsFireWhenAndOnlyWhenTheyShould() {
        Tool.Result tests = promtool.run(dir, Map.of(), "test", "rules", "alerts-test.yml");
        assertThat(tests.succeeded()).as("promtool test rules: %s", tests.describe()).isTrue();
        assertThat(tests.stdout() + tests.stderr()).contains("SUCCESS");
    }
}
