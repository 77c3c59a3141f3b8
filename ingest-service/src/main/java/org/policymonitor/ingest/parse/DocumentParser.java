package org.policymonitor.ingest.parse;

import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.ingest.source.SourceType;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;

/**
 * One entry point from fetched bytes to items: refuses bodies too small to be anything, decodes the text
 * ({@link Charsets}) and hands it to the feed or listing parser the endpoint asks for.
 */
public final class DocumentParser {

    /** "A 200 answer with an 11-byte body": below this size nothing useful can be in a document. */
    public static final int DEFAULT_MIN_BODY_BYTES = 64;
    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "be", "uk", "bg", "sr", "mk", "kk");

    private final FeedParser feeds = new FeedParser();
    private final ListingParser listings = new ListingParser();
    private final int minBodyBytes;

    public DocumentParser() {
        this(DEFAULT_MIN_BODY_BYTES);
    }

    public DocumentParser(int minBodyBytes) {
        this.minBodyBytes = minBodyBytes;
    }

    /**
     * @param body        the raw bytes as fetched
     * @param contentType the Content-Type header, or null
     * @param base        the URL the body came from (after redirects), for relative links
     * @param language    the source's language (fallback when the document declares none)
     * @param zone        the source's zone for dates without an offset
     */
    public ParsedDocument parse(byte[] body, String contentType, URI base, Endpoint endpoint, String language,
                                ZoneId zone) throws SourceFailure {
        if (body == null || body.length < minBodyBytes || blank(body)) {
            throw new SourceFailure(FailureReason.EMPTY_BODY, "empty or tiny body (" + (body == null ? 0 : body.length)
                    + " bytes, fewer than " + minBodyBytes + ")");
        }
        String text = Charsets.decode(body, contentType, fallbackCharset(language));
        if (endpoint.type() == SourceType.HTML) {
            return listings.parse(text, base, endpoint, language, zone);
        }
        return feeds.parse(text, base, language, zone);
    }

    /**
     * Whether the bytes are all whitespace as {@link String#isBlank()} tells it of the bytes read as windows-1252
     * (tab to carriage return, the four separators 0x1C–0x1F, space), without a copy of a body of megabytes.
     */
    private static boolean blank(byte[] body) {
        for (byte b : body) {
            if (!(b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the body begins as an RSS, Atom or RDF feed (its root within the first 512 characters, read as ASCII):
     * a CMS often serves its feed as {@code text/html}, so a document's type cannot be taken from its header alone.
     */
    public static boolean looksLikeFeed(byte[] body) {
        return body != null && ListingParser.looksLikeFeed(
                new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1));
    }

    /** The charset assumed when neither the bytes, the header nor the document tell: by the source's language. */
    public static Charset fallbackCharset(String language) {
        return Charset.forName(language != null && CYRILLIC_LANGUAGES.contains(language)
                ? "windows-1251" : "windows-1252");
    }
}
