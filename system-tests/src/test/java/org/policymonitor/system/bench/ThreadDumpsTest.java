package org.policymonitor.system.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stall watch's thread dumps: another JVM's threads, taken without starting a process — a jcmd JVM per dump cost
 * the 2-core machine ~0.4 s of CPU while the dump's very stall was being measured.
 */
class ThreadDumpsTest {

    @Test
    void anotherJvmsThreadsAreDumpedWithoutStartingAProcess() throws Exception {
        try (ReceiverProcess receiver = new ReceiverProcess((id, at) -> {
        }); ThreadDumps dumps = new ThreadDumps()) {
            Set<String> started = ConcurrentHashMap.newKeySet();
            AtomicBoolean dumping = new AtomicBoolean(true);
            Thread watch = new Thread(() -> {
                while (dumping.get()) { // a jcmd JVM lives for most of a second: a look every few ms sees it
                    ProcessHandle.current().descendants()
                            .forEach(p -> started.add(p.info().command().orElse("pid " + p.pid())));
                    Thread.onSpinWait();
                }
            });
            List<String> before = ProcessHandle.current().descendants()
                    .map(p -> p.info().command().orElse("pid " + p.pid())).toList();
            watch.start();
            String first;
            String second;
            try {
                first = dumps.of(receiver.pid());
                second = dumps.of(receiver.pid());
            } finally {
                dumping.set(false);
                watch.join();
            }

            assertThat(first).contains("Full thread dump").contains("\"HTTP-Dispatcher\"").contains("Locked ownable synchronizers");
            assertThat(second).contains("\"HTTP-Dispatcher\"");
            started.removeAll(before); // the receiver itself
            assertThat(started).as("processes started while dumping").isEmpty();
        }
    }
}
