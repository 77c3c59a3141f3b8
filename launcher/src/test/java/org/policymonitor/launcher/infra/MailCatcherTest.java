package org.policymonitor.launcher.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policymonitor.testing.Deadlines;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP catcher's port taken by another process is said as such, not as GreenMail's "could not start"; a port it
 * chooses itself is one nothing but another server can take while it is stopped.
 */
class MailCatcherTest {

    @TempDir
    Path mail;

    /**
     * Told 0 (the test stacks are), the catcher chooses its SMTP port below the range the kernel gives to outgoing
     * connections and to servers bound to port 0: {@link MailCatcher#startSmtp()} comes back on the same port after
     * {@link MailCatcher#stopSmtp()}, and a port of that range, free while the server is down, can go meanwhile to any
     * server given port 0 (the services and mail page of the stack beside it) or a connection's local end. The server
     * then cannot come back. Until 7 December 2026 the port was the one the system gave at the bind, in that range
     * (shown in a network namespace whose range was narrowed to four ports: loopback connections took the stopped
     * catcher's port, and startSmtp failed).
     */
    @Test
    void aPortChosenByTheCatcherIsNeverOneTheKernelGivesToOutgoingConnections() {
        try (MailCatcher catcher = MailCatcher.start(mail, 0, 0)) {
            assertThat(catcher.smtpPort()).as("SMTP port chosen by the catcher, the ephemeral range starting at %d",
                    EphemeralRange.low()).isBetween(Ports.FIRST_CHOSEN, EphemeralRange.low() - 1);
        }
    }

    @Test
    void aPortTakenWhileTheSmtpServerWasStoppedIsAPortInUseThatNamesIt() throws Exception {
        try (MailCatcher catcher = MailCatcher.start(mail, 0, 0)) {
            int port = catcher.smtpPort();
            catcher.stopSmtp();
            try (ServerSocket other = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThatThrownBy(catcher::startSmtp)
                        .isInstanceOf(Ports.PortInUseException.class)
                        .hasMessageContaining("port " + port + " wanted by the SMTP catcher is already in use");
            }
            // the port given back, the server comes up on it again
            catcher.startSmtp();
            assertThat(Ports.isFree(port)).isFalse();
        }
    }

    /**
     * A bind that fails is the catcher's to report ({@link Ports.PortInUseException}), not an error left on GreenMail's
     * server thread: an uncaught one reaches the JVM's default handler, and Awaitility, which installs that handler
     * while it waits, fails whatever test is waiting at that moment — on 7 December 2026 a clean-clone run failed
     * {@code LocalStackTest.infrastructureAnswersAndKeepsItsDataAcrossRestarts} with "Can not open server socket for
     * smtp:127.0.0.1:20357", thrown by the test above running beside it.
     */
    @Test
    void aFailedBindLeavesNoUncaughtErrorBehind() throws Exception {
        List<String> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        try (MailCatcher catcher = MailCatcher.start(mail, 0, 0)) {
            int port = catcher.smtpPort();
            String serverThread = "smtp:127.0.0.1:" + port;
            Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(thread.getName() + ": " + error));
            catcher.stopSmtp();
            try (ServerSocket other = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThatThrownBy(catcher::startSmtp).isInstanceOf(Ports.PortInUseException.class)
                        .hasRootCauseInstanceOf(BindException.class);
                // the server thread has died once none of that name is alive: its uncaught error, if any, was handed on
                await().dontCatchUncaughtExceptions().atMost(Deadlines.ARRIVES).until(() -> Thread.getAllStackTraces()
                        .keySet().stream().noneMatch(t -> t.getName().equals(serverThread) && t.isAlive()));
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(uncaught).as("errors no one caught, as a test waiting beside this one would see them").isEmpty();
    }
}
