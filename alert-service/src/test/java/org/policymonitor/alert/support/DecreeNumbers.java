package org.policymonitor.alert.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decree numbers that only one test class of this module names. The {@code @QuarkusTest} classes share one database
 * for the whole run, and an act is global: {@code decree:1234} has one timeline, one page, one entry in the act list,
 * whichever test's items named it. Three classes drew their numbers at random from 1000–8999 (twelve numbers a run);
 * when two draws met, an act's timeline held another test's items too — about one run in 280 for the timelines the
 * tests assert exactly. Each class now takes its numbers in order from a block of its own, so no two tests of a run
 * name the same decree; a new test that names decrees adds its block here. Numbers below 1000 are the fixed ones of
 * single tests (Decree No. 135, 212); directives, laws and resolutions are other acts.
 */
public enum DecreeNumbers {

    /** StoryApiTest: two numbers per event (the decree and its look-alike's), eight events a run at most so far. */
    STORY_API(1000, 3000),
    /** ItemFiltersOnEveryListTest: three items, three consecutive decrees, once a run. */
    ITEM_FILTERS(3000, 3100),
    /** ConsolePagesTest: the decree story and its look-alike, once a run. */
    CONSOLE_PAGES(3100, 3200),
    /** OncePerStoryChangesTest: one decree story, once a run. */
    ONCE_PER_STORY_CHANGES(3200, 3300);

    private final int end;
    private final AtomicInteger next;

    DecreeNumbers(int first, int end) {
        this.end = end;
        this.next = new AtomicInteger(first);
    }

    /** The first of {@code count} consecutive numbers that no other test of the run has named or will name. */
    public int take(int count) {
        int first = next.getAndAdd(count);
        if (first + count > end) {
            throw new IllegalStateException(name() + " has no " + count + " numbers left below " + end
                    + ": give the test class a larger block in DecreeNumbers");
        }
        return first;
    }
}
