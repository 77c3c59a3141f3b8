package org.policymonitor.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON request body is one value: {@code {"a":1} {"b":2}} or {@code {…}garbage} is refused (a 400 saying what
 * follows the value, {@link ProblemMappers}) instead of read up to the end of the first value with the rest ignored —
 * a client whose body was concatenated or corrupted would otherwise get a success for a request it did not mean.
 * Whitespace after the value is fine.
 */
@Singleton
public class OneJsonValue implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
