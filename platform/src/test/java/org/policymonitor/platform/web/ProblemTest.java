package org.policymonitor.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A problem's own members are written beside the standard ones, where RFC 9457 puts them. */
class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void extensionMembersStandAtTheTopLevelInTheOrderGiven() throws Exception {
        Problem problem = Problem.of(409, "the lease ran out").with("newItems", 600).with("recorded", 250);

        assertThat(json.writeValueAsString(problem)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"the lease ran out\",\"newItems\":600,\"recorded\":250}");
    }

    @Test
    void aProblemWithoutExtensionsIsWrittenAsBefore() throws Exception {
        Problem problem = Problem.of(400, "q: too long").withErrors(List.of(new Problem.FieldError("q", "too long")));

        assertThat(json.writeValueAsString(problem)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\","
                + "\"status\":400,\"detail\":\"q: too long\",\"errors\":[{\"field\":\"q\",\"message\":\"too long\"}]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "detail", "errors", "ab", "1st", "new-items", ""})
    void aNameThatWouldHideAStandardMemberOrThatTheRfcAdvisesAgainstIsRefused(String name) {
        assertThatThrownBy(() -> Problem.of(409, "x").with(name, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a name for a problem's own member");
    }
}
