package org.policymonitor.launcher.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port checks done before anything starts, so that a taken port gives one clear message instead of a stack trace. */
public final class Ports {

    private Ports() {
    }

    /** Ports handed out by {@link #free()} in this JVM: nobody may have bound them yet, so they are not given twice. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port that was free a moment ago on the loopback interface (for tests and for {@code --free-ports}), and that
     * this JVM has not handed out before — the OS may offer the same ephemeral port again until its first taker binds it.
     */
    public static int free() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port on the loopback interface", e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on the loopback interface that was not handed out already");
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
    }
}
