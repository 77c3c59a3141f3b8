package org.policymonitor.alert.console;

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
 * The sources and languages items came from, for the inbox's filter choices. Kept for a minute: a new source
 * appearing a little late in a drop-down is harmless, scanning the table on every page view is not.
 */
@ApplicationScoped
public class SourceFacets {

    private static final long TTL_NANOS = 60_000_000_000L;

    /** A value to filter on and how to show it. */
    public record Choice(String value, String label) {
    }

    private record Snapshot(List<Choice> sources, List<String> languages, long takenAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    private volatile Snapshot snapshot;

    public List<Choice> sources() {
        return current().sources();
    }

    public List<String> languages() {
        return current().languages();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.takenAt() > TTL_NANOS) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        List<Choice> sources = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT source_id, max(source_name) FROM item GROUP BY source_id ORDER BY 2, 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    sources.add(new Choice(rs.getString(1), name == null ? rs.getString(1) : name + " (" + rs.getString(1) + ")"));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT lower(split_part(language, '-', 1)) FROM item WHERE language IS NOT NULL ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    languages.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the sources: " + e.getMessage(), e);
        }
        for (String usual : List.of("en", "ru", "be")) {
            if (!languages.contains(usual)) {
                languages.add(usual);
            }
        }
        return new Snapshot(List.copyOf(sources), List.copyOf(languages), System.nanoTime());
    }
}
