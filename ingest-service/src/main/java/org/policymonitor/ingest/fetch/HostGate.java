package org.policymonitor.ingest.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness: at most one request at a time to a host (host and port), however many sources live on it and however
 * many poll threads run. Fair, so that no source of a busy host waits forever.
 */
public final class HostGate {

    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    public Permit enter(URI uri) throws InterruptedException {
        String key = (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
        Semaphore s = permits.computeIfAbsent(key, k -> new Semaphore(1, true));
        s.acquire();
        return s::release;
    }

    /** Released when the request is over. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
