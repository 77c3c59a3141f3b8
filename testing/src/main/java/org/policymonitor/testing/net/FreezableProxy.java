package org.policymonitor.testing.net;

import org.jboss.logging.Logger;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a real server that a test can {@link #freeze()} and {@link #thaw()}: frozen, it still
 * accepts connections and keeps every open one, but passes no byte either way — what a client sees of a server
 * stopped with SIGSTOP, a paused VM or a network that drops packets — and thawed, it passes on everything held
 * meanwhile, in order. For servers that run inside the test JVM (which cannot be sent SIGSTOP) or that other tests
 * of the JVM share.
 */
public final class FreezableProxy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FreezableProxy.class);

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean frozen;
    private volatile boolean closed;

    /** Listens on a port of loopback the system gives and forwards to {@code targetHost:targetPort}. */
    public FreezableProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("could not listen for the proxy: " + e.getMessage(), e);
        }
        Thread acceptor = new Thread(this::accept, "freezable-proxy-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    /** From now on no byte passes either way, on open connections and new ones alike. */
    public void freeze() {
        synchronized (gate) {
            frozen = true;
        }
        LOG.infof("proxy %d -> %s:%d frozen", port(), targetHost, targetPort);
    }

    /** Passes on what was held, and everything after. */
    public void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
        LOG.infof("proxy %d -> %s:%d thawed", port(), targetHost, targetPort);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(targetHost, targetPort), 10_000);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, "up");
                pump(server, client, "down");
            } catch (IOException e) {
                if (!closed) {
                    LOG.debugf("proxy %d: %s", port(), e.getMessage());
                }
            }
        }
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    awaitThawed();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: close the other, as the end of a real connection would
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "freezable-proxy-" + port() + "-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private void awaitThawed() throws InterruptedException {
        synchronized (gate) {
            while (frozen && !closed) {
                gate.wait();
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        thaw();
        closeQuietly(listener);
        sockets.forEach(FreezableProxy::closeQuietly);
    }
}
