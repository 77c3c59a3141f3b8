package org.policymonitor.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.policymonitor.platform.text.TextCut;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A query whose percent-encoded bytes are no UTF-8 text ({@code q=%ED%A0%80}, half of a surrogate pair; {@code %FF};
 * a sequence cut short) is a 400 naming the parameter. The platform decodes such bytes to U+FFFD, so the search
 * looked for a replacement character and answered an empty 200 — "nothing found" for a query nobody typed. Refused at
 * the door, before any parameter is read, as a NUL character is ({@link NoNulCharacters}).
 */
public class Utf8Query {

    private static final String REASON = "is not valid UTF-8 text: its percent-encoded bytes encode no characters"
            + " (the text must be encoded as UTF-8 before it is percent-encoded)";

    @ServerRequestFilter(preMatching = true)
    public Response refuseMalformedUtf8(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.indexOf('%') < 0) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String field = isUtf8(name) ? decoded(name) : TextCut.shortened(name, 60);
            if (!isUtf8(name) || (eq >= 0 && !isUtf8(pair.substring(eq + 1)))) {
                if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                    errors.add(new Problem.FieldError(field, REASON));
                }
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + REASON
                : "query parameters " + String.join(", ", errors.stream().map(Problem.FieldError::field).toList())
                + ": " + REASON;
        return Problem.of(400, detail).withErrors(errors).toResponse();
    }

    /** Whether the percent-decoded bytes of a raw query component are UTF-8 text. */
    static boolean isUtf8(String raw) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(raw)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decoded(String raw) {
        return new String(bytes(raw.replace('+', ' ')), StandardCharsets.UTF_8);
    }

    /** The bytes a raw component stands for: an escape is its byte; a '%' that starts none, and anything else, itself. */
    private static byte[] bytes(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int c = raw.codePointAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                out.write(hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)));
                i += 3;
            } else {
                byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                out.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
