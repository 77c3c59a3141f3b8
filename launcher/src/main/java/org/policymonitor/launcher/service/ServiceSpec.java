package org.policymonitor.launcher.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one service process.
 *
 * @param name       e.g. {@code ingest-service}
 * @param jar        its {@code target/quarkus-app/quarkus-run.jar}
 * @param port       its HTTP port (also passed as {@code quarkus.http.port}); 0: one the system gives when it binds,
 *                   which the service says in its start-up line ({@link ServiceProcess#port()})
 * @param config     configuration passed as {@code -Dkey=value}
 * @param jvmOptions e.g. {@code -Xmx256m}
 * @param logFile    where its output is appended
 * @param pidFile    where its pid is kept while it runs (null: none), so a later run can stop a leftover
 * @param workingDir its working directory
 */
public record ServiceSpec(String name, Path jar, int port, Map<String, String> config, List<String> jvmOptions,
                          Path logFile, Path pidFile, Path workingDir) {

    public ServiceSpec {
        config = Map.copyOf(config);
        jvmOptions = List.copyOf(jvmOptions);
    }
}
