package org.policymonitor.ingest.parse;

import org.policymonitor.ingest.source.DateOrder;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The order a listing's numeric dates are written in, as the page itself shows it: one date such as
 * {@code 11/25/2026} proves the page writes month first, and then its {@code 11/05/2026} is 5 November, not 11 May.
 * A page whose dates prove nothing, or contradict each other, is read as its source is configured.
 */
final class PageDateOrder {

    private PageDateOrder() {
    }

    static DateOrder of(List<ParsedItem> items, DateOrder configured) {
        Set<DateOrder> proven = EnumSet.noneOf(DateOrder.class);
        for (ParsedItem item : items) {
            DateOrder order = DateParser.provenOrder(item.publishedRaw());
            if (order != null) {
                proven.add(order);
            }
        }
        return proven.size() == 1 ? proven.iterator().next() : configured;
    }

    /** The items with each written date read again by {@code read}; an item keeps its date when it no longer reads. */
    static List<ParsedItem> reread(List<ParsedItem> items, Function<String, OffsetDateTime> read) {
        return items.stream().map(item -> {
            OffsetDateTime again = item.publishedRaw() == null ? null : read.apply(item.publishedRaw());
            return again == null || again.equals(item.publishedAt()) ? item
                    : new ParsedItem(item.link(), item.guid(), item.title(), item.summary(), item.content(),
                    item.language(), item.categories(), item.author(), again, item.publishedRaw());
        }).toList();
    }
}
