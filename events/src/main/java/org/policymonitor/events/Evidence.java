package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Why a rule fired: the text it matched in one field of the item.
 *
 * @param field   {@code title}, {@code summary} or {@code content}
 * @param text    the matched text as it appears in the field
 * @param start   offset of the first matched character in the field (UTF-16 code units, as Java and JavaScript count)
 * @param end     offset one past the last matched character
 * @param rule    id of the rule that matched
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evidence(String field, String text, int start, int end, String rule) {
}
