package org.policymonitor.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the test JVM on a free port. Tests read what arrived with
 * {@link #received()}, and can {@link #stop()} and {@link #start()} it on the same port to play an outage.
 */
public final class TestSmtp {

    private static GreenMail greenMail;
    private static int port;

    private TestSmtp() {
    }

    public static synchronized int port() {
        if (port == 0) {
            port = freePort();
            start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestSmtp::stop, "test-smtp-stop"));
        }
        return port;
    }

    public static String host() {
        return "127.0.0.1";
    }

    public static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port(), host(), ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every message received since the server (re)started or was {@link #purge() purged}. */
    public static synchronized List<MimeMessage> received() {
        port();
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    public static synchronized void purge() {
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("could not purge the test mailboxes", e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the test SMTP server", e);
        }
    }
}
