package org.policymonitor.alert.act;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of days told once for a list of acts, as official texts cite acts of one kind adopted on different days:
 * "указами от 1 и 3 марта 2025 г. № 45 и 47", "пастановамі … ад 1 і 3 сакавіка 2025 г. № 45 і № 47", "Decrees Nos. 45
 * and 47 of 1 and 3 March 2025", "от 1 марта и 3 апреля 2025 г.". The days pair with the numbers in order when there are
 * as many of each; otherwise which day is whose is not known, and no act gets one (no date rather than a wrong one).
 * A day without its month or year takes them from the next day that has them ("1 и 3 марта 2025" is 1 and 3 March).
 */
final class PairedDates {

    /** A day, with its month or without: "1", "1 марта", "3rd of April". */
    private static final String DAY_ITEM = "\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?" + ActExtractor.MONTH_WORD + "\\p{L}{0,8}\\.?)?";
    /** "от 1 и 3 марта 2025 г.", "of 1, 3 and 5 March 2025": two days or more, the last one full. */
    static final String LIST = "(?:от|ад|of|dated)\\s+" + DAY_ITEM + "(?:\\s*,\\s*" + DAY_ITEM + ")*\\s*,?\\s*"
            + "(?:и|і|and|&)\\s+" + ActExtractor.DATE;
    private static final Pattern LISTED = Pattern.compile(LIST);
    private static final Pattern AFTER = Pattern.compile("\\s*,?\\s*" + LIST);
    /** The list's last day, read whole: "3 марта 2025 г." at its end. */
    private static final Pattern LAST = Pattern.compile(ActExtractor.DATE + "$");
    private static final Pattern ITEM = Pattern.compile("(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?(?<month>\\p{L}{3,11}))?");

    private PairedDates() {
    }

    /** The days of the list the words before a number tell, in order; null when they tell none. */
    static List<LocalDate> in(String words) {
        Matcher m = LISTED.matcher(words);
        return m.find() ? days(m.group()) : null;
    }

    /** The end of a list of days told right after a list's last number ("Nos. 45 and 47 of 1 and 3 March 2025"), or -1. */
    static int after(String lower, int at) {
        Matcher m = AFTER.matcher(lower).region(at, lower.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** The days of a list, in order: the last one read whole, the earlier ones completed from those after them. */
    static List<LocalDate> days(String list) {
        Matcher full = LAST.matcher(list.strip());
        LocalDate last = full.find() ? ActExtractor.date(full.group()) : null;
        if (last == null) {
            return null;
        }
        String head = list.strip().substring(0, full.start()); // "от 1 и ", ", of 1, 3 and "
        List<int[]> items = new ArrayList<>(); // day, month (0: not told)
        Matcher item = ITEM.matcher(head);
        while (item.find()) {
            Integer month = item.group("month") == null ? null : ActExtractor.month(item.group("month"));
            items.add(new int[] {Integer.parseInt(item.group("day")), month == null ? 0 : month});
        }
        List<LocalDate> days = new ArrayList<>();
        int month = last.getMonthValue();
        for (int i = items.size() - 1; i >= 0; i--) { // a month told later holds for the days before it
            if (items.get(i)[1] != 0) {
                month = items.get(i)[1];
            }
            try {
                days.add(0, LocalDate.of(last.getYear(), month, items.get(i)[0]));
            } catch (DateTimeException e) {
                return null; // "от 31 и 1 апреля": not a list of days we can read
            }
        }
        days.add(last);
        return days;
    }
}
