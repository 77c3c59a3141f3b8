package org.policymonitor.ingest.parse;

import org.jsoup.nodes.Element;
import org.policymonitor.ingest.source.Selectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a listing's optional selectors — title, date, lead — matched nothing in any of the page's items. The item
 * selector still matching while one of these finds nothing anywhere is how a redesign that moved the date or the
 * headline shows (or a selector mistyped): the items are still published, with the link's words as title and without
 * a date, so the poll succeeds — and this says so, rather than let a source turn quietly undated. A selector that
 * matched in some items and not in others is a page's normal variety and says nothing.
 */
public final class SelectorMisses {

    private static final String ADVICE = " — has the page's layout changed? Check the selectors with POST /api/preview";
    private final Map<String, String> selectors = new LinkedHashMap<>();
    private final Map<String, Integer> matched = new LinkedHashMap<>();
    private int items;

    /** Counts, for one page of a listing with these selectors, the items each optional selector matched in. */
    SelectorMisses(Selectors sel) {
        put("title", sel.title());
        put("date", sel.date());
        put("lead", sel.lead());
    }

    private void put(String name, String selector) {
        if (selector != null && !selector.isBlank()) {
            selectors.put(name, selector);
            matched.put(name, 0);
        }
    }

    /** Counts the selectors that match an element in one item's element. */
    void item(Element element) {
        items++;
        selectors.forEach((name, selector) -> {
            if (!element.select(selector).isEmpty()) {
                matched.merge(name, 1, Integer::sum);
            }
        });
    }

    /**
     * "the date selector 'span.date' matched nothing in any of the 12 items: they are published without dates — has
     * the page's layout changed? …", one clause per such selector; null when each matched somewhere (or no item).
     */
    String warning() {
        if (items == 0) {
            return null;
        }
        List<String> missed = new ArrayList<>();
        matched.forEach((name, count) -> {
            if (count == 0) {
                missed.add("the " + name + " selector '" + selectors.get(name) + "' matched nothing in any of the "
                        + items + (items == 1 ? " item" : " items") + ": " + consequence(name));
            }
        });
        return missed.isEmpty() ? null : String.join("; ", missed) + ADVICE;
    }

    private static String consequence(String name) {
        return switch (name) {
            case "title" -> "titled by their links' words";
            case "date" -> "published without dates";
            default -> "published without leads";
        };
    }
}
