package org.policymonitor.ingest.archive;

import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link ArchiveRepository} on PostgreSQL with plain JDBC (Flyway {@code V2__article_archive.sql}). Instances share
 * the work through leases, like the poller's: a claim picks due rows with {@code FOR UPDATE SKIP LOCKED} (so two
 * instances claiming at the same moment take different rows) and stamps its lease on them; the fetches happen
 * outside any transaction; a save is accepted only from the lease's owner.
 */
public final class ArchiveStore implements ArchiveRepository {

    private final DataSource dataSource;

    public ArchiveStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored version, for the API's and tests' eyes. */
    public record StoredVersion(int version, String text, String hash, int httpStatus, Instant fetchedAt, String change,
                                String diffJson) {
    }

    /** An article's schedule and status as stored. */
    public record StoredArticle(String itemId, int currentVersion, String status, int consecutiveGone, int step,
                                Instant nextRecheckAt, String leaseOwner) {
    }

    @Override
    public boolean archive(FeedItem item, String text, String hash, Instant firstSeen, Instant firstRecheckAt) {
        return inTransaction(c -> {
            int inserted;
            try (PreparedStatement s = c.prepareStatement("insert into archived_article (item_id, source_id, link, "
                    + "host, first_seen_at, current_version, current_hash, next_recheck_at, recheck_step, item_json) "
                    + "values (?, ?, ?, ?, ?, 1, ?, ?, 0, ?) on conflict (item_id) do nothing")) {
                s.setString(1, item.id());
                s.setString(2, item.sourceId());
                s.setString(3, item.link());
                s.setString(4, host(item.link()));
                s.setObject(5, at(firstSeen));
                s.setString(6, hash);
                s.setObject(7, at(firstRecheckAt));
                s.setString(8, EventJson.toJson(item));
                inserted = s.executeUpdate();
            }
            if (inserted == 1) {
                insertVersion(c, item.id(), new RecheckResult.NewVersion(1, text, hash, 200, firstSeen, null, null));
            }
            return inserted == 1;
        });
    }

