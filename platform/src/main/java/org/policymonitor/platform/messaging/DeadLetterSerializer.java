package org.policymonitor.platform.messaging;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The value serializer of the dead-letter producers ({@code dead-letter-queue.value.serializer}): UTF-8 like
 * Kafka's {@code StringSerializer}, but a dead letter never ends up larger than the producer may send. A record as
 * large as the broker takes, plus the reason headers SmallRye adds, is larger than {@code max.request.size}; the
 * send then fails, and with it the consumer's channel, which stops consuming for good. Such a value is cut short to
 * what fits (whole UTF-8 characters) and the {@value DeadLetterHeaders#TRUNCATED} header gives its full size in
 * bytes; the {@code dead-letter-topic/partition/offset} headers say where the whole record is. A header that alone
 * is larger than {@link #MAX_HEADER_BYTES} (a reason that quotes the record) is cut short too.
 * <p>
 * A serializer may add headers: the producer makes them read-only only after serializing.
 */
public final class DeadLetterSerializer implements Serializer<String> {

    private static final Logger LOG = Logger.getLogger(DeadLetterSerializer.class);
    /** The producer's own default of {@code max.request.size}. */
    static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    /** Room for the key and the record's and batch's framing, which the value serializer does not see. */
    static final int MARGIN_BYTES = 16_384;
    static final int MAX_HEADER_BYTES = 8_192;

    private int maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object configured = configs.get("max.request.size");
        if (configured != null) {
            maxRequestSize = Integer.parseInt(configured.toString().trim());
        }
    }

    @Override
    public byte[] serialize(String topic, String data) {
        return data == null ? null : data.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, String data) {
        if (data == null) {
            return null;
        }
        byte[] value = data.getBytes(StandardCharsets.UTF_8);
        int headerBytes = headers == null ? 0 : shortenLongHeaders(headers);
        int room = Math.max(0, maxRequestSize - MARGIN_BYTES - headerBytes);
        if (value.length <= room || headers == null) {
            return value;
        }
        byte[] cut = Arrays.copyOf(value, utf8Boundary(value, room));
        DeadLetterHeaders.add(headers, DeadLetterHeaders.TRUNCATED, String.valueOf(value.length));
        LOG.warnf("dead letter for %s: its value of %d bytes is larger than the producer may send with its headers"
                + " (max.request.size %d); the first %d bytes are written, the whole record stays where the"
                + " dead-letter-topic/partition/offset headers say", topic, value.length, maxRequestSize, cut.length);
        return cut;
    }

    /** Cuts headers longer than {@link #MAX_HEADER_BYTES}; returns the bytes all headers then take. */
    private static int shortenLongHeaders(Headers headers) {
        List<Header> all = new ArrayList<>();
        headers.forEach(all::add);
        int total = 0;
        boolean cut = false;
        for (Header h : all) {
            cut |= h.value() != null && h.value().length > MAX_HEADER_BYTES;
        }
        if (cut) {
            all.forEach(h -> headers.remove(h.key()));
        }
        for (Header h : all) {
            byte[] v = h.value();
            if (cut) {
                v = v != null && v.length > MAX_HEADER_BYTES ? Arrays.copyOf(v, utf8Boundary(v, MAX_HEADER_BYTES)) : v;
                headers.add(h.key(), v);
            }
            total += h.key().length() + (v == null ? 0 : v.length) + 8;
        }
        return total;
    }

    /** The largest length up to {@code limit} that does not split a UTF-8 character. */
    static int utf8Boundary(byte[] bytes, int limit) {
        int end = Math.min(limit, bytes.length);
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--; // bytes[end] continues a character that began before it
        }
        return end;
    }
}
