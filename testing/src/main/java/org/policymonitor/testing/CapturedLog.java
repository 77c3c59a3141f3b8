package org.policymonitor.testing;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The WARN (and worse) lines one logger writes while it is open — or from INFO on ({@link #infoAndAbove}) — as an
 * operator reading the log would see them.
 * Works in and out of Quarkus: JBoss Logging writes through {@code java.util.logging} in both (JBoss LogManager is a
 * {@code java.util.logging} implementation), so a handler on the logger's name sees every record it publishes.
 *
 * <pre>{@code try (CapturedLog log = CapturedLog.warnings(DeliveryLedger.class)) { ...; log.lines() } }</pre>
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final Level least;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= least.intValue()) {
                String line = formatted(record);
                lines.add(line);
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(line);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(Class<?> source, Level least) {
        this.least = least;
        logger = Logger.getLogger(source.getName());
        logger.addHandler(handler);
    }

    /** Starts capturing the WARN and ERROR lines of {@code source}'s logger. */
    public static CapturedLog warnings(Class<?> source) {
        return new CapturedLog(source, Level.WARNING);
    }

    /** Starts capturing the INFO, WARN and ERROR lines of {@code source}'s logger (at the level it logs at). */
    public static CapturedLog infoAndAbove(Class<?> source) {
        return new CapturedLog(source, Level.INFO);
    }

    /** The lines so far, their parameters filled in, oldest first. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The WARN and ERROR lines among {@link #lines()}. */
    public List<String> warningLines() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }

    /**
     * The message as written: JBoss Logging's {@code warnf} leaves a printf pattern and its parameters in the record
     * (formatted by the handler), a plain {@code java.util.logging} call a {@link MessageFormat} pattern.
     */
    private static String formatted(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        if (message == null || parameters == null || parameters.length == 0) {
            return String.valueOf(message);
        }
        try {
            return message.contains("%") ? String.format(message, parameters) : MessageFormat.format(message, parameters);
        } catch (RuntimeException e) {
            return message + " " + List.of(parameters);
        }
    }
}
