package org.policymonitor.launcher.service;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One packaged Quarkus service ({@code java -jar .../quarkus-run.jar}) as a child process: configuration as
 * {@code -D} system properties (the highest-priority config source, so nothing in the environment overrides it) —
 * except passwords, which go in the child's environment under their MicroProfile Config names
 * ({@code quarkus.datasource.password} as {@code QUARKUS_DATASOURCE_PASSWORD}, set by the launcher, so an inherited
 * variable does not win either): a command line is readable by every local user ({@code ps}), a process's
 * environment only by its owner — output appended to a log file, readiness from {@code /q/health/ready}, graceful stop with SIGTERM.
 * <p>
 * Where {@code setsid} exists the child gets its own session, so that Ctrl-C in the terminal reaches only the
 * launcher, which then stops the services in order (instead of everything dying at once).
 * <p>
 * A port given as {@code 0} ({@link ServiceSpec#port()}, {@code quarkus.management.port}) is one the system gives the
 * service when it binds: no port is chosen before the child starts, so no other process can take it in between. The
 * service says which one it got in Quarkus's start-up line ("Listening on: http://127.0.0.1:PORT. Management
 * interface listening on http://127.0.0.1:PORT."), which {@link #awaitReady} reads from the log.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServiceProcess.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // the host is a name, an IPv4 address or an IPv6 one in brackets
    private static final String ADDRESS = "https?://(?:\\[[^\\]]*\\]|[^:/\\s]+):(\\d+)";
    private static final Pattern HTTP_PORT = Pattern.compile("Listening on: " + ADDRESS);
    private static final Pattern MANAGEMENT_PORT = Pattern.compile("Management interface listening on " + ADDRESS);

    private final ServiceSpec spec;
    private final Process process;
    /** Where this start's output begins in the log (which earlier runs' output precedes). */
    private final long logStart;
    /** 0 until the service said which port the system gave it. */
    private volatile int httpPort;
    /** -1: none (health on the HTTP port); 0 until the service said which port the system gave it. */
    private volatile int managementPort;

    private ServiceProcess(ServiceSpec spec, Process process, long logStart) {
        this.spec = spec;
        this.process = process;
        this.logStart = logStart;
        this.httpPort = spec.port();
        String management = spec.config().get("quarkus.management.port");
        this.managementPort = management == null ? -1 : Integer.parseInt(management);
    }

    /** Starts the service; returns at once (see {@link #awaitReady(Duration)}). */
    public static ServiceProcess start(ServiceSpec spec) {
        if (!Files.isRegularFile(spec.jar())) {
            throw new IllegalStateException(spec.name() + ": " + spec.jar() + " does not exist; build it first"
                    + " (./mvnw -B package -DskipTests, or ./run.sh which builds what is missing)");
        }
        try {
            Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
            Files.writeString(spec.logFile(), "\n---- " + spec.name() + " started by the launcher at " + Instant.now() + " ----\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            long logStart = Files.size(spec.logFile());
            ProcessBuilder builder = new ProcessBuilder(command(spec))
                    .directory(spec.workingDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(devNull()));
            // glibc gives every thread that mallocs its own arena; two are plenty for a JVM and save ~15 MB resident
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(secretEnvironment(spec));
            Process process = builder.start();
            if (spec.pidFile() != null) {
                Files.createDirectories(spec.pidFile().toAbsolutePath().getParent());
                Files.writeString(spec.pidFile(), process.pid() + "\n", StandardCharsets.UTF_8);
            }
            LOG.info(() -> spec.name() + " started as pid " + process.pid() + ", log " + spec.logFile());
            return new ServiceProcess(spec, process, logStart);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    static List<String> command(ServiceSpec spec) {
        List<String> cmd = new ArrayList<>();
        setsid().ifPresent(cmd::add);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(spec.jvmOptions());
        for (Map.Entry<String, String> e : spec.config().entrySet()) {
            if (!isSecret(e.getKey())) {
                cmd.add("-D" + e.getKey() + "=" + e.getValue());
            }
        }
        cmd.add("-jar");
        cmd.add(spec.jar().toAbsolutePath().toString());
        return cmd;
    }

    /** The configuration that goes in the environment instead of on the command line: passwords, by their env names. */
    static Map<String, String> secretEnvironment(ServiceSpec spec) {
        Map<String, String> env = new LinkedHashMap<>();
        spec.config().forEach((key, value) -> {
            if (isSecret(key)) {
                env.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value);
            }
        });
        return env;
    }

    /**
     * A password of plain dotted name: its environment name maps back to exactly this property (a name with dashes or
     * quotes would not, so it stays a system property).
     */
    private static boolean isSecret(String key) {
        return key.endsWith(".password") && key.matches("[a-z0-9.]+");
    }

    private static Optional<String> setsid() {
        for (String candidate : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static File devNull() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /**
     * Waits until the service has said where it listens (ports given as 0) and {@code /q/health/ready} answers 200.
     * Fails early, with the end of the service's log, when the process exits, and after {@code timeout} otherwise.
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with code " + process.exitValue()
                        + " before it was ready; the end of " + spec.logFile() + ":\n" + tail(spec.logFile(), 40));
            }
            last = portsKnown() ? askReady() : "none: it has not said yet on which ports it listens";
            if (last == null) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
            }
        }
        throw new IllegalStateException(spec.name() + " was not ready within " + timeout.toSeconds() + " s (last answer of "
                + "/q/health/ready: " + last + "); the end of " + spec.logFile() + ":\n" + tail(spec.logFile(), 40));
    }

    /** Null when {@code /q/health/ready} answers 200, else what it answered. */
    private String askReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? null : response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
        }
    }

    public String name() {
        return spec.name();
    }

    /** The HTTP port: the one given, or the one the system gave the service (known once {@link #awaitReady} returned). */
    public int port() {
        requirePortsKnown();
        return httpPort;
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Health, metrics, OpenAPI and Swagger UI: the management port when one is configured, else the API port. */
    public String managementUrl() {
        if (managementPort < 0) {
            return baseUrl();
        }
        requirePortsKnown();
        return "http://localhost:" + managementPort;
    }

    private void requirePortsKnown() {
        if (!portsKnown()) {
            throw new IllegalStateException(spec.name() + " has not said yet on which ports it listens (its start-up"
                    + " line in " + spec.logFile() + "); call awaitReady first");
        }
    }

    /** Whether every port is known: given, or read from the service's start-up line once it is in the log. */
    private synchronized boolean portsKnown() {
        if (httpPort != 0 && managementPort != 0) {
            return true;
        }
        String output = readLogSinceStart();
        int http = httpPort != 0 ? httpPort : firstPort(HTTP_PORT, output);
        int management = managementPort != 0 ? managementPort : firstPort(MANAGEMENT_PORT, output);
        if (http == 0 || management == 0) {
            return false;
        }
        httpPort = http;
        managementPort = management;
        return true;
    }

    private static int firstPort(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private String readLogSinceStart() {
        try (RandomAccessFile raf = new RandomAccessFile(spec.logFile().toFile(), "r")) {
            long length = raf.length();
            if (length <= logStart) {
                return "";
            }
            raf.seek(logStart);
            // Quarkus's start-up line comes early; a huge log is not read whole on every poll
            byte[] bytes = new byte[(int) Math.min(length - logStart, 4 << 20)];
            raf.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process has ended (empty while it runs). */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    public Path logFile() {
        return spec.logFile();
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** SIGTERM (Quarkus shuts down gracefully: consumers commit, HTTP drains), then SIGKILL after {@code grace}. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            removePidFile();
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(spec.name() + " did not stop within " + grace.toSeconds() + " s; killing it");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        removePidFile();
    }

    /** SIGKILL at once: a crash, for tests that check nothing is lost. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removePidFile();
    }

    private void removePidFile() {
        if (spec.pidFile() != null) {
            try {
                Files.deleteIfExists(spec.pidFile());
            } catch (IOException e) {
                LOG.fine("could not remove " + spec.pidFile());
            }
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    /**
     * Stops a service left running by a launcher that was killed hard (its pid file is still there and the process is a
     * Quarkus service): otherwise the new one would find its port taken.
     */
    public static Optional<Long> stopLeftover(Path pidFile, Duration grace) {
        if (pidFile == null || !Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false));
            if (handle.isPresent()) {
                handle.get().destroy();
                try {
                    handle.get().onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    handle.get().destroyForcibly();
                }
                Files.deleteIfExists(pidFile);
                return Optional.of(pid);
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            LOG.fine("ignoring unreadable pid file " + pidFile);
        }
        return Optional.empty();
    }

    /** The last lines of a log file, for error messages. */
    public static String tail(Path file, int lines) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(0, length - 16_384);
            raf.seek(from);
            byte[] bytes = new byte[(int) (length - from)];
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n");
            int start = Math.max(0, all.length - lines);
            return String.join("\n", Arrays.copyOfRange(all, start, all.length));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }
}
