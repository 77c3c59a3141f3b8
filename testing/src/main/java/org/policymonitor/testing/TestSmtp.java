package org.policymonitor.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.policymonitor.smtpserver.HandledGreenMail;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * A real SMTP server (GreenMail) for the test JVM on a free port (chosen again when another process takes it before
 * the server binds it). Tests read what arrived with
 * {@link #received()}, and can {@link #stop()} and {@link #start()} it on the same port to play an outage.
 */
public final class TestSmtp {

    private static GreenMail greenMail;
    private static int port;

    private TestSmtp() {
    }

    public static synchronized int port() {
        if (port == 0) {
            greenMail = startOnFreePort(FreePorts::pick);
            port = greenMail.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(TestSmtp::stop, "test-smtp-stop"));
        }
        return port;
    }

    /** A running SMTP server on a port from {@code ports}: the next one when another process took the first. */
    static GreenMail startOnFreePort(IntSupplier ports) {
        return FreePorts.startOnFreePort("test SMTP server", ports, TestSmtp::started);
    }

    /**
     * GreenMail started on this port, its threads' errors handled ({@link HandledGreenMail}); a failed bind is thrown
     * here, its cause added, and nowhere else.
     */
    private static GreenMail started(int port) {
        HandledGreenMail errors = new HandledGreenMail("test SMTP server");
        GreenMail server = errors.keptFrom(new ServerSetup(port, host(), ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
            return server;
        } catch (RuntimeException e) {
            Throwable cause = errors.awaitEnd(server.getSmtp());
            if (cause != null) {
                e.addSuppressed(cause);
            }
            server.stop();
            throw e;
        }
    }

    public static String host() {
        return "127.0.0.1";
    }

    public static synchronized void start() {
        if (greenMail == null) {
            greenMail = started(port());
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

}
