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
 * This JVM's stop-the-world collections while it is open. The Kafka broker runs here: a collection of its heap holds
 * every record on its way to the classifier and to alert-service, so the latency report says how long this JVM stood
 * still and how many late webhooks arrived during or right after one of its pauses. Until perf5 the webhook receiver
 * ran here too, and a webhook that reached it during a pause was stamped when the pause ended (G1 pauses of this JVM
 * were 170–555 ms in the latency runs of a loaded machine): the harness's own time counted as a slow send. It now
 * runs in a process of its own ({@link ReceiverProcess}).
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

    /** Of these arrival times, those that fall within a pause or up to {@code slack} after its end. */
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
