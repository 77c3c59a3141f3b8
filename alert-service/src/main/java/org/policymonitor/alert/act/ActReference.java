package org.policymonitor.alert.act;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * One mention of a legal act in an item, kept like evidence: the field and offsets of the text that names it.
 *
 * @param id     normalised id, the same in every language: {@code decree:135}, {@code law:99},
 *               {@code resolution:123}, {@code directive:1}, or {@code law:personal-data-protection} for a law named
 *               by its title
 * @param kind   {@code decree} (Указ, Ўказ, Декрет, Дэкрэт, Decree, Edict), {@code law}, {@code resolution}
 *               (of the Council of Ministers) or {@code directive}
 * @param number the act's number as normalised ({@code 135}, {@code 99-Z}), null for a law named by title
 * @param date   the act's date when the text gives it, else null
 * @param field  {@code title}, {@code summary} or {@code content}
 * @param start  offset of the first character in the field (UTF-16 units, as evidence counts)
 * @param end    offset one past the last character
 * @param titleId for a numbered law told with its title ("Закон № 87-З «Об искусственном интеллекте»"), the id of the
 *               same law named by its title ({@code law:artificial-intelligence}), else null: the item says the two
 *               are one law, which is how the acts API joins their timelines and the grouping their keys
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActReference(String id, String kind, String number, LocalDate date, String text, String field,
                           int start, int end, String titleId) {

    /** A mention that tells no title of its own. */
    public ActReference(String id, String kind, String number, LocalDate date, String text, String field, int start,
                        int end) {
        this(id, kind, number, date, text, field, start, end, null);
    }

    ActReference withTitleId(String title) {
        return new ActReference(id, kind, number, date, text, field, start, end, title);
    }
}
