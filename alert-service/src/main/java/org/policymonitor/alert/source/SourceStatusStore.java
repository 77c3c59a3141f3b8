package org.policymonitor.alert.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.policymonitor.alert.delivery.Outbox;
import org.policymonitor.alert.item.SourceStatusEventEntity;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Stores a source health change once and writes the source-health alerts it owes, in one transaction. */
@ApplicationScoped
public class SourceStatusStore {

    /** The changes worth telling someone about; "ok" (a first successful poll) is not news. */
    static final Set<SourceHealth> ALERTING = EnumSet.of(SourceHealth.FAILING, SourceHealth.SILENT, SourceHealth.RECOVERED);

    @Inject
    Outbox outbox;

    /** @return how many alerts are newly owed */
    @Transactional
    public int store(SourceStatus status) {
        Instant now = Instant.now();
        String id = SourceStatusEventEntity.idOf(status);
        if (SourceStatusEventEntity.findById(id) != null) {
            return 0;
        }
        SourceStatusEventEntity.from(status, now).persist();
        if (!ALERTING.contains(status.health())) {
            return 0;
        }
        List<Outbox.Owed> owed = new ArrayList<>();
        for (SubscriptionEntity s : SubscriptionEntity.enabledOnes()) {
            if (s.sourceHealth && s.filter().matchesSource(status.sourceId())) {
                owed.add(new Outbox.Owed(s, null, id));
            }
        }
        return outbox.write(owed, now);
    }
}
