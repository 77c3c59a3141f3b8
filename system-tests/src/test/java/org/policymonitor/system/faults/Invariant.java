package org.policymonitor.system.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policymonitor.launcher.infra.MailCatcher;
import org.policymonitor.launcher.infra.MailStore;
import org.policymonitor.system.e2e.Api;
import org.policymonitor.testing.http.WebhookReceiver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invariant every scenario must meet once its fault is over: every item stored once (alert-service
 * {@code GET /api/items}), and at every subscription one delivery id per item that was accepted (a webhook answered
 * 2xx, a mail caught by the SMTP server). Returns what is broken, in words that name the invariant.
 */
final class Invariant {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DELIVERY_HEADER = Pattern.compile("(?mi)^X-PolicyMonitor-Delivery:\\s*(\\S+)");

    /** A mail the SMTP catcher accepted, with the delivery id from its header. */
    record CaughtMail(String to, String subject, String deliveryId) {
        static CaughtMail of(MailStore.StoredMail m) {
            return new CaughtMail(m.to() == null ? "" : m.to(), m.subject(), Invariant.deliveryId(m));
        }
    }

    /** alert-service's API as the analyst, wherever alert-service listens now (the platform restarts it on a new port). */
    private final Supplier<Api> analyst;
    private final WebhookReceiver receivers;
    private final List<CaughtMail> mails = new CopyOnWriteArrayList<>();

    /** Registers with the catcher: every mail is read once, when it arrives (not on every check). */
    Invariant(Supplier<Api> analyst, WebhookReceiver receivers, MailCatcher mail) {
        this.analyst = analyst;
        this.receivers = receivers;
        mail.onMessage(m -> mails.add(CaughtMail.of(m)));
    }

    /** Empty when the invariant holds for every item of the scenario. */
    List<String> broken(Scenario scenario) {
        return check(scenario, new ArrayList<>());
    }

    /** What is worth knowing but does not break the invariant (repeated mails where they are tolerated). */
    List<String> notes(Scenario scenario) {
        List<String> notes = new ArrayList<>();
        check(scenario, notes);
        return notes;
    }

    private List<String> check(Scenario scenario, List<String> notes) {
        List<String> problems = new ArrayList<>();
        List<FaultItem> items = List.copyOf(scenario.items);
        if (items.isEmpty()) {
            problems.add("no item flowed during the fault (a mistake of the suite)");
            return problems;
        }
        problems.addAll(storedOnce(scenario, items));
        for (Scenario.Subscriber subscriber : scenario.subscribers) {
            problems.addAll(subscriber.channel() == Scenario.Channel.WEBHOOK
                    ? webhookOnce(subscriber, items) : mailOnce(subscriber, items, scenario.mailOnlyOnce, notes));
        }
        return problems;
    }

    private List<String> storedOnce(Scenario scenario, List<FaultItem> items) {
        JsonNode page;
        try {
            page = analyst.get().get("/api/items?source=" + scenario.sourceId + "&size=200");
        } catch (RuntimeException | AssertionError e) {
            return List.of("stored items unknown: GET /api/items failed: " + e.getMessage());
        }
        Map<String, Integer> stored = new TreeMap<>();
        page.path("items").forEach(row -> items.stream().filter(i -> row.path("link").asText().contains(i.marker()))
                .forEach(i -> stored.merge(i.slug(), 1, Integer::sum)));
        List<String> missing = items.stream().map(FaultItem::slug).filter(s -> !stored.containsKey(s)).toList();
        List<String> twice = stored.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("items missing in alert-service (" + missing.size() + " of " + items.size() + " not stored): " + brief(missing));
        }
        if (!twice.isEmpty()) {
            problems.add("items stored more than once: " + brief(twice));
        }
        return problems;
    }

    private List<String> webhookOnce(Scenario.Subscriber subscriber, List<FaultItem> items) {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        Set<String> accepted = new HashSet<>();
        for (WebhookReceiver.Receipt r : receivers.receipts(subscriber.target())) {
            String link = alertedLink(r.body());
            for (FaultItem item : items) {
                if (link.contains(item.marker())) {
                    ids.computeIfAbsent(item.slug(), k -> new HashSet<>()).add(r.deliveryId());
                    if (r.accepted()) {
                        accepted.add(item.slug());
                    }
                }
            }
        }
        return report(subscriber, items, ids, accepted, Map.of(), true, List.of());
    }

    private List<String> mailOnce(Scenario.Subscriber subscriber, List<FaultItem> items, boolean onlyOnce, List<String> notes) {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        Map<String, Integer> copies = new LinkedHashMap<>();
        for (CaughtMail m : mails) {
            if (!m.to().contains(subscriber.target())) {
                continue;
            }
            for (FaultItem item : items) {
                if (m.subject().contains(item.title())) {
                    ids.computeIfAbsent(item.slug(), k -> new HashSet<>()).add(m.deliveryId());
                    copies.merge(item.slug(), 1, Integer::sum);
                }
            }
        }
        return report(subscriber, items, ids, ids.keySet(), copies, onlyOnce, notes);
    }

    private static List<String> report(Scenario.Subscriber subscriber, List<FaultItem> items, Map<String, Set<String>> ids,
                                       Set<String> delivered, Map<String, Integer> copies, boolean onlyOnce, List<String> notes) {
        List<String> problems = new ArrayList<>();
        List<String> missing = items.stream().map(FaultItem::slug).filter(s -> !delivered.contains(s)).toList();
        if (!missing.isEmpty()) {
            problems.add("deliveries missing at " + subscriber.name() + " (" + missing.size() + " of " + items.size()
                    + " items never " + (subscriber.channel() == Scenario.Channel.WEBHOOK ? "accepted" : "mailed") + "): " + brief(missing));
        }
        Map<String, Set<String>> duplicates = new TreeMap<>();
        ids.forEach((slug, set) -> {
            if (set.size() > 1) {
                duplicates.put(slug, set);
            }
        });
        if (!duplicates.isEmpty()) {
            problems.add("duplicate delivery ids at " + subscriber.name() + " (more than one id for one item): " + brief(duplicates.entrySet().stream().map(String::valueOf).toList()));
        }
        Map<String, Integer> repeated = new TreeMap<>();
        copies.forEach((slug, n) -> {
            if (n > 1) {
                repeated.put(slug, n);
            }
        });
        if (!repeated.isEmpty()) {
            int extra = repeated.values().stream().mapToInt(n -> n - 1).sum();
            (onlyOnce ? problems : notes).add("mails sent twice at " + subscriber.name() + " (" + extra
                    + " extra copies with the same delivery id; item → copies): " + repeated);
        }
        return problems;
    }

    /**
     * The link of the item a webhook alerts ({@code item.link}); an alert also lists the other versions of the
     * item's story, which must not count as deliveries of those items.
     */
    static String alertedLink(String body) {
        try {
            return JSON.readTree(body).path("item").path("link").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** A long list shortened to its first and last entries, so that a failure message stays readable. */
    static String brief(List<String> list) {
        if (list.size() <= 8) {
            return list.toString();
        }
        return "[" + String.join(", ", list.subList(0, 5)) + ", … " + (list.size() - 7) + " more …, "
                + String.join(", ", list.subList(list.size() - 2, list.size())) + "]";
    }

    private static String deliveryId(MailStore.StoredMail m) {
        try {
            Matcher matcher = DELIVERY_HEADER.matcher(Files.readString(m.file(), StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : "(no delivery id header)";
        } catch (IOException e) {
            return "(unreadable " + m.file() + ")";
        }
    }
}
