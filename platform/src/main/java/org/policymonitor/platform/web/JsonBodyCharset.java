package org.policymonitor.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A JSON request body is read in the charset its {@code Content-Type} names, and one that names none must be UTF-8.
 * Jackson reads bytes as UTF-8 (or UTF-16/32, which it detects) whatever the header says, so until 6 December 2026 a
 * client that declared {@code charset=ISO-8859-1} (some HTTP libraries do by default) and sent "café" in it, or sent
 * a Latin-1 or Windows-1251 file as it was, got a 400 that did not name the encoding ("the request body is truncated:
 * its JSON ends at line 1, column 8", "Invalid UTF-8 middle byte 0x22"). Now:
 * <ul>
 * <li>a body in a declared charset other than UTF-8 is decoded as declared and handed on as UTF-8;</li>
 * <li>a charset the JVM does not know is a 415 naming it;</li>
 * <li>a body in UTF-8 (declared or not) whose bytes are not UTF-8 is a 400 naming the first such byte and where it
 * is. One with no charset that starts as UTF-16 or UTF-32 (a byte-order mark or a zero byte among the first two) is
 * left to Jackson's detection, as before.</li>
 * </ul>
 * The body is read whole for this; it is at most {@code quarkus.http.limits.max-body-size} ({@link BodyLimitFilter}).
 */
@Provider
public class JsonBodyCharset implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        String declared = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = declared == null ? null : charset(declared.strip());
        byte[] body = context.getInputStream().readAllBytes();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            body = new String(body, charset).getBytes(StandardCharsets.UTF_8);
        } else if (charset != null || !startsAsUtf16Or32(body)) {
            refuseIfNotUtf8(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
            throw new ProblemException(Problem.of(415, "the request body's charset '" + shown
                    + "' is not known; send it in UTF-8"));
        }
    }

    /** As Jackson detects them (RFC 4627 §3): a byte-order mark, or a zero byte in the first two of a JSON text. */
    private static boolean startsAsUtf16Or32(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return true;
        }
        return body.length >= 2 && (body[0] == 0 || body[1] == 0);
    }

    private static void refuseIfNotUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new ProblemException(Problem.of(400, "the request body is not UTF-8: " + where(body, in.position())
                        + " is not UTF-8; send it in UTF-8 or name its charset in Content-Type"));
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    /** "byte 0xE9 at line 1, column 6": the line counted in line feeds, the column in characters of that line. */
    private static String where(byte[] body, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (body[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(body, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return String.format(Locale.ROOT, "byte 0x%02X at line %d, column %d", body[offset] & 0xFF, line, column);
    }
}
