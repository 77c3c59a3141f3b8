package org.policymonitor.launcher.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.smtpserver.HandledGreenMail;

import org.policymonitor.testing.CapturedLog;
import org.policymonitor.testing.KilledSmtpSender;
import org.policymonitor.testing.UncaughtErrors;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        try (MailCatcher catcher = MailCatcher.start(mail, 0, 0)) {
            int port = catcher.smtpPort();
            catcher.stopSmtp();
            try (UncaughtErrors uncaught = UncaughtErrors.record();
                 ServerSocket other = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThatThrownBy(catcher::startSmtp).isInstanceOf(Ports.PortInUseException.class)
                        .hasRootCauseInstanceOf(BindException.class);
                UncaughtErrors.awaitEnd("smtp:127.0.0.1:" + port);
                assertThat(uncaught.seen()).as("errors no one caught, as a test waiting beside this one would see them")
                        .isEmpty();
            }
        }
    }

    /**
     * A sender killed mid-mail resets its connection: GreenMail threw that out of the connection's thread, and
     * {@code PipelineEndToEndTest}, which kills alert-service in the middle of a burst of mail, left "Unexpected error
     * handling connection" uncaught in three loaded whole-suite runs of 7 December 2026 — in reach of the waits of
     * {@code DemoRunTest}, which runs beside it. The catcher says it in one line and serves the next sender.
     */
    @Test
    void aSenderCutOffMidMailLeavesNoUncaughtErrorBehind() throws Exception {
        try (MailCatcher catcher = MailCatcher.start(mail, 0, 0)) {
            try (UncaughtErrors uncaught = UncaughtErrors.record();
                 CapturedLog log = CapturedLog.infoAndAbove(HandledGreenMail.class)) {
                UncaughtErrors.awaitEnd(KilledSmtpSender.cutOffMidMessage(catcher.smtpHost(), catcher.smtpPort()));
                assertThat(uncaught.seen()).as("errors no one caught, as a test waiting beside this one would see them")
                        .isEmpty();
                assertThat(log.lines()).as("what the launcher's log says").singleElement().asString()
                        .contains("ended mid-conversation").contains("the message, if any, was not accepted");
            }
            assertThat(catcher.messages()).as("the half message is not kept").isEmpty();
        }
    }
}
