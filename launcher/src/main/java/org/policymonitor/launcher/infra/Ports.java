package org.policymonitor.launcher.infra;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port checks done before anything starts, so that a taken port gives one clear message instead of a stack trace. */
public final class Ports {

    private Ports() {
    }

    /** Ports handed out by {@link #free()} in this JVM: nobody may have bound them yet, so they are not given twice. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port that was free a moment ago (for tests and for {@code --free-ports}), that this JVM has not handed out
     * before, and that lies below the range the kernel gives to outgoing connections. A port of that range, chosen free
     * but not bound yet, can become the local end of any loopback connection meanwhile — Kafka's and PostgreSQL's
     * clients open them all the time — and the server it was chosen for then fails to bind it; below the range, only
     * another process binding that very port can take it, which {@link PortRetry} answers.
     */
    public static int free() {
        int below = EphemeralRange.low();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = FIRST_CHOSEN + RANDOM.nextInt(below - FIRST_CHOSEN);
            if (!HANDED_OUT.contains(port) && isFree(port) && isFreeOnLoopback(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST_CHOSEN + " and " + below
                + " (below the ephemeral range) that was not handed out already");
    }

    /** Ports below this are left to the well-known and registered services (8080, 9092, 5432…). */
    static final int FIRST_CHOSEN = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static boolean isFreeOnLoopback(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isFree(int port) {
        // bind on the wildcard address: a server bound to 0.0.0.0 or 127.0.0.1 on that port makes this fail
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a message that says what wanted the port and how to choose another one.
     *
     * @param what   e.g. "Kafka"
     * @param option the launcher option or environment variable that moves it, e.g. "--kafka-port / POLICY_KAFKA_PORT"
     */
    public static void requireFree(int port, String what, String option) {
        if (port < 1 || port > 65_535) {
            throw new PortInUseException(what + ": " + port + " is not a valid TCP port (" + option + ")");
        }
        if (!isFree(port)) {
            throw new PortInUseException("port " + port + " wanted by " + what + " is already in use"
                    + " (is another copy of the system still running?). Stop whatever listens there"
                    + " (e.g. `ss -ltnp 'sport = :" + port + "'`) or choose another port with " + option + ".");
        }
    }

    /** A port the launcher needs is taken; the message is meant for the user as it is. */
    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(String message) {
            super(message);
        }

        public PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The error, or one of its causes, says a port was taken: a failed bind, or this launcher's own message. */
    static boolean saysPortTaken(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException || t instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
