package org.policymonitor.smtpserver;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.BindException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A GreenMail whose threads leave no error uncaught. GreenMail throws a failed bind out of its server thread (and says
 * only "Could not start mail server" to the caller) and a client gone mid-conversation ("Connection reset", "Unexpected
 * end of stream") out of that connection's thread. Uncaught, each reached the JVM's default handler — a stack trace in
 * the launcher's output and, in tests, Awaitility's handler, which fails whatever test is waiting at that moment on
 * another thread (a clean-clone run and loaded whole-suite runs of 7 December 2026). Here the server thread's error is
 * kept for the start to report ({@link #awaitEnd}), and a connection's is one INFO line: the sender did not get its
 * 250, so the sender, not the server, sends again.
 * <p>
 * Logged through {@code java.util.logging}, which both users write to (the launcher directly, Quarkus tests through
 * JBoss LogManager).
 */
public final class HandledGreenMail {

    /** The thread marks its start as done before its error leaves {@code run()}: its end is near and certain. */
    private static final Duration THREAD_END = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(HandledGreenMail.class.getName());

    private final String serverName;
    private final AtomicReference<Throwable> serverError = new AtomicReference<>();

    /** @param serverName what the log calls the server ("SMTP catcher", "test SMTP server") */
    public HandledGreenMail(String serverName) {
        this.serverName = serverName;
    }

    /**
     * A GreenMail (not started) whose threads hand their errors here. Its server threads are made at each
     * {@code start()}, not when GreenMail is built, hence the handler set where GreenMail creates them.
     */
    public GreenMail keptFrom(ServerSetup setup) {
        return new GreenMail(setup) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> servers = super.createServices(config, managers);
                servers.replaceAll((protocol, server) -> server instanceof SmtpServer
                        ? new HandledSmtpServer(server.getServerSetup(), managers) : server);
                servers.values().forEach(server -> server.setUncaughtExceptionHandler(HandledGreenMail.this::keep));
                return servers;
            }
        };
    }

    /** The error that ended the server's thread, once the thread has ended; {@code null} when it ended without one. */
    public Throwable awaitEnd(Thread server) {
        try {
            server.join(THREAD_END.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return serverError.get();
    }

    /** Whether the error says the port was taken: the caller reports that (or picks another port), not this log. */
    public static boolean isBindFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private void keep(Thread server, Throwable e) {
        serverError.set(e);
        LOG.log(isBindFailure(e) ? Level.FINE : Level.WARNING, e,
                () -> serverName + ": mail server thread " + server.getName() + " ended: " + e);
    }

    /** GreenMail's SMTP server, its connections' errors said in the log instead of thrown out of their threads. */
    private final class HandledSmtpServer extends SmtpServer {

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
                        LOG.info(() -> serverName + ": the connection from " + client.getRemoteSocketAddress()
                                + " ended mid-conversation (" + rootOf(e) + "); the message, if any, was not accepted");
                        LOG.log(Level.FINE, "the connection's error", e);
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
