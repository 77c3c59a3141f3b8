package org.policymonitor.alert.act;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the acts index ({@code item_act}): an act an item names, once per act however often it is named.
 *
 * @param sameAs the id of the same act under its other name when the item tells both (a numbered law told with its
 *               title, and that title), else null
 */
public record ActRow(String id, String kind, String number, LocalDate date, String sameAs) {

    /**
     * The rows of an item's references, in their order: one per act id. A numbered law told with its title
     * ({@link ActReference#titleId}) also gives the titled law a row, each naming the other as {@code sameAs}, even when
     * the item names the title on its own elsewhere (a headline's "закон об искусственном интеллекте").
     */
    public static List<ActRow> of(List<ActReference> refs) {
        Map<String, ActRow> rows = new LinkedHashMap<>();
        for (ActReference r : refs) {
            rows.merge(r.id(), new ActRow(r.id(), r.kind(), r.number(), r.date(), r.titleId()), ActRow::joined);
            if (r.titleId() != null) {
                rows.merge(r.titleId(), new ActRow(r.titleId(), r.kind(), null, r.date(), r.id()), ActRow::joined);
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** The first row of an act, with what a later mention of it adds: the other name, the date. */
    private ActRow joined(ActRow later) {
        return new ActRow(id, kind, number, date != null ? date : later.date, sameAs != null ? sameAs : later.sameAs);
    }
}
