package org.policymonitor.launcher.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
