package org.policymonitor.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * NUL characters are refused at the door, in the URL and in JSON strings: PostgreSQL cannot store them and fails the
 * statement (a 500), and no legitimate value contains one. The answer is a 400 naming the field.
 */
public class NoNulCharacters {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInUrl(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        if (raw.toLowerCase(Locale.ROOT).contains("%00")) {
            return Problem.of(400, "the URL contains a NUL character (%00)").toResponse();
        }
        return null;
    }

    /** Jackson: every string in a request body is checked. */
    @Singleton
    public static class Strings implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("no-nul-characters").addDeserializer(String.class, new Refusing()));
        }
    }

    /** Reads a string as Jackson does, then refuses it if it holds a NUL. */
    static final class Refusing extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new NulCharacterException(p, value);
            }
            return value;
        }
    }

    /** A string value with a NUL character. */
    public static final class NulCharacterException extends InvalidFormatException {
        NulCharacterException(JsonParser p, String value) {
            super(p, "must not contain NUL characters", value, String.class);
        }
    }
}
