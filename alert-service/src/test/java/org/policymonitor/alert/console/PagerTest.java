package org.policymonitor.alert.console;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTest {

    private static InboxQuery page(int page) {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        params.add("theme", "ai-law");
        params.add("page", String.valueOf(page));
        params.add("size", "20");
        return InboxQuery.of(params, 50);
    }

    @Test
    void aPageInTheMiddleLinksToItsNeighbours() {
        Pager p = Pager.of(page(1), 45, 20);
        assertThat(p.first()).isEqualTo(21);
        assertThat(p.last()).isEqualTo(40);
        assertThat(p.previousQuery()).isEqualTo("theme=ai-law&size=20&page=0");
        assertThat(p.nextQuery()).isEqualTo("theme=ai-law&size=20&page=2");
        assertThat(p.hasNext()).isTrue();
        assertThat(p.pastTheEnd()).isFalse();
    }

    /**
     * A page after the last (a bookmark from before the filter's items were fewer, an edited URL) showed "Items 0–0
     * of 17" and a "Newer" link one page back: from page 5000, 4,999 clicks to reach the items.
     */
    @Test
    void aPageAfterTheLastLeadsToTheLastPageInOneStep() {
        Pager p = Pager.of(page(5000), 45, 0);
        assertThat(p.previousQuery()).isEqualTo("theme=ai-law&size=20&page=2");
        assertThat(p.hasPrevious()).isTrue();
        assertThat(p.hasNext()).isFalse();
        assertThat(p.pastTheEnd()).isTrue();
        assertThat(Pager.of(page(0), 0, 0).pastTheEnd()).as("no items at all").isFalse();
    }
}
