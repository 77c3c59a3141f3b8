package org.policymonitor.alert.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.util.List;

/**
 * The export's file type, from {@code format=} or, without it, the request's {@code Accept} header. Both could be
 * given and disagree: JAX-RS picked the method by the Accept header and the body by {@code format}, so a client that
 * asked for JSON by its header received a CSV file (or the reverse) as a 200 it then read wrongly. A {@code format}
 * the Accept header excludes is now a 406 problem naming both; without {@code format}, the type the Accept header
 * prefers is sent, and CSV when it prefers neither (a browser's Accept, which takes any type at q=0.8, and curl's),
 * as before.
 */
enum ExportFormat {

    CSV("csv", "text/csv"),
    JSON("json", MediaType.APPLICATION_JSON);

    private final String wire;
    private final MediaType type;

    ExportFormat(String wire, String type) {
        this.wire = wire;
        this.type = MediaType.valueOf(type);
    }

    String wire() {
        return wire;
    }

    /**
     * @param format the {@code format} parameter, null when not given
     * @throws ProblemException 400 for an unknown format, 406 for one the Accept header excludes
     */
    static ExportFormat chosen(String format, HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        if (format == null) {
            double csv = CSV.quality(accepted);
            double json = JSON.quality(accepted);
            if (csv == 0 && json == 0) {
                throw notAcceptable("this export is text/csv (format=csv) or application/json (format=json)", headers);
            }
            return json > csv ? JSON : CSV;
        }
        for (ExportFormat f : values()) {
            if (f.wire.equals(format)) {
                if (f.quality(accepted) == 0) {
                    throw notAcceptable("format=" + format + " is " + f.type + ", which the request's Accept does not "
                            + "take: leave format out to have the Accept header choose, or accept " + f.type, headers);
                }
                return f;
            }
        }
        throw ProblemException.invalidField("format", "must be 'csv' or 'json'");
    }

    /**
     * How much the Accept header wants this type: the q of the most specific range that covers it (RFC 9110 §12.5.1:
     * {@code application/json, text/csv;q=0} refuses CSV although nothing else would), 0 when none does.
     */
    private double quality(List<MediaType> accepted) {
        int best = -1;
        double quality = 0;
        for (MediaType range : accepted) {
            if (!range.isCompatible(type)) {
                continue;
            }
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (specificity > best) {
                best = specificity;
                quality = qualityOf(range);
            }
        }
        return quality;
    }

    private static double qualityOf(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 1; // a malformed weight counts as none given
        }
    }

    private static ProblemException notAcceptable(String what, HttpHeaders headers) {
        return new ProblemException(Problem.of(406, what + " (Accept: " + headers.getHeaderString(HttpHeaders.ACCEPT)
                + ")"));
    }
}
