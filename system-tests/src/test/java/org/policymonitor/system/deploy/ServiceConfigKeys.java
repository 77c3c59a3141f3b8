package org.policymonitor.system.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration a service reads, as environment variable names: the keys of its application.properties and of
 * the platform's shared microprofile-config.properties and the ${VARIABLES} they reference, its @ConfigProperty
 * names and its @ConfigMapping properties, each converted the way SmallRye Config matches environment variables
 * (upper case, every other character an underscore).
 */
final class ServiceConfigKeys {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern ACCESSOR = Pattern.compile("^\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*[\\w<>, ?.]+\\s+(\\w+)\\(\\);",
            Pattern.MULTILINE);
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /** The settings every service shares, from the platform jar (platform/README.md "Configuration"). */
    static final String SHARED_CONFIG = "platform/src/main/resources/META-INF/microprofile-config.properties";

    private ServiceConfigKeys() {
    }

    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Every environment variable name that reaches a configuration key of {@code service}. */
    static Set<String> of(String service) {
        Path module = Repository.root().resolve(service);
        Set<String> names = new TreeSet<>();
        String properties = Repository.read(module.resolve("src/main/resources/application.properties")) + "\n"
                + Repository.read(Repository.root().resolve(SHARED_CONFIG));
        for (String line : properties.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).trim().replaceFirst("^%[^.]+\\.", "");
            names.add(envName(key));
            Matcher env = ENV_REFERENCE.matcher(trimmed);
            while (env.find()) {
                names.add(env.group(1));
            }
        }
        for (String source : javaSources(module.resolve("src/main/java"))) {
            Matcher property = CONFIG_PROPERTY.matcher(source);
            while (property.find()) {
                names.add(envName(property.group(1)));
            }
            Matcher mapping = CONFIG_MAPPING.matcher(source);
            if (mapping.find()) {
                String prefix = mapping.group(1);
                List<String> accessors = new ArrayList<>();
                Matcher accessor = ACCESSOR.matcher(source);
                while (accessor.find()) {
                    accessors.add(kebab(accessor.group(1)));
                }
                // a property of the mapping itself or of one of its groups (prefix.group.property)
                for (String a : accessors) {
                    names.add(envName(prefix + "." + a));
                    for (String b : accessors) {
                        names.add(envName(prefix + "." + a + "." + b));
                    }
                }
            }
        }
        return names;
    }

    private static List<String> javaSources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> sources = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(f));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
