package org.policymonitor.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's command line. Every option also has an environment variable; the command line wins.
 */
public record LauncherOptions(boolean demo, boolean help, Path dataDir, Path repoRoot,
                              int kafkaPort, int kafkaControllerPort, int postgresPort, int smtpPort, int mailWebPort,
                              int ingestPort, int classifierPort, int alertPort, int demoPort,
                              Optional<Path> sourcesFile, Optional<Path> rulesFile, List<String> serviceJvmOptions) {

    public static final String USAGE = """
            Usage: ./run.sh [--demo] [--data DIR] [options]

            Starts Policy Monitor on this machine without Docker: Kafka (KRaft), PostgreSQL, an SMTP catcher with a
            mail page, and the ingest, classifier and alert services. Ctrl-C stops everything.

              --demo                      serve sample feeds and pages of the sources locally (offline), poll them
                                          every 10 s and subscribe a demo mailbox to every theme
              --data DIR                  where everything is kept between runs      [POLICY_DATA_DIR, ./.run-data]
              --sources FILE              the ingest source catalogue (YAML; not with --demo)
                                                                     [POLICY_SOURCES_FILE, the shipped catalogue]
              --rules FILE                the classifier rules (YAML)       [POLICY_RULES_FILE, the shipped rules]
              --kafka-port N              Kafka broker                            [POLICY_KAFKA_PORT, 9092]
              --kafka-controller-port N   Kafka KRaft controller                  [POLICY_KAFKA_CONTROLLER_PORT, 9093]
              --postgres-port N           PostgreSQL                              [POLICY_POSTGRES_PORT, 15432]
              --smtp-port N               SMTP catcher                            [POLICY_SMTP_PORT, 2525]
              --mail-web-port N           page listing the caught mail            [POLICY_MAIL_WEB_PORT, 8025]
              --ingest-port N             ingest-service HTTP                     [POLICY_INGEST_PORT, 8081]
              --classifier-port N         classifier-service HTTP                 [POLICY_CLASSIFIER_PORT, 8082]
              --alert-port N              alert-service HTTP                      [POLICY_ALERT_PORT, 8083]
              --demo-port N               demo sources web server                 [POLICY_DEMO_PORT, 8090]
              --no-build                  (run.sh only) do not build, use the jars as they are
              -h, --help                  this text

            JVM options of the service processes: POLICY_SERVICE_JAVA_OPTS
            (default "-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
            -XX:MaxNewSize=12m -XX:TrimNativeHeapInterval=5000 -XX:TieredStopAtLevel=1
            -Djdk.nio.maxCachedBufferSize=262144 -Dfile.encoding=UTF-8").
            """;

    public static LauncherOptions parse(String[] args, Map<String, String> env, Path workingDir) {
        boolean demo = false;
        boolean help = false;
        String data = env.getOrDefault("POLICY_DATA_DIR", ".run-data");
        String sources = env.get("POLICY_SOURCES_FILE");
        String rules = env.get("POLICY_RULES_FILE");
        int kafka = port(env, "POLICY_KAFKA_PORT", LocalStack.Settings.KAFKA_PORT);
        int controller = port(env, "POLICY_KAFKA_CONTROLLER_PORT", LocalStack.Settings.KAFKA_CONTROLLER_PORT);
        int postgres = port(env, "POLICY_POSTGRES_PORT", LocalStack.Settings.POSTGRES_PORT);
        int smtp = port(env, "POLICY_SMTP_PORT", LocalStack.Settings.SMTP_PORT);
        int mailWeb = port(env, "POLICY_MAIL_WEB_PORT", LocalStack.Settings.MAIL_WEB_PORT);
        int ingest = port(env, "POLICY_INGEST_PORT", 8081);
        int classifier = port(env, "POLICY_CLASSIFIER_PORT", 8082);
        int alert = port(env, "POLICY_ALERT_PORT", 8083);
        int demoPort = port(env, "POLICY_DEMO_PORT", 8090);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--demo" -> demo = true;
                case "-h", "--help" -> help = true;
                case "--no-build" -> {
                    // handled by run.sh; accepted here so that the same arguments can be passed through
                }
                case "--data", "--sources", "--rules", "--kafka-port", "--kafka-controller-port", "--postgres-port",
                     "--smtp-port", "--mail-web-port", "--ingest-port", "--classifier-port", "--alert-port", "--demo-port" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--data" -> data = value;
                        case "--sources" -> sources = value;
                        case "--rules" -> rules = value;
                        case "--kafka-port" -> kafka = parsePort(arg, value);
                        case "--kafka-controller-port" -> controller = parsePort(arg, value);
                        case "--postgres-port" -> postgres = parsePort(arg, value);
                        case "--smtp-port" -> smtp = parsePort(arg, value);
                        case "--mail-web-port" -> mailWeb = parsePort(arg, value);
                        case "--ingest-port" -> ingest = parsePort(arg, value);
                        case "--classifier-port" -> classifier = parsePort(arg, value);
                        case "--alert-port" -> alert = parsePort(arg, value);
                        case "--demo-port" -> demoPort = parsePort(arg, value);
                        default -> throw new IllegalStateException(arg);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
        }
        if (demo && sources != null && !sources.isBlank()) {
            throw new IllegalArgumentException("--demo brings its own source catalogue; drop --sources / POLICY_SOURCES_FILE");
        }
        String javaOpts = env.get("POLICY_SERVICE_JAVA_OPTS");
        List<String> jvm = javaOpts == null || javaOpts.isBlank()
                ? LocalStack.DEFAULT_SERVICE_JVM_OPTIONS
                : List.of(javaOpts.trim().split("\\s+"));
        Path repoRoot = Path.of(env.getOrDefault("POLICY_REPO_ROOT", workingDir.toString()));
        return new LauncherOptions(demo, help, workingDir.resolve(data).toAbsolutePath().normalize(), repoRoot,
                kafka, controller, postgres, smtp, mailWeb, ingest, classifier, alert, demoPort,
                file(workingDir, sources), file(workingDir, rules), jvm);
    }

    private static Optional<Path> file(Path workingDir, String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(workingDir.resolve(value).toAbsolutePath().normalize());
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        return value == null || value.isBlank() ? defaultPort : parsePort(name, value);
    }

    private static int parsePort(String name, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a TCP port (1-65535)");
        }
    }

    public LocalStack.Settings settings() {
        return new LocalStack.Settings(dataDir, repoRoot, kafkaPort, kafkaControllerPort, postgresPort, smtpPort, mailWebPort,
                serviceJvmOptions, false);
    }
}
