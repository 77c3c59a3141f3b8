package org.policymonitor.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.policymonitor.launcher.infra.MailStore;
import org.policymonitor.launcher.infra.Ports;
import org.policymonitor.testing.Deadlines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first command, {@code ./run.sh --demo}, as a new user runs it (the script itself, on the jars this build
 * packaged, on free ports): the demo's items flow through the three real services into alert mails, one event told in
 * English and Russian is one story, the decree both name is one act with both items, a version arriving while the demo
 * runs joins its story, and a SIGTERM stops everything.
 * <p>
 * Runs beside the module's other test classes ({@code junit-platform.properties}): most of its time is the demo's own
 * clock (the story's Russian version appears 75 s after the start), which the others would otherwise wait out too.
 * It shares nothing with them: its own launcher process, data folder and ports chosen free (tried again when taken).
 */
@Execution(ExecutionMode.CONCURRENT)
class DemoRunTest {

    static final List<String> PORT_OPTIONS = List.of("--kafka-port", "--kafka-controller-port", "--postgres-port",
            "--smtp-port", "--mail-web-port", "--ingest-port", "--classifier-port", "--alert-port", "--demo-port");
    static final Duration STARTUP = Deadlines.scaled(Duration.ofMinutes(4));
    static final Pattern ANALYST = Pattern.compile("analyst / (\\S+)");

    /** Kept after the run (logs/ has every service's log) so that a failure can be read. */
    static Path dataDir;
    static Process run;
    static final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    static Api api;
    static int[] ports;

    @BeforeAll
    static void runTheDemo() throws Exception {
        dataDir = Path.of("target", "demo-run").toAbsolutePath();
        PipelineEndToEndTest.deleteRecursively(dataDir);
        Path repoRoot = Path.of(System.getProperty("policy.repo.root", "..")).toAbsolutePath().normalize();
        // ports chosen free may be taken by another process before the launcher binds them: it then stops saying so,
        // and the run is tried again on ports chosen anew
        for (int attempt = 1; ; attempt++) {
            ports = PORT_OPTIONS.stream().mapToInt(o -> Ports.free()).toArray();
            List<String> command = new ArrayList<>(List.of("bash", "run.sh", "--no-build", "--demo", "--data",
                    dataDir.toString()));
            for (int i = 0; i < ports.length; i++) {
                command.add(PORT_OPTIONS.get(i));
                command.add(String.valueOf(ports[i]));
            }
            synchronized (printed) {
                printed.reset();
            }
            run = new ProcessBuilder(command).directory(repoRoot.toFile()).redirectErrorStream(true).start();
            copyInBackground(run.getInputStream());
            // the summary's users come after "Policy Monitor is running": waiting for that line alone, the password
            // was not read yet once on a loaded machine (the summary reaches this JVM through a pipe, line by line)
            await("the launcher says the system is running and who may sign in, or stops").atMost(STARTUP)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> !run.isAlive() || printed().contains("Policy Monitor is running")
                            && ANALYST.matcher(printed()).find());
            if (run.isAlive() || attempt == 3 || !printed().contains("in use")) {
                break;
            }
        }
        assertThat(run.isAlive()).as("run.sh exited early:%n%s", printed()).isTrue();
        Matcher analyst = ANALYST.matcher(printed());
        assertThat(analyst.find()).as(printed()).isTrue();
        api = new Api("http://localhost:" + ports[7], "analyst", analyst.group(1));
    }

    @AfterAll
    static void stopTheDemo() throws Exception {
        if (run != null && run.isAlive()) {
            // SIGTERM, as a service manager stops it; the launcher stops what it started. Through the process handle:
            // Process.destroy() also closes the pipe its words come through, and the last of them would be lost
            run.toHandle().destroy();
            assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("run.sh stopped:%n%s", printed()).isTrue();
            await("the launcher's last words are read").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(printed()).contains("Stopped in"));
            assertThat(Arrays.stream(ports).boxed().toList())
                    .allSatisfy(port -> assertThat(Ports.isFree(port)).as("port %d free", port).isTrue());
        }
    }

    @Test
    void theDemoTellsOneEventInTwoLanguagesAsOneStoryAndOneActAndMailsItsAlerts() {
        await("the decree told by president.gov.by in English and by BelTA in Russian is one act with both items")
                .atMost(Deadlines.FLOWS).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    JsonNode act = api.get("/api/acts/decree:135");
                    assertThat(act.path("itemCount").asInt()).isEqualTo(2);
                    assertThat(values(act.path("timeline"), "language")).containsExactlyInAnyOrder("en", "ru");
                    assertThat(values(act.path("timeline"), "storyId")).hasSize(1);
                });
        await("the English and Russian versions of the CIS model law are one story")
                .atMost(Deadlines.FLOWS).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    JsonNode story = story("model law");
                    assertThat(values(story.path("languages"), null)).containsExactly("en", "ru");
                    assertThat(story.path("itemCount").asInt()).isEqualTo(2);
                });
        await("BelTA's Russian standard item, published while the demo runs, joins the English one's story")
                .atMost(Deadlines.FLOWS).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    JsonNode story = story("testing artificial intelligence");
                    assertThat(values(story.path("languages"), null)).containsExactly("en", "ru");
                    assertThat(story.path("itemCount").asInt()).isEqualTo(2);
                });
        MailStore mails = new MailStore(dataDir.resolve("mail"));
        await("alert mails for the decree's versions").atMost(Deadlines.FLOWS).untilAsserted(() ->
                assertThat(mails.list()).extracting(MailStore.StoredMail::subject)
                        .anySatisfy(s -> assertThat(s).contains("Decree No. 135"))
                        .anySatisfy(s -> assertThat(s).contains("Лукашенко подписал указ")));
        assertThat(printed()).contains("Demo:").contains("demo subscription #");
    }

    /** The story whose headline contains these words (a story is headed by one of its items' titles). */
    private static JsonNode story(String headlineWords) {
        JsonNode page = api.get("/api/stories?size=100");
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(s -> s.path("headline").asText().contains(headlineWords)
                        || s.path("itemCount").asInt() > 1 && storyMentions(s, headlineWords))
                .findFirst().orElseThrow(() -> new AssertionError("no story about \"" + headlineWords + "\" in " + page));
    }

    private static boolean storyMentions(JsonNode story, String words) {
        JsonNode detail = api.get("/api/stories/" + story.path("id").asText());
        return StreamSupport.stream(detail.path("items").spliterator(), false)
                .anyMatch(i -> i.path("title").asText().contains(words));
    }

    private static Set<String> values(JsonNode array, String field) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }

    private static String printed() {
        synchronized (printed) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    private static void copyInBackground(InputStream in) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (printed) {
                        printed.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "run.sh output");
        t.setDaemon(true);
        t.start();
    }
}
