package org.policymonitor.alert.item;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.events.ChangeKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'',                              published",
            "edited,                          edited",
            "edited edited,                   edited",
            "removed,                         removed",
            "removed restored,                published",
            "edited removed,                  removed",
            "edited removed restored,         edited",
            "removed restored edited,         edited",
            "edited removed restored removed, removed",
    })
    void theStatusFollowsTheChangesInOrder(String changes, String status) {
        List<ChangeKind> kinds = Arrays.stream(changes.trim().split("\\s+")).filter(s -> !s.isEmpty())
                .map(s -> ChangeKind.valueOf(s.toUpperCase(Locale.ROOT))).toList();
        assertThat(PublicationStatus.after(kinds).wire()).isEqualTo(status);
    }
}
