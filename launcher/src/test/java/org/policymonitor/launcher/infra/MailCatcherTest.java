package org.policymonitor.launcher.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMTP catcher's port taken by another process is said as such, not as GreenMail's "could not start". */
class MailCatcherTest {

    @TempDir
    Path mail;

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
