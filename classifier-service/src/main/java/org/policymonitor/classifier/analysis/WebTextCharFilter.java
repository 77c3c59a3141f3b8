package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;

/**
 * Reads text as web pages and feeds leave it, before the tokenizer splits it into words — characters that the
 * tokenizer would otherwise read as joining or splitting words where a reader sees none:
 * <ul>
 *   <li>HTML entities left in the text (a feed that escaped its text twice, a CMS that wrote its own): {@code &nbsp;},
 *       {@code &#160;}, {@code &#xA0;}, {@code &shy;}, {@code &#8209;}, {@code &laquo;} … are read as their
 *       characters, also when escaped once more ({@code &amp;nbsp;}) — as written, «искусственный&amp;nbsp;интеллект»
 *       was the three words «искусственный», «nbsp», «интеллект» and no phrase matched. An unknown name stays as
 *       written.</li>
 *   <li>The narrow no-break space (U+202F, typeset before a number: «№ 200») is a space: Unicode counts it as a
 *       character that joins words, so «указ №&#x202F;200» lost its number and «искусственный&#x202F;интеллект» was one word.</li>
 *   <li>Characters typed for the Belarusian apostrophe — the prime ′, the left quote ‘, the turned comma ʻ, the acute
 *       accent ´, the backtick ` — are the apostrophe ’: the tokenizer keeps a word with ’ whole (and the Belarusian
 *       chain then drops it), where the prime, the accent and the backtick cut «камп′ютарны» in two.</li>
 *   <li>Full-width Latin letters and digits (U+FF10–U+FF5A, from East Asian input methods) are their ASCII letters.</li>
 * </ul>
 * Every replacement of one character is by one character, and a decoded entity is shorter than its text; offsets are
 * corrected ({@link BaseCharFilter}), so evidence still points at the text as written. It reads ahead at most
 * {@value #LONGEST_ENTITY} characters, whatever the text's length.
 */
public final class WebTextCharFilter extends BaseCharFilter {

    /** The longest entity read, with its «&amp;amp;» prefixes: longer runs are left as written. */
    static final int LONGEST_ENTITY = 32;
    private static final int BUFFER = 256;

