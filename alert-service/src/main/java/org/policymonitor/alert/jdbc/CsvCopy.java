package org.policymonitor.alert.jdbc;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiConsumer;

/**
 * Rows written by one {@code COPY … FROM STDIN WITH (FORMAT csv)} on the caller's connection (pgJDBC's
 * {@code CopyManager}), streamed in chunks. PostgreSQL buffers copied rows and writes them as multi-inserts — one WAL
 * record per page of rows instead of one per row, the table extended several pages at a time — where an
 * {@code INSERT} (even of many rows, even {@code INSERT … SELECT}) inserts and logs row by row. Indexes, triggers
 * (statement triggers with their transition tables included) and deferred foreign keys see the rows as they would an
 * insert's. A row the server refuses fails the copy, and so the caller's statement.
 */
public final class CsvCopy {

    /** Bytes sent to the server at a time: a few rows, not the whole batch held as text. */
    public static final int CHUNK = 64 * 1024;

    private CsvCopy() {
    }

    /** Copies the rows, each written as one CSV line (ending in a newline) by {@code line}. */
    public static <T> void copy(Connection c, String copySql, Iterable<T> rows, BiConsumer<StringBuilder, T> line)
            throws SQLException {
        sent(c, copySql, rows, line).end();
    }

    /**
     * Sends every row, as {@link #copy}, and leaves the copy open: the server inserts the rows as they arrive while the
     * caller goes on with work that does not need the connection. Nothing else may use the connection until
     * {@link Sent#end} (pgJDBC would wait for the copy's lock for ever) or {@link Sent#cancel}.
     */
    public static <T> Sent sent(Connection c, String copySql, Iterable<T> rows, BiConsumer<StringBuilder, T> line)
            throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            StringBuilder text = new StringBuilder(CHUNK + 4096);
            for (T row : rows) {
                line.accept(text, row);
                if (text.length() >= CHUNK) {
                    send(copy, text);
                }
            }
            send(copy, text);
            copy.flushCopy(); // the driver's buffered tail too: the server has every row while the caller works
            return new Sent(copy);
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    /** A copy whose rows are all sent, not yet ended. */
    public static final class Sent {
        private final CopyIn copy;

        private Sent(CopyIn copy) {
            this.copy = copy;
        }

        /** Ends the copy: waits for the server to insert the last rows; a row it refused fails here. */
        public void end() throws SQLException {
            try {
                copy.endCopy();
            } catch (SQLException | RuntimeException e) {
                CsvCopy.cancel(copy, e);
                throw e;
            }
        }

        /** Abandons the copy (the caller failed meanwhile): the server rolls the statement back. */
        public void cancel(Exception failure) {
            CsvCopy.cancel(copy, failure);
        }
    }

    /**
     * A CSV field: null as nothing, anything else quoted (so that an empty string stays one), its quotes doubled;
     * backslashes and newlines are text in a quoted CSV field.
     */
    public static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        if (value.indexOf('"') < 0) {
            return out.append(value).append('"'); // most fields: copied whole instead of a character at a time
        }
        for (int k = 0; k < value.length(); k++) {
            char ch = value.charAt(k);
            if (ch == '"') {
                out.append('"');
            }
            out.append(ch);
        }
        return out.append('"');
    }

    /** Ends a copy that failed half-way (a row the server refused, or one that could not be written). */
    private static void cancel(CopyIn copy, Exception failure) {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
