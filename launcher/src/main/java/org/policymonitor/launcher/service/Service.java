package org.policymonitor.launcher.service;

import java.nio.file.Path;
import java.util.Optional;

/** The three services of the system: module, default port and own database (if any). */
public enum Service {
    INGEST("ingest-service", 8081, "policy_ingest", "/api/sources"),
    CLASSIFIER("classifier-service", 8082, null, "/api/themes"),
    ALERT("alert-service", 8083, "policy_alert", "/api/items");

    private final String module;
    private final int defaultPort;
    private final String database;
    private final String apiEntry;

    Service(String module, int defaultPort, String database, String apiEntry) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
        this.apiEntry = apiEntry;
    }

    /** The service of this module name ({@link #module()}). */
    public static Service ofModule(String module) {
        for (Service s : values()) {
            if (s.module.equals(module)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no service named " + module);
    }

    /** The API resource a user looks at first (shown by the launcher). */
    public String apiEntry() {
        return apiEntry;
    }

    /** The Maven module and process name, e.g. {@code ingest-service}. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Its PostgreSQL database, if it keeps state there. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The packaged service in a checkout: {@code <module>/target/quarkus-app/quarkus-run.jar}. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
