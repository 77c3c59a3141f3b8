package org.policymonitor.testing;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Free ports for the test servers that must be told their port (GreenMail, PostgreSQL): the choice and the bind are
 * two steps, and another process — a second test suite on the machine — can take the port in between. The server is
 * then started again on another port.
 */
final class FreePorts {

    private static final Logger LOG = Logger.getLogger(FreePorts.class);
    /** Losing the race once is rare; five times in a row means something else is wrong. */
    static final int ATTEMPTS = 5;

    private FreePorts() {
    }

    /** A port free on the loopback interface a moment ago; another process may take it before the caller binds it. */
    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on the loopback interface", e);
        }
    }

    /**
     * Starts a server on a port from {@code ports}; when the start fails and the port is busy (someone else bound it),
     * on the next port, up to {@link #ATTEMPTS} times. Any other failure, or the last one, is thrown as it is.
     */
    static <T> T startOnFreePort(String what, IntSupplier ports, IntFunction<T> start) {
        for (int attempt = 1; ; attempt++) {
            int port = ports.getAsInt();
            try {
                return start.apply(port);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || isFree(port)) {
                    throw e;
                }
                LOG.warnf("%s: port %d, free when chosen, was taken by another process before the start (%s);"
                        + " choosing another (attempt %d of %d)", what, port, e.getMessage(), attempt + 1, ATTEMPTS);
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
