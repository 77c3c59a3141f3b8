package org.policymonitor.testing.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package dependency graph of a source tree, read from the {@code import} lines of its Java files (the house
 * style names other packages' classes only through imports, never fully qualified inline), and its cycles: the
 * strongly connected components with more than one package. Plain Java with no dependency; every service's
 * {@link PackageStructureContract} uses it.
 */
public final class PackageCycles {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\.[\\w*]+\\s*;",
            Pattern.MULTILINE);

    private PackageCycles() {
    }

    /** Package → the packages under {@code basePackage} it imports from (itself excluded). */
    public static Map<String, Set<String>> dependencies(Path sourceRoot, String basePackage) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find()) {
                    continue;
                }
                String from = pkg.group(1);
                Set<String> targets = graph.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher imports = IMPORT.matcher(source);
                while (imports.find()) {
                    String to = packageOf(imports.group(1), basePackage);
                    if (to != null && !to.equals(from)) {
                        targets.add(to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        graph.values().forEach(targets -> targets.removeIf(t -> !graph.containsKey(t) && !t.startsWith(basePackage)));
        return graph;
    }

    /** The cycles of the graph, each as its packages in sorted order; empty when imports read top-down. */
    public static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        return new Tarjan(graph).components().stream().filter(c -> c.size() > 1).toList();
    }

    /** An import names a class (maybe nested: {@code a.b.Outer.Inner}); its package is the part in lower case. */
    private static String packageOf(String qualifier, String basePackage) {
        if (!qualifier.startsWith(basePackage)) {
            return null;
        }
        StringBuilder pkg = new StringBuilder();
        for (String part : qualifier.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.isEmpty() ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    /** Tarjan's strongly connected components. */
    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            graph.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
