package org.policymonitor.system.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * This JVM's stop-the-world collections while it is open. The webhook receiver runs here beside the Kafka broker, so a
 * collection of the broker's heap holds the receiver too: a webhook that reaches it during the pause is stamped when
 * the pause ends and looks like a slow send. The latency report says how many late webhooks arrived right after one
 * of these pauses, so that a late send is not blamed on alert-service when it was the harness (G1 pauses of this JVM
 * reached 170–555 ms in the latency runs of a loaded machine, perf5).
 */
final class PauseLog implements AutoCloseable {

    /** A pause of this JVM: when it ended (wall clock, ms precision) and how long it lasted. */
    record Pause(String collector, String cause, Instant end, Duration length) {
        Instant start() {
            return end.minus(length);
        }
    }

    private final List<Pause> pauses = new CopyOnWriteArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;
    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();

    PauseLog() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        // G1's and ZGC's concurrent cycles run beside the application: only the collections that stop it count
        if (info.getGcName().contains("Concurrent") || info.getGcAction().contains("concurrent")) {
            return;
        }
        pauses.add(new Pause(info.getGcName(), info.getGcCause(),
                Instant.ofEpochMilli(jvmStartMillis + info.getGcInfo().getEndTime()),
                Duration.ofMillis(info.getGcInfo().getDuration())));
    }

    List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    /**
     * Of these arrival times, those that fall within a pause or up to {@code slack} after its end: what a receiver in
     * this JVM stamped late because this JVM was stopped (a request that waited in the socket during the pause).
     */
    long arrivedAfterAPause(Collection<Instant> arrivals, Duration minPause, Duration slack) {
        List<Pause> longEnough = pauses.stream().filter(p -> p.length().compareTo(minPause) >= 0).toList();
        return arrivals.stream().filter(a -> longEnough.stream()
                .anyMatch(p -> !a.isBefore(p.start()) && !a.isAfter(p.end().plus(slack)))).count();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // not registered: nothing to remove
            }
        }
    }
}
