package org.policymonitor.platform.reload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.testing.Deadlines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A file of positive numbers, one a line, put in force while it changes: the last good one is kept. */
class HotReloadTest {

    /** Why a file of numbers is refused. */
    static final class InvalidFileException extends Exception {
        InvalidFileException(String message) {
            super(message);
        }
    }

    @TempDir
    Path dir;

    private final AtomicInteger builds = new AtomicInteger();
    private final List<String> events = new ArrayList<>();

    private HotReload<List<Integer>, InvalidFileException> holder(Path file) {
        return holder(file, Duration.ZERO); // checks put a changed file in force at once
    }

    private HotReload<List<Integer>, InvalidFileException> holder(Path file, Duration settle) {
        return new HotReload<>("numbers", file.toString(), () -> {
            try {
                return Files.exists(file) ? Files.readAllBytes(file) : null;
            } catch (IOException e) {
                throw new InvalidFileException("cannot read: " + e.getMessage());
            }
        }, bytes -> "v" + new String(bytes, StandardCharsets.UTF_8).hashCode(), bytes -> {
            builds.incrementAndGet();
            List<Integer> numbers = new ArrayList<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                try {
                    numbers.add(Integer.parseInt(line.trim()));
                } catch (NumberFormatException e) {
                    throw new InvalidFileException("not a number: '" + line + "'");
                }
            }
            return List.copyOf(numbers);
        }, new HotReload.Listener<>() {
            @Override
            public void loaded(HotReload.Snapshot<List<Integer>> now, HotReload.Snapshot<List<Integer>> before) {
                events.add("loaded " + now.value() + (before == null ? "" : " over " + before.value()));
            }

            @Override
            public void refused(HotReload.Refusal<InvalidFileException> refusal,
                                HotReload.Snapshot<List<Integer>> inForce) {
                events.add("refused: " + refusal.message());
            }
        }, Clock.systemUTC(), settle);
    }

    @Test
    void aChangedValidFileReplacesTheSnapshotAndAnInvalidOneLeavesTheLastGoodOneInForce() throws Exception {
        Path file = dir.resolve("numbers.txt");
        Files.writeString(file, "1\n2");
        HotReload<List<Integer>, InvalidFileException> numbers = holder(file);

        assertThat(numbers.reload().changed()).isTrue();
        HotReload.Snapshot<List<Integer>> first = numbers.current();
        assertThat(first.value()).containsExactly(1, 2);
        assertThat(numbers.reload().changed()).isFalse(); // unchanged: not built again
        assertThat(builds).hasValue(1);

        Files.writeString(file, "1\ntwo");
        assertThatThrownBy(numbers::reload).isInstanceOf(InvalidFileException.class).hasMessageContaining("'two'");
        assertThat(numbers.current()).isSameAs(first);
        assertThat(numbers.lastRefusal().message()).contains("'two'");
        // the same broken file again: still refused, neither built nor reported again
        numbers.check();
        assertThatThrownBy(numbers::reload).isInstanceOf(InvalidFileException.class);
        assertThat(builds).hasValue(2);

        Files.writeString(file, "1\n2\n3");
        numbers.check();
        assertThat(numbers.current().value()).containsExactly(1, 2, 3);
        assertThat(numbers.current().version()).isNotEqualTo(first.version());
        assertThat(numbers.lastRefusal()).isNull();
        assertThat(events).containsExactly("loaded [1, 2]", "refused: not a number: 'two'", "loaded [1, 2, 3] over [1, 2]");
    }

    /**
     * An operator writes the file in place: the watcher can read it half written, and a half that is itself a valid
     * file (here: fewer numbers) must not be put in force. A check puts a changed file in force only once it has
     * read the same bytes again after the settle time.
     */
    @Test
    void aFileWrittenInPlaceIsNotPutInForceHalfWritten() throws Exception {
        Path file = dir.resolve("numbers.txt");
        HotReload<List<Integer>, InvalidFileException> numbers = inForce(file, "1\n2\n3", Duration.ofMillis(300));

        Files.writeString(file, "4\n"); // the first half of "4\n5\n6": valid on its own
        numbers.check();
        assertThat(numbers.current().value()).as("half written").containsExactly(1, 2, 3);
        Files.writeString(file, "5\n6", StandardOpenOption.APPEND);

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> {
            numbers.check();
            assertThat(numbers.current().value()).containsExactly(4, 5, 6);
        });
        assertThat(events).containsExactly("loaded [1, 2, 3]", "loaded [4, 5, 6] over [1, 2, 3]");
        assertThat(numbers.lastRefusal()).isNull();
    }

    @Test
    void anExplicitReloadPutsTheFileInForceAtOnce() throws Exception {
        Path file = dir.resolve("numbers.txt");
        HotReload<List<Integer>, InvalidFileException> numbers = inForce(file, "1", Duration.ofHours(1));
        Files.writeString(file, "2");
        numbers.check();
        assertThat(numbers.current().value()).as("a check waits for the file to settle").containsExactly(1);
        assertThat(numbers.reload().changed()).isTrue(); // the operator asked: now
        assertThat(numbers.current().value()).containsExactly(2);
    }

    /** A holder with the file of this content in force. */
    private HotReload<List<Integer>, InvalidFileException> inForce(Path file, String content, Duration settle)
            throws Exception {
        Files.writeString(file, content);
        HotReload<List<Integer>, InvalidFileException> numbers = holder(file, settle);
        numbers.reload();
        return numbers;
    }

    @Test
    void aMissingFileChangesNothingAndIsReported() throws Exception {
        Path file = dir.resolve("later.txt");
        HotReload<List<Integer>, InvalidFileException> numbers = holder(file);

        HotReload.Result<List<Integer>> none = numbers.reload();
        assertThat(none.changed()).isFalse();
        assertThat(numbers.current()).isNull();
        assertThat(numbers.lastRefusal().message()).isEqualTo("file not found: " + file);

        Files.writeString(file, "7");
        numbers.check();
        assertThat(numbers.current().value()).containsExactly(7);
        Files.delete(file);
        numbers.check();
        assertThat(numbers.current().value()).containsExactly(7);
        assertThat(numbers.lastRefusal().message()).startsWith("file not found");
    }

    @Test
    void anInvalidFirstFileLeavesNothingInForce() {
        Path file = dir.resolve("bad.txt");
        HotReload<List<Integer>, InvalidFileException> numbers = holder(file);
        assertThatThrownBy(() -> {
            Files.writeString(file, "x");
            numbers.reload();
        }).isInstanceOf(InvalidFileException.class);
        assertThat(numbers.current()).isNull();
        assertThat(numbers.lastRefusal().version()).startsWith("v");
    }
}