    /** The named entities news text uses; numeric ones are decoded whatever their number. */
    private static final Map<String, Character> NAMED = Map.ofEntries(
            Map.entry("nbsp", '\u00A0'), Map.entry("shy", '\u00AD'), Map.entry("amp", '&'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("laquo", '«'),
            Map.entry("raquo", '»'), Map.entry("lsquo", '‘'), Map.entry("rsquo", '’'), Map.entry("sbquo", '‚'),
            Map.entry("ldquo", '“'), Map.entry("rdquo", '”'), Map.entry("bdquo", '„'), Map.entry("ndash", '–'),
            Map.entry("mdash", '—'), Map.entry("hellip", '…'), Map.entry("thinsp", '\u2009'),
            Map.entry("ensp", '\u2002'), Map.entry("emsp", '\u2003'), Map.entry("zwsp", '\u200B'),
            Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'), Map.entry("numero", '№'),
            Map.entry("copy", '©'), Map.entry("reg", '®'), Map.entry("deg", '°'),
            Map.entry("middot", '·'), Map.entry("bull", '•'), Map.entry("prime", '′'), Map.entry("acute", '´'));

    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean eof;
    /** The low surrogate of a decoded entity whose high surrogate filled the caller's array. */
    private char pendingLow;
    /** Characters handed out so far, and how many fewer than were read. */
    private int produced;
    private int cumulativeDiff;

    /** The code point and length of the entity {@link #entityAt} found. */
    private int entityCodePoint;
    private int entityLength;

    public WebTextCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLow != 0) {
            cbuf[off + n++] = pendingLow;
            pendingLow = 0;
        }
        while (n < len) {
            if (limit - position < LONGEST_ENTITY && !eof) {
                fill();
            }
            if (position == limit) {
                break;
            }
            // the characters that can be handed out before the read-ahead must be topped up again
            int safe = eof ? limit : limit - LONGEST_ENTITY + 1;
            char c = buffer[position];
            while (c != '&' && n < len && position < safe) {
                cbuf[off + n++] = folded(c);
                c = ++position < limit ? buffer[position] : 0;
            }
            if (c != '&' || n == len || position >= safe) {
                continue;
            }
            if (entityAt(position)) {
                char[] decoded = Character.toChars(entityCodePoint);
                cbuf[off + n++] = decoded[0];
                if (decoded.length == 2) {
                    if (n < len) {
                        cbuf[off + n++] = decoded[1];
                    } else {
                        pendingLow = decoded[1];
                    }
                }
                position += entityLength;
                // the characters after the entity stand entityLength - decoded.length further on in the text as written
                cumulativeDiff += entityLength - decoded.length;
                addOffCorrectMap(produced + n + (pendingLow != 0 ? 1 : 0), cumulativeDiff);
                continue;
            }
            cbuf[off + n++] = folded(c);
            position++;
        }
        produced += n;
        return n == 0 ? -1 : n;
    }

    private static char folded(char c) {
        if (c < '\u2018') { // nearly every character: ASCII, Cyrillic
            return c == '`' || c == '\u00B4' || c == '\u02BB' ? '’' : c;
        }
        if (c == '\u2018' || c == '\u2032') {
            return '’';
        }
        if (c == '\u202F') {
            return ' ';
        }
        return c >= '\uFF10' && c <= '\uFF5A' && Character.isLetterOrDigit(c) ? (char) (c - 0xFEE0) : c;
    }

    /** Whether an entity starts at {@code start}; if so its code point and length are in the fields. */
    private boolean entityAt(int start) {
        int i = start + 1;
        // «&amp;amp;nbsp;»: text escaped more than once stands for the entity after its «amp;»s
        while (matches(i, "amp;") && nameOrNumberFollows(i + 4)) {
            i += 4;
        }
        int end = Math.min(limit, start + LONGEST_ENTITY);
        int semicolon = -1;
        for (int j = i; j < end; j++) {
            if (buffer[j] == ';') {
                semicolon = j;
                break;
            }
            if (!isEntityChar(buffer[j])) {
                return false;
            }
        }
        if (semicolon <= i) {
            return false;
        }
        int codePoint = decode(i, semicolon);
        if (codePoint < 0) {
            return false;
        }
        entityCodePoint = codePoint;
        entityLength = semicolon + 1 - start;
        return true;
    }

    private boolean nameOrNumberFollows(int at) {
        int end = Math.min(limit, at + LONGEST_ENTITY);
        for (int j = at; j < end; j++) {
            if (buffer[j] == ';') {
                return j > at && decode(at, j) >= 0;
            }
            if (!isEntityChar(buffer[j])) {
                return false;
            }
        }
        return false;
    }

    /** The code point of the entity body {@code buffer[from, to)} («nbsp», «#160», «#xA0»), or -1. */
    private int decode(int from, int to) {
        if (buffer[from] != '#') {
            Character named = NAMED.get(new String(buffer, from, to - from));
            return named == null ? -1 : named;
        }
        boolean hex = to - from > 1 && (buffer[from + 1] == 'x' || buffer[from + 1] == 'X');
        int digits = from + (hex ? 2 : 1);
        if (digits == to || to - digits > 7) {
            return -1;
        }
        int value = 0;
        for (int j = digits; j < to; j++) {
            int digit = Character.digit(buffer[j], hex ? 16 : 10);
            if (digit < 0) {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        boolean character = value > 0 && Character.isValidCodePoint(value)
                && (value > 0xFFFF || !Character.isSurrogate((char) value));
        return character ? value : -1;
    }

    private boolean matches(int at, String text) {
        if (at + text.length() > limit) {
            return false;
        }
        for (int j = 0; j < text.length(); j++) {
            if (buffer[at + j] != text.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEntityChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
    }

    /** Keeps at least {@value #LONGEST_ENTITY} characters ahead of {@link #position} unless the text ends first. */
    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit < buffer.length && !eof) {
            int read = input.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
                if (limit >= LONGEST_ENTITY) {
                    return;
                }
            }
        }
    }
}
