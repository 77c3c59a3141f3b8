package org.policymonitor.testing;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jboss.logging.Logger;

import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A GreenMail whose threads leave no error uncaught. GreenMail throws a failed bind out of its server thread (and says
 * only "Could not start mail server" to the caller) and a client gone mid-conversation ("Connection reset", "Unexpected
 * end of stream") out of that connection's thread. Uncaught, each reached the JVM's default handler — and while a test
 * waits that is Awaitility's, which fails the waiting test, whichever it is (loaded whole-suite runs of 7 December 2026:
 * {@code TestSmtpTest}'s taken port; alert-service's tests cut off mail). Here the server thread's error is kept for
 * the start, and a connection's is a log line: the sender, not the server, has to send again.
 * The launcher's SMTP catcher does the same ({@code launcher.infra.ServerThreadErrors}: production code, which cannot
 * depend on this module).
 */
final class SmtpThreadErrors {

    private static final Logger LOG = Logger.getLogger(SmtpThreadErrors.class);
    /** The thread marks its start as done before its error leaves {@code run()}: its end is near and certain. */
    private static final Duration THREAD_END = Duration.ofSeconds(10);

    private final AtomicReference<Throwable> serverError = new AtomicReference<>();

    /** A GreenMail (not started) whose threads hand their errors here. Its server threads are made at each start. */
    GreenMail keptFrom(ServerSetup setup) {
        return new GreenMail(setup) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> servers = super.createServices(config, managers);
                servers.replaceAll((protocol, server) -> server instanceof SmtpServer
                        ? new HandledSmtpServer(server.getServerSetup(), managers) : server);
                servers.values().forEach(server -> server.setUncaughtExceptionHandler(SmtpThreadErrors.this::keep));
                return servers;
            }
        };
    }

    private void keep(Thread server, Throwable e) {
        serverError.set(e);
        LOG.debugf(e, "mail server thread %s ended: %s", server.getName(), e);
    }

    /** The error that ended the server's thread, once it has ended; {@code null} when it ended without one. */
    Throwable awaitEnd(Thread server) {
        try {
            server.join(THREAD_END.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return serverError.get();
    }

    /** GreenMail's SMTP server, its connections' errors said in the log instead of thrown out of their threads. */
    private static final class HandledSmtpServer extends SmtpServer {

        HandledSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket client) {
            ProtocolHandler handler = super.createProtocolHandler(client);
            return new ProtocolHandler() {
                @Override
                public void run() {
                    try {
                        handler.run();
                    } catch (RuntimeException e) {
                        LOG.infof("test SMTP server: the connection from %s ended mid-conversation (%s); the"
                                + " message, if any, was not accepted", client.getRemoteSocketAddress(), rootOf(e));
                    }
                }

                @Override
                public void close() {
                    handler.close();
                }
            };
        }
    }

    /** The deepest cause, its message's first line only: GreenMail puts the whole half-read message after it. */
    private static String rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int lineEnd = message.indexOf('\n');
        return root.getClass().getSimpleName() + ": " + (lineEnd < 0 ? message : message.substring(0, lineEnd).strip());
    }
}
