package org.policymonitor.platform.threads;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonThreadsTest {

    @Test
    void namedThreadsAreDaemonsWithTheName() {
        Thread t = DaemonThreads.named("lease-keeper").newThread(() -> { });
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("lease-keeper");
        assertThat(DaemonThreads.named("lease-keeper").newThread(() -> { }).getName()).isEqualTo("lease-keeper");
    }

    @Test
    void numberedThreadsAreDaemonsCountedFromOnePerFactory() {
        ThreadFactory pool = DaemonThreads.numbered("ingest-poll");
        assertThat(pool.newThread(() -> { }).getName()).isEqualTo("ingest-poll-1");
        Thread second = pool.newThread(() -> { });
        assertThat(second.getName()).isEqualTo("ingest-poll-2");
        assertThat(second.isDaemon()).isTrue();
        assertThat(DaemonThreads.numbered("ingest-poll").newThread(() -> { }).getName()).isEqualTo("ingest-poll-1");
    }
}
