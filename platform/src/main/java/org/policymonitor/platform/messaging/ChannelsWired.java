package org.policymonitor.platform.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Whether the service's messaging channels can be used: from the end of start-up to the start of shut-down. Quarkus
 * starts its scheduler on the start-up event at priority {@code PLATFORM_BEFORE} (0) and SmallRye Reactive Messaging
 * wires the channels' emitters later, at {@code LIBRARY_BEFORE} (1000): a scheduled task that fires in between and
 * reaches for an emitter fails with {@code SRMSG00019: Unable to connect an emitter with the channel} (a restarted
 * ingest-service's first poll tick did, on a busy machine). Scheduled tasks that publish skip until this says yes.
 */
@Singleton
public class ChannelsWired {

    private volatile boolean wired;

    /** After SmallRye's own observer of the same event (a higher priority value runs later). */
    void started(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        wired = true;
    }

    void stopping(@Observes ShutdownEvent event) {
        wired = false;
    }

    public boolean wired() {
        return wired;
    }
}