    @Override
    public List<ArchivedArticle> claimDue(String owner, Instant now, int batch, int perHost, Duration lease) {
        // ranked: the due rows per host, longest overdue first; locked: those no other transaction is claiming right
        // now; the final select adds the newest text, which a new text is compared with
        String sql = "with ranked as (select item_id, next_recheck_at, row_number() over (partition by host "
                + "order by next_recheck_at, item_id) as rn from archived_article where next_recheck_at <= ? "
                + "and (lease_until is null or lease_until < now())), "
                + "candidates as (select item_id from ranked where rn <= ? order by next_recheck_at limit ?), "
                + "locked as (select a.item_id from archived_article a join candidates c on c.item_id = a.item_id "
                + "where a.lease_until is null or a.lease_until < now() for update of a skip locked), "
                + "claimed as (update archived_article a set lease_owner = ?, "
                + "lease_until = now() + make_interval(secs => ?) from locked l where a.item_id = l.item_id "
                + "returning a.*) "
                + "select c.item_id, c.source_id, c.link, c.first_seen_at, c.current_version, c.current_hash, "
                + "c.status, c.consecutive_gone, c.recheck_step, c.item_json, (select v.text from article_version v "
                + "where v.item_id = c.item_id and v.text is not null order by v.version desc limit 1) as last_text "
                + "from claimed c order by c.next_recheck_at";
        return inTransaction(c -> {
            List<ArchivedArticle> claimed = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, at(now));
                s.setInt(2, perHost);
                s.setInt(3, batch);
                s.setString(4, owner);
                s.setDouble(5, lease.toMillis() / 1000.0);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        claimed.add(new ArchivedArticle(r.getString("item_id"), r.getString("source_id"),
                                r.getString("link"), instant(r, "first_seen_at"), r.getInt("current_version"),
                                r.getString("last_text"), r.getString("current_hash"),
                                "removed".equals(r.getString("status")), r.getInt("consecutive_gone"),
                                r.getInt("recheck_step"), EventJson.fromJson(r.getString("item_json"), FeedItem.class)));
                    }
                }
            }
            return claimed;
        });
    }

    @Override
    public int renew(String owner, List<String> itemIds, Duration lease) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("update archived_article "
                    + "set lease_until = now() + make_interval(secs => ?) "
                    + "where item_id = any(?) and lease_owner = ? and lease_until > now()")) {
                s.setDouble(1, lease.toMillis() / 1000.0);
                s.setArray(2, c.createArrayOf("text", itemIds.toArray()));
                s.setString(3, owner);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean save(String owner, RecheckResult result) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("select 1 from archived_article where item_id = ? "
                    + "and lease_owner = ? for update")) {
                s.setString(1, result.itemId());
                s.setString(2, owner);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return false;
                    }
                }
            }
            RecheckResult.NewVersion v = result.version();
            if (v != null) {
                insertVersion(c, result.itemId(), v);
            }
            try (PreparedStatement s = c.prepareStatement("update archived_article set "
                    + "current_version = coalesce(?, current_version), current_hash = coalesce(?, current_hash), "
                    + "status = ?, consecutive_gone = ?, recheck_step = ?, next_recheck_at = ?, "
                    + "lease_owner = null, lease_until = null where item_id = ?")) {
                if (v == null) {
                    s.setNull(1, Types.INTEGER);
                } else {
                    s.setInt(1, v.version());
                }
                s.setString(2, v == null ? null : v.hash());
                s.setString(3, result.removed() ? "removed" : "published");
                s.setInt(4, result.consecutiveGone());
                s.setInt(5, result.nextStep());
                s.setObject(6, at(result.nextRecheckAt()));
                s.setString(7, result.itemId());
                s.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public void release(String owner, String itemId) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("update archived_article set lease_owner = null, "
                    + "lease_until = null where item_id = ? and lease_owner = ?")) {
                s.setString(1, itemId);
                s.setString(2, owner);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public long due(Instant now) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from archived_article "
                    + "where next_recheck_at <= ?")) {
                s.setObject(1, at(now));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** Every version of an article, oldest first. */
    public List<StoredVersion> versions(String itemId) {
        return inTransaction(c -> {
            List<StoredVersion> versions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select version, text, text_hash, http_status, fetched_at, "
                    + "change, diff from article_version where item_id = ? order by version")) {
                s.setString(1, itemId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        versions.add(new StoredVersion(r.getInt(1), r.getString(2), r.getString(3), r.getInt(4),
                                instant(r, "fetched_at"), r.getString(6), r.getString(7)));
                    }
                }
            }
            return versions;
        });
    }

    public Optional<StoredArticle> find(String itemId) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("select item_id, current_version, status, consecutive_gone, "
                    + "recheck_step, next_recheck_at, lease_owner from archived_article where item_id = ?")) {
                s.setString(1, itemId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<StoredArticle>empty();
                    }
                    return Optional.of(new StoredArticle(r.getString(1), r.getInt(2), r.getString(3), r.getInt(4),
                            r.getInt(5), instant(r, "next_recheck_at"), r.getString(7)));
                }
            }
        });
    }

    /** host:port of a link, as {@code HostGate} counts hosts. */
    static String host(String link) {
        try {
            URI uri = URI.create(link);
            return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void insertVersion(Connection c, String itemId, RecheckResult.NewVersion v) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into article_version (item_id, version, text, "
                + "text_hash, http_status, fetched_at, change, diff) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, itemId);
            s.setInt(2, v.version());
            s.setString(3, v.text());
            s.setString(4, v.hash());
            s.setInt(5, v.httpStatus());
            s.setObject(6, at(v.fetchedAt()));
            s.setString(7, v.change());
            s.setString(8, v.diffJson());
            s.executeUpdate();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction of its own (never joins the caller's): commits the work, or rolls it back and throws. */
    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new ArchiveUnavailableException("archive database: " + e.getMessage(), e);
        }
    }
}
