package org.policymonitor.alert.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The item search with one row per story: of each story's matching items, the one the sort puts first (the newest
 * by default) stands for the story, so that an event reported four times takes one row. Same filters, sorts and
 * rows as {@link ItemSearch#page}; an item without a story (not grouped yet) is a row of its own.
 */
@ApplicationScoped
public class PerStorySearch {

    private static final String STORY_KEY = "coalesce(m.story_id, i.id)";
    /** An item's story is its member row's (none yet: the item stands alone). */
    private static final String ITEMS = " FROM item i LEFT JOIN story_member m ON m.item_id = i.id";

    @Inject
    AgroalDataSource dataSource;

    /** {@code total} counts stories (rows), not items. */
    public ItemSearch.Page page(ItemFilter filter, String sort, int page, int size) {
        SqlFragment where = ItemQuery.where(filter);
        SqlFragment order = ItemQuery.orderBy(sort, filter);
        // DISTINCT ON keeps the first row of each story in its ORDER BY, whose leading key must be the story: the
        // sort's own terms follow it, so the row kept is the one the sort ranks first within its story
        String sortTerms = order.sql().replaceFirst("^ ORDER BY ", "");
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = where.prepare(c, "SELECT count(DISTINCT " + STORY_KEY + ")" + ITEMS
                    + where.sql(), List.of())) {
                ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> extra = new ArrayList<>(order.params());
            extra.addAll(order.params());
            extra.add(size);
            extra.add((long) page * size);
            List<ItemRow> rows = new ArrayList<>();
            try (PreparedStatement ps = where.prepare(c, "SELECT " + ItemRow.COLUMNS + " FROM item i WHERE i.id IN"
                    + " (SELECT DISTINCT ON (" + STORY_KEY + ") i.id" + ITEMS + where.sql() + " ORDER BY "
                    + STORY_KEY + ", " + sortTerms + ")" + order.sql() + " LIMIT ? OFFSET ?", extra)) {
                ps.setQueryTimeout(ItemSearch.QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(ItemRow.read(rs));
                    }
                }
            }
            return new ItemSearch.Page(total, page, size, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("item search by story failed: " + e.getMessage(), e);
        }
    }
}
