package org.policymonitor.launcher.infra;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the error that ends a GreenMail server thread, a failed bind above all, for the start to report, and says a
 * connection's error (a sender killed mid-mail: "Connection reset", "Unexpected end of stream") in one log line.
 * GreenMail throws both out of their threads' {@code run()} (and says only "Could not start mail server" to the
 * caller); left uncaught, they reach the JVM's default handler — a stack trace in the launcher's output and, in tests,
 * Awaitility's handler, which fails whatever test is waiting at that moment on another thread (a clean-clone run,
 * 7 December 2026). The test SMTP server of module {@code testing} does the same ({@code SmtpThreadErrors}).
 */
final class ServerThreadErrors {

    /** The thread marks its start as done before its error leaves {@code run()}: its end is near and certain. */
    private static final Duration THREAD_END = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(ServerThreadErrors.class.getName());

    private final AtomicReference<Throwable> error = new AtomicReference<>();

    /**
     * A GreenMail whose server threads hand their uncaught error here. The threads are made at each {@code start()}
     * (not when GreenMail is built), hence a handler set where GreenMail creates them.
     */
    GreenMail keptFrom(ServerSetup setup) {
        return new GreenMail(setup) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> servers = super.createServices(config, managers);
                servers.replaceAll((protocol, server) -> server instanceof SmtpServer
                        ? new HandledSmtpServer(server.getServerSetup(), managers) : server);
                servers.values().forEach(server -> server.setUncaughtExceptionHandler(ServerThreadErrors.this::keep));
                return servers;
            }
        };
    }

    private void keep(Thread server, Throwable e) {
        error.set(e);
        // a port taken is reported by the start (and chosen again, or said to the user); anything else is said here too
        LOG.log(Ports.saysPortTaken(e) ? Level.FINE : Level.WARNING, e, () -> "mail server thread " + server.getName()
                + " ended: " + e);
    }

    /** The error that ended the server's thread, once the thread has ended; {@code null} when it ended without one. */
    Throwable awaitEnd(Thread server) {
        try {
            server.join(THREAD_END.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return error.get();
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
                        // the sender did not get its 250, so it sends the message again; nothing was stored
                        LOG.info(() -> "SMTP catcher: the connection from " + client.getRemoteSocketAddress()
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
