package org.policymonitor.alert.console;

import org.policymonitor.alert.act.ActReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A legal act as console pages show it: a readable name ("Decree No. 135", "Law on mass media"), its date when the
 * text gives one, the link to its page, and the words that named it in an item (one act can be named several times).
 */
public record ActView(String id, String label, String kind, String number, String date, String href,
                      List<Mention> mentions) {

    /** The text that named the act and where it stands in the item. */
    public record Mention(String text, String field) {
    }

    /** An item's acts, one entry per act in the order of their first mention. */
    public static List<ActView> of(List<ActReference> references) {
        Map<String, List<ActReference>> byId = new LinkedHashMap<>();
        for (ActReference r : references == null ? List.<ActReference>of() : references) {
            if (r.id() != null) {
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
            }
        }
        List<ActView> views = new ArrayList<>();
        byId.forEach((id, refs) -> {
            ActReference first = refs.get(0);
            LocalDate date = refs.stream().map(ActReference::date).filter(d -> d != null).findFirst().orElse(null);
            List<Mention> mentions = refs.stream().filter(r -> r.text() != null)
                    .map(r -> new Mention(r.text(), r.field())).distinct().toList();
            views.add(of(id, first.kind(), first.number(), date, mentions));
        });
        return views;
    }

    /** An act known only by its id ("law:87", "law:artificial-intelligence"): its kind is the id's prefix. */
    public static ActView named(String id) {
        int colon = id.indexOf(':');
        return of(id, colon < 0 ? null : id.substring(0, colon), null, null, List.of());
    }

    public static ActView of(String id, String kind, String number, LocalDate date, List<Mention> mentions) {
        return new ActView(id, label(id, kind, number), kind == null ? "" : kind, number,
                date == null ? null : date.toString(), ConsoleLinks.act(id), mentions);
    }

    /**
     * "Decree No. 135", "Law No. 99-Z", "Law on personal data protection" (a law named by its title), "Law No. 99" (an
     * id without its number), else the id.
     */
    static String label(String id, String kind, String number) {
        String name = switch (kind == null ? "" : kind) {
            case "decree" -> "Decree";
            case "law" -> "Law";
            case "resolution" -> "Resolution";
            case "directive" -> "Directive";
            default -> null;
        };
        if (name == null) {
            return id;
        }
        if (number != null && !number.isBlank()) {
            return name + " No. " + number;
        }
        int colon = id.indexOf(':');
        String key = colon < 0 ? id : id.substring(colon + 1);
        if (!key.isEmpty() && Character.isDigit(key.charAt(0))) {
            return name + " No. " + key; // an id without its number's suffix: "law:87" is Law No. 87(-Z)
        }
        return key.isBlank() ? name : name + " on " + key.replace('-', ' ').toLowerCase(Locale.ROOT);
    }
}
