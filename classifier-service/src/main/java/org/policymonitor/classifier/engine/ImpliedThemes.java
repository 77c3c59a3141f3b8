package org.policymonitor.classifier.engine;

import org.policymonitor.classifier.rules.ThemeDefinition;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The themes each theme implies through {@code implies:}, followed to the end of the chain. Themes may imply each
 * other (privacy ↔ data-protection); a theme never implies itself here.
 */
final class ImpliedThemes {

    private ImpliedThemes() {
    }

    static Map<String, Set<String>> closure(List<ThemeDefinition> themes) {
        Map<String, List<String>> direct = new HashMap<>();
        themes.forEach(theme -> direct.put(theme.id(), theme.implies()));
        Map<String, Set<String>> closure = new HashMap<>();
        for (ThemeDefinition theme : themes) {
            Set<String> reached = new LinkedHashSet<>();
            Deque<String> pending = new ArrayDeque<>(theme.implies());
            while (!pending.isEmpty()) {
                String next = pending.pop();
                if (!next.equals(theme.id()) && reached.add(next)) {
                    pending.addAll(direct.getOrDefault(next, List.of()));
                }
            }
            if (!reached.isEmpty()) {
                closure.put(theme.id(), Set.copyOf(reached));
            }
        }
        return Map.copyOf(closure);
    }
}
