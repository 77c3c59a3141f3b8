package org.policymonitor.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON request body is one value, each of its objects with each field once: {@code {"a":1} {"b":2}} or
 * {@code {…}garbage} is refused (a 400 saying what follows the value, {@link ProblemMappers}) instead of read up to
 * the end of the first value with the rest ignored, and {@code {"name":"a","name":"b"}} is a 400 naming the field
 * instead of the last one silently winning — a client whose body was concatenated, corrupted or built by merging
 * would otherwise get a success for a request it did not mean. Whitespace after the value is fine.
 * <p>
 * A field the body's type does not have ({@code oncePerStroy} for {@code oncePerStory}) is a 400 naming it and the
 * fields there are, for the same reason: Quarkus's default ignores it, and the request succeeded without what the
 * client asked for. Types that take whole objects of another shape say so themselves ({@code @JsonIgnoreProperties}).
 */
@Singleton
public class OneJsonValue implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
