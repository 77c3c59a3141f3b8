package org.policymonitor.classifier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code policy.rules.*}: where the rules come from and how their changes are picked up. */
@ConfigMapping(prefix = "policy.rules")
public interface RulesConfig {

    /** A rules file on disk (env {@code POLICY_RULES_FILE}); when absent the shipped catalogue is used. */
    Optional<String> file();

    /** How often the rules file is checked for a change (env {@code POLICY_RULES_WATCH_INTERVAL}). */
    @WithDefault("5s")
    Duration watchInterval();

    /** How many recently classified items {@code POST /api/rules/validate} previews a candidate on. */
    @WithDefault("500")
    int recentItems();

    /** How long a replaced ruleset stays open for classifications already running on it. */
    @WithDefault("30s")
    Duration retireAfter();
}
