package org.policymonitor.system.faults;

import org.policymonitor.testing.http.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One fault scenario: its own source (so its items are told apart from every other scenario's), its own
 * subscriptions (webhook endpoints and mail addresses that filter on that source), the items that appeared while it
 * ran, and when its fault began and ended.
 */
final class Scenario {

    enum Channel { WEBHOOK, EMAIL }

    /** A subscription of the scenario: a webhook endpoint name of {@link WebhookReceiver}, or a mail address. */
    record Subscriber(String name, Channel channel, String target) {
        static Subscriber webhook(String endpoint) {
            return new Subscriber("webhook " + endpoint, Channel.WEBHOOK, endpoint);
        }

        static Subscriber email(String address) {
            return new Subscriber("mail " + address, Channel.EMAIL, address);
        }
    }

    final String title;
    final String sourceId;
    final List<Subscriber> subscribers;
    /**
     * Whether a second mail for one item (same delivery id) breaks the scenario: the issue asks it of the SMTP outage
     * ("nothing sent twice when it returns"); elsewhere the invariant is one delivery id per item, and repeated
     * copies are only noted in the report.
     */
    final boolean mailOnlyOnce;
    final List<FaultItem> items = new CopyOnWriteArrayList<>();
    volatile Instant faultStart;
    volatile Instant faultEnd;

    Scenario(String title, String sourceId, List<Subscriber> subscribers, boolean mailOnlyOnce) {
        this.title = title;
        this.sourceId = sourceId;
        this.subscribers = List.copyOf(subscribers);
        this.mailOnlyOnce = mailOnlyOnce;
    }

    /** A new item of this scenario (slugs: SOURCE-NNN, so that no slug is the prefix of another). */
    FaultItem newItem(String baseUrl) {
        FaultItem item = FaultItem.create(sourceId, baseUrl, sourceId + "-" + String.format("%03d", items.size()));
        items.add(item);
        return item;
    }

    void faultBegins() {
        faultStart = Instant.now();
    }

    void faultEnds() {
        faultEnd = Instant.now();
    }

    Duration sinceFaultStart() {
        return Duration.between(faultStart, Instant.now());
    }

    @Override
    public String toString() {
        return title;
    }
}
