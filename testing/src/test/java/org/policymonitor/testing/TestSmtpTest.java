package org.policymonitor.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The test SMTP server comes up although another process takes the free port chosen for it before it binds. */
class TestSmtpTest {

    @Test
    void aFreePortTakenBeforeTheServerBindsItIsChosenAgain() throws Exception {
        AtomicInteger choices = new AtomicInteger();
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // the first port handed out is already another process's (a second test suite on the machine)
            GreenMail server = TestSmtp.startOnFreePort(() -> choices.getAndIncrement() == 0
                    ? other.getLocalPort() : FreePorts.pick());
            try {
                int port = server.getSmtp().getPort();
                assertThat(port).isNotEqualTo(other.getLocalPort());
                send(port, "moved on");
                assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("moved on");
            } finally {
                server.stop();
            }
        }
        assertThat(choices).hasValue(2);
    }

    private static void send(int port, String subject) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", TestSmtp.host());
        p.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(p));
        message.setFrom(new InternetAddress("tests@policy-monitor.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("analyst@example.org"));
        message.setSubject(subject, "UTF-8");
        message.setText("x", "UTF-8");
        Transport.send(message);
    }
}
