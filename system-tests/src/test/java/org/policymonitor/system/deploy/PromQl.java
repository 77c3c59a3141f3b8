package org.policymonitor.system.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough PromQL reading to list the metric names an expression queries, and to catch unbalanced brackets. */
final class PromQl {

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "offset", "bool", "and", "or", "unless", "inf", "nan", "atan2");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        assertBalanced(expression);
        String e = expression
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")                // string literals (label values)
                .replaceAll("\\$\\{?[a-zA-Z_][a-zA-Z0-9_]*}?", "1")              // Grafana variables ($__rate_interval, ${source})
                .replaceAll("\\{[^}]*}", "")                                       // label matchers
                .replaceAll("\\[[^]]*]", "")                                       // range and subquery selectors
                .replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\b", " ")          // numbers
                .replaceAll("\\b\\d+(ms|s|m|h|d|w|y)\\b", " ");                    // durations after offset
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(e);
        while (m.find()) {
            String token = m.group();
            int after = m.end();
            while (after < e.length() && Character.isWhitespace(e.charAt(after))) {
                after++;
            }
            boolean isFunctionCall = after < e.length() && e.charAt(after) == '(';
            if (!isFunctionCall && !KEYWORDS.contains(token.toLowerCase())) {
                names.add(token);
            }
        }
        return names;
    }

    private static void assertBalanced(String expression) {
        String pairs = "(){}[]";
        StringBuilder stack = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' && (i == 0 || expression.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && pairs.indexOf(c) >= 0) {
                int index = pairs.indexOf(c);
                if (index % 2 == 0) {
                    stack.append(pairs.charAt(index + 1));
                } else if (stack.isEmpty() || stack.charAt(stack.length() - 1) != c) {
                    throw new AssertionError("unbalanced '" + c + "' at " + i + " in PromQL: " + expression);
                } else {
                    stack.setLength(stack.length() - 1);
                }
            }
        }
        if (inString || !stack.isEmpty()) {
            throw new AssertionError("unclosed " + (inString ? "string" : "'" + stack + "'") + " in PromQL: " + expression);
        }
    }
}
