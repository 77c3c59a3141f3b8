package org.policymonitor.alert.console;

/**
 * The "1–50 of 120" and newer/older links of a listed page; the links keep the view's filter (its URL query).
 *
 * @param first 1-based number of the first row shown, 0 when none is
 */
public record Pager(long total, long first, long last, boolean hasPrevious, boolean hasNext, String previousQuery,
                    String nextQuery) {

    public static Pager of(InboxQuery query, long total, int shown) {
        long first = shown == 0 ? 0 : (long) query.page() * query.size() + 1;
        // a page after the last (an old bookmark, an edited URL) leads to the last page, not one page back
        int lastPage = total == 0 ? 0 : (int) ((total - 1) / query.size());
        int previous = Math.min(Math.max(0, query.page() - 1), lastPage);
        return new Pager(total, first, first == 0 ? 0 : first + shown - 1, query.page() > 0,
                (long) (query.page() + 1) * query.size() < total, query.pageQuery(previous),
                query.pageQuery(query.page() + 1));
    }

    /** Whether this page comes after the last one: there are items, none of them here. */
    public boolean pastTheEnd() {
        return total > 0 && first == 0;
    }
}
