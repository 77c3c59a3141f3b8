package org.policymonitor.alert.subscription;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.policymonitor.alert.config.AlertConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The themes subscriptions may name: those of the classifier's ruleset, read from the same rules file
 * ({@code policy.alert.rules-file}), else from the rules the classifier ships (built into this service). The file is
 * read again whenever it is asked for, so a theme added to the rules can be subscribed to as soon as the file
 * changes, and nothing depends on the classifier being up. A file that cannot be read or has no valid theme list
 * is logged and the themes known before stay in force, as the classifier keeps its previous rules; at start there
 * is nothing before, so the service does not start.
 */
@ApplicationScoped
public class ThemeCatalogue {

    private static final Logger LOG = Logger.getLogger(ThemeCatalogue.class);
    static final String SHIPPED = "rules/rules.yaml";

    /** The file content last read and the theme ids it gave. */
    private record Known(byte[] content, List<String> ids) {
    }

    private final Optional<Path> file;
    private volatile Known known;
    /** The last problem logged, so that a file refused is reported once, not on every request. */
    private volatile String lastProblem;

    public ThemeCatalogue(AlertConfig config) {
        this.file = config.rulesFile().map(Path::of);
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("subscriptions may name the %d themes of %s", ids().size(), source());
    }

    /** The theme ids of the ruleset in force, in the order of the file. */
    public List<String> ids() {
        Known current = known;
        byte[] content;
        try {
            content = read();
        } catch (IOException e) {
            return keep(current, "cannot read " + source() + ": " + e.getMessage());
        }
        if (current != null && Arrays.equals(current.content(), content)) {
            return current.ids();
        }
        try {
            List<String> ids = RulesetThemes.ids(content);
            known = new Known(content, ids);
            lastProblem = null;
            if (current != null && !ids.equals(current.ids())) {
                LOG.infof("themes of %s changed: %s", source(), ids);
            }
            return ids;
        } catch (IllegalArgumentException e) {
            return keep(current, "the themes of " + source() + " are refused: " + e.getMessage());
        }
    }

    /** Keeps the themes known before a file that cannot be used, logging each new problem once. */
    private List<String> keep(Known current, String problem) {
        if (current == null) {
            throw new IllegalStateException(problem);
        }
        if (!problem.equals(lastProblem)) {
            lastProblem = problem;
            LOG.warnf("%s; the %d themes known before stay in force", problem, current.ids().size());
        }
        return current.ids();
    }

    private byte[] read() throws IOException {
        if (file.isPresent()) {
            return Files.readAllBytes(file.get());
        }
        try (InputStream in = ThemeCatalogue.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IOException(SHIPPED + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    private String source() {
        return file.map(f -> "the rules file " + f).orElse("the shipped rules " + SHIPPED);
    }
}
