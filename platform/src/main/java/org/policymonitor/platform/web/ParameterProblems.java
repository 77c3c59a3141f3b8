package org.policymonitor.platform.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.policymonitor.platform.text.TextCut;

import java.util.List;
import java.util.Map;

/**
 * The 400 for a query or path parameter whose value is not of the parameter's type. JAX-RS does not say which
 * parameter failed, only the converter's message ({@code For input string: "abc"}, {@code Invalid UUID string: x}):
 * the parameter is the one whose value that message quotes.
 */
final class ParameterProblems {

    private ParameterProblems() {
    }

    static Problem wrongType(Throwable conversion, UriInfo uriInfo) {
        String message = rootMessage(conversion);
        Map.Entry<String, String> parameter = uriInfo == null ? null
                : quoted(message, uriInfo.getQueryParameters(), uriInfo.getPathParameters());
        if (parameter == null) {
            return Problem.of(400, "a query or path parameter has a value of the wrong type: " + message);
        }
        String value = parameter.getValue();
        String reason = "'" + TextCut.shortened(value, 60) + "' is not "
                + expected(conversion, message);
        return Problem.of(400, parameter.getKey() + ": " + reason)
                .withErrors(List.of(new Problem.FieldError(parameter.getKey(), reason)));
    }

    private static String expected(Throwable conversion, String message) {
        Throwable root = root(conversion);
        if (root instanceof NumberFormatException) {
            return "a whole number";
        }
        if (message.contains("UUID")) {
            return "a UUID";
        }
        return "a valid value";
    }

    /** The parameter with the longest value the message contains ("page=1&size=1x": the message quotes "1x"). */
    @SafeVarargs
    private static Map.Entry<String, String> quoted(String message, MultivaluedMap<String, String>... parameters) {
        Map.Entry<String, String> best = null;
        for (MultivaluedMap<String, String> map : parameters) {
            for (Map.Entry<String, List<String>> e : map.entrySet()) {
                for (String value : e.getValue()) {
                    if (value != null && !value.isEmpty() && message.contains(value)
                            && (best == null || value.length() > best.getValue().length())) {
                        best = Map.entry(e.getKey(), value);
                    }
                }
            }
        }
        return best;
    }

    private static Throwable root(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = root(t);
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
