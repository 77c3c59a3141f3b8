package org.policymonitor.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlinesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null,                             1",
            "'',                               1",
            "'${policy.test.deadline-factor}', 1",
            "2,                                2",
            "' 1.5 ',                          1.5",
            "0.5,                              1",
    })
    void theFactorComesFromTheSettingAndNeverShortensADeadline(String setting, double factor) {
        assertThat(Deadlines.factor(setting)).isEqualTo(factor);
    }

    @Test
    void aFactorThatIsNotANumberIsAClearError() {
        assertThatThrownBy(() -> Deadlines.factor("twice")).hasMessageContaining("policy.test.deadline-factor")
                .hasMessageContaining("'twice'");
    }
}
