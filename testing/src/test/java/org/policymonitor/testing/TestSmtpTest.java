package org.policymonitor.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.policymonitor.smtpserver.HandledGreenMail;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test SMTP server comes up although another process takes the free port chosen for it before it binds, and leaves
 * no error uncaught on its threads — neither that failed bind nor a client cut off mid-mail: Awaitility fails any test
 * waiting at that moment with such an error (the launcher's {@code MailCatcherTest} has the story).
 */
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

    @Test
    void aTakenPortLeavesNoUncaughtErrorBehind() throws Exception {
        AtomicInteger choices = new AtomicInteger();
        try (UncaughtErrors uncaught = UncaughtErrors.record();
             ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            GreenMail server = TestSmtp.startOnFreePort(() -> choices.getAndIncrement() == 0
                    ? other.getLocalPort() : FreePorts.pick());
            server.stop();
            // the server thread that failed the bind, named by GreenMail for the port it was given
            UncaughtErrors.awaitEnd("smtp:" + TestSmtp.host() + ":" + other.getLocalPort());
            assertThat(uncaught.seen()).as("errors no one caught, as a test waiting beside this one would see them")
                    .isEmpty();
        }
    }

    /**
     * A sender that dies in the middle of a message (alert-service killed, a mail timeout) resets the connection;
     * GreenMail threw that out of the connection's thread.
     */
    @Test
    void aClientCutOffMidMailLeavesNoUncaughtErrorBehind() throws Exception {
        try (UncaughtErrors uncaught = UncaughtErrors.record();
             CapturedLog log = CapturedLog.infoAndAbove(HandledGreenMail.class)) {
            UncaughtErrors.awaitEnd(KilledSmtpSender.cutOffMidMessage(TestSmtp.host(), TestSmtp.port()));
            assertThat(uncaught.seen()).as("errors no one caught, as a test waiting beside this one would see them")
                    .isEmpty();
            assertThat(log.lines()).as("what the log says").singleElement().asString()
                    .contains("ended mid-conversation").contains("the message, if any, was not accepted");
        }
        // the half message is not kept, and the server serves the next sender
        send(TestSmtp.port(), "after a sender was cut off");
        assertThat(TestSmtp.received()).extracting(MimeMessage::getSubject).contains("after a sender was cut off")
                .doesNotContain("cut off");
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
