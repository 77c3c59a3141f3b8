package org.policymonitor.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/monitoring: Prometheus scrapes the three services where docker-compose and Kubernetes run them, the alert
 * rules and the Grafana dashboard query metrics the services really register, and Grafana's provisioning matches
 * the files compose mounts.
 */
class MonitoringConfigTest {

    private static final Map<String, String> TARGETS = Map.of(
            "ingest-service:9081", "ingest-service", "classifier-service:9082", "classifier-service",
            "alert-service:9083", "alert-service"); // the management ports: metrics are not on the API ports

    private static JsonNode composeServices() {
        return Repository.yaml(Repository.file("docker-compose.yml")).path("services");
    }

    @Test
    void prometheusScrapesTheThreeServicesWhereComposeRunsThem() {
        Path config = Repository.file("deploy/monitoring/prometheus/prometheus.yml");
        JsonNode prometheus = Repository.yaml(config);
        JsonNode compose = composeServices();

        Map<String, String> scraped = new TreeMap<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            assertThat(job.path("metrics_path").asText()).as("metrics path of job %s", job.path("job_name").asText())
                    .isEqualTo("/q/metrics");
            for (JsonNode group : job.path("static_configs")) {
                for (JsonNode target : group.path("targets")) {
                    scraped.put(target.asText(), group.path("labels").path("service").asText());
                }
            }
        }
        assertThat(scraped).isEqualTo(new TreeMap<>(TARGETS));
        scraped.keySet().forEach(target -> {
            String host = target.substring(0, target.indexOf(':'));
            String port = target.substring(target.indexOf(':') + 1);
            assertThat(compose.has(host)).as("compose runs %s", host).isTrue();
            assertThat(compose.path(host).path("healthcheck").path("test").toString())
                    .as("%s listens on %s", host, port).contains(":" + port + "/");
        });
        for (JsonNode rules : prometheus.path("rule_files")) {
            assertThat(config.resolveSibling(rules.asText())).as("rule file %s", rules.asText()).isRegularFile();
        }
        assertThat(compose.path("prometheus").path("volumes").toString()).contains("./deploy/monitoring/prometheus:/etc/prometheus");
        assertThat(compose.path("prometheus").path("command").toString()).contains("--config.file=/etc/prometheus/prometheus.yml");
    }

    @Test
    void prometheusOnKubernetesKeepsTheAnnotatedPodsOfPolicyMonitor() {
        JsonNode job = Repository.yaml(Repository.file("deploy/monitoring/prometheus/prometheus-kubernetes.yml"))
                .path("scrape_configs").get(0);
        assertThat(job.path("kubernetes_sd_configs").get(0).path("role").asText()).isEqualTo("pod");
        Map<String, String> kept = new TreeMap<>();
        JsonNode addressRule = null;
        for (JsonNode rule : job.path("relabel_configs")) {
            if (rule.path("action").asText().equals("keep")) {
                kept.put(rule.path("source_labels").get(0).asText(), rule.path("regex").asText());
            }
            if (rule.path("target_label").asText().equals("__address__")) {
                addressRule = rule;
            }
        }
        // the label and annotation that deploy/kubernetes/base puts on every pod
        assertThat(kept).containsEntry("__meta_kubernetes_pod_label_app_kubernetes_io_part_of", "policy-monitor")
                .containsEntry("__meta_kubernetes_pod_annotation_prometheus_io_scrape", "true");
        assertThat(addressRule).isNotNull();
        // Prometheus anchors relabel regexes and joins source labels with ';'
        String rewritten = "10.1.2.3:8080;8082".replaceAll("^(?:" + addressRule.path("regex").asText() + ")$",
                addressRule.path("replacement").asText().replace("$1", "\\$1").replace("$2", "\\$2")
                        .replace("\\$", "$"));
        assertThat(rewritten).isEqualTo("10.1.2.3:8082");
    }

    @Test
    void alertRulesCoverFailingSourcesDeadDeliveriesAndConsumerLag() {
        JsonNode alerts = Repository.yaml(Repository.file("deploy/monitoring/prometheus/alerts.yml"));
        Set<String> known = ServiceMetrics.known();
        List<String> names = new ArrayList<>();
        for (JsonNode group : alerts.path("groups")) {
            assertThat(group.path("name").asText()).isNotEmpty();
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                names.add(name);
                assertThat(name).as("alert name").matches("[A-Z][A-Za-z0-9]+");
                assertThat(rule.path("for").asText()).as("'for' of %s", name).matches("\\d+[smh]");
                assertThat(rule.path("labels").path("severity").asText()).as("severity of %s", name)
                        .isIn("warning", "critical");
                assertThat(rule.path("annotations").path("summary").asText()).as("summary of %s", name).isNotEmpty();
                assertThat(rule.path("annotations").path("description").asText()).as("description of %s", name).isNotEmpty();
                assertThat(PromQl.metricNames(rule.path("expr").asText())).as("metrics queried by alert %s", name)
                        .isNotEmpty().isSubsetOf(known);
            }
        }
        assertThat(names).doesNotHaveDuplicates()
                .contains("PolicyServiceDown", "PolicySourceFailing", "PolicyDeliveriesDead", "PolicyConsumerLagHigh",
                        "PolicyPipelineStalled", "PolicyIngestDeadLetters", "PolicyIngestCannotPublish",
                        "PolicyConsumerWaiting", "PolicyStatusDeadLettered");
    }

    /** Panels of a dashboard, those inside collapsed rows too. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    @Test
    void dashboardQueriesMetricsTheServicesRegister() throws IOException {
        JsonNode dashboard = Repository.JSON.readTree(Repository.file("deploy/monitoring/grafana/dashboards/policy-monitor.json").toFile());
        assertThat(dashboard.path("uid").asText()).matches("[a-zA-Z0-9_-]{1,40}");
        assertThat(dashboard.path("title").asText()).isEqualTo("Policy Monitor");
        assertThat(dashboard.path("templating").path("list").findValuesAsText("name")).contains("datasource");

        Set<String> known = ServiceMetrics.known();
        Set<String> queried = new TreeSet<>();
        Set<Integer> ids = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            assertThat(ids.add(panel.path("id").asInt())).as("panel id %s unique", panel.path("id")).isTrue();
            assertThat(panel.path("gridPos").path("w").asInt()).as("width of %s", panel.path("title")).isPositive();
            titles.add(panel.path("title").asText());
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("datasource").path("uid").asText()).as("datasource of %s", panel.path("title"))
                    .isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as("queries of %s", panel.path("title")).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                Set<String> metrics = PromQl.metricNames(target.path("expr").asText());
                assertThat(metrics).as("metrics of panel '%s'", panel.path("title").asText()).isNotEmpty().isSubsetOf(known);
                queried.addAll(metrics);
            }
        }
        assertThat(String.join("\n", titles).toLowerCase())
                .contains("items per source", "source health", "classif", "deliver", "consumer lag");
        assertThat(queried).contains("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(queried).as("metrics the services register themselves")
                .containsAnyElementsOf(ServiceMetrics.registeredByServices());
    }

    @Test
    void grafanaProvisioningMatchesWhatComposeMounts() {
        JsonNode compose = composeServices();
        JsonNode datasource = Repository.yaml(Repository.file(
                "deploy/monitoring/grafana/provisioning/datasources/prometheus.yml")).path("datasources").get(0);
        assertThat(datasource.path("type").asText()).isEqualTo("prometheus");
        assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:9090");
        assertThat(compose.path("prometheus").path("ports").toString()).contains(":9090:9090");

        JsonNode provider = Repository.yaml(Repository.file(
                "deploy/monitoring/grafana/provisioning/dashboards/policy-monitor.yml")).path("providers").get(0);
        String path = provider.path("options").path("path").asText();
        assertThat(compose.path("grafana").path("volumes").toString())
                .contains("./deploy/monitoring/grafana/dashboards:" + path)
                .contains("./deploy/monitoring/grafana/provisioning:/etc/grafana/provisioning");
    }

    @Test
    void promQlReaderFindsMetricNamesOnly() {
        assertThat(PromQl.metricNames("sum by (source) (rate(policy_items_total{source=~\"$source\"}[$__rate_interval]))"))
                .containsExactly("policy_items_total");
        assertThat(PromQl.metricNames("max by (service, topic) (kafka_consumer_fetch_manager_records_lag_max) > 1000"))
                .containsExactly("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(PromQl.metricNames("a_total / ignoring(outcome) group_left b_total offset 5m"))
                .containsExactly("a_total", "b_total");
        Assertions.assertThatThrownBy(() -> PromQl.metricNames("sum(rate(x[5m])"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("unclosed");
    }

    @Test
    void metricNamesAreReadFromTheServicesCodeAsPrometheusNamesThem() {
        // a counter gets _total, a timer _seconds_*, a gauge with a base unit gets it as a suffix
        assertThat(ServiceMetrics.registeredByServices()).contains(
                "policy_alert_deliveries_total", "policy_ingest_items_new_total", "policy_ingest_fetch_seconds_count",
                "policy_ingest_source_health", "policy_ingest_last_success_seconds", "policy_ingest_last_success_age_seconds",
                "policy_ingest_items_dead_lettered_total", "policy_ingest_publish_failures_total");
    }
}
