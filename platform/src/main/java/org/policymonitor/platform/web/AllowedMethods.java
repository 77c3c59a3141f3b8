package org.policymonitor.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods a path of the service's REST API answers, for {@code Allow} on a 405 and on {@code OPTIONS}
 * (RFC 9110 §10.2.1, §15.5.6). Quarkus REST puts none on its 405 and answers {@code OPTIONS} with the methods of the
 * whole resource class; this takes, as JAX-RS routes a request (spec 3.7.2), the resource methods whose path template
 * matches the path most specifically (most literal characters, then most variables) and their HTTP methods, plus HEAD
 * where GET is (JAX-RS answers it) and OPTIONS. Built once from the resource classes (the beans with {@code @Path}).
 */
public final class AllowedMethods {

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /**
     * One resource method: its full path template as a regular expression, how specific that template is, its HTTP
     * method and the media types it answers and reads ({@code @Produces}, {@code @Consumes}; empty: not declared).
     */
    record Route(Pattern path, int literalChars, int variables, String method, List<String> produces,
                 List<String> consumes) {

        Route(Pattern path, int literalChars, int variables, String method) {
            this(path, literalChars, variables, method, List.of(), List.of());
        }
    }

    /**
     * The methods the path has, for {@code Allow} ("GET, HEAD, OPTIONS"), or null when no resource method has the
     * path (then it is a 404, not a 405).
     *
     * @param path the request's path (matrix parameters and a trailing slash are ignored, as JAX-RS does)
     */
    public static String of(String path) {
        List<Route> routed = routed(path);
        if (routed.isEmpty()) {
            return null;
        }
        Set<String> methods = new TreeSet<>();
        for (Route r : routed) {
            methods.add(r.method());
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /**
     * The media types the path's resource methods for {@code method} answer ({@code "application/json"}, {@code
     * "text/csv"}), or read when {@code consumed}, in the order declared; empty when none is declared or no method
     * has the path. For a 406 and a 415 that say what the endpoint takes instead of Quarkus's "did not match the
     * value in @Produces".
     */
    public static List<String> mediaTypes(String path, String method, boolean consumed) {
        Set<String> types = new LinkedHashSet<>();
        for (Route r : routed(path)) {
            if (method == null || r.method().equals(method) || method.equals(HttpMethod.HEAD) && r.method().equals(HttpMethod.GET)) {
                types.addAll(consumed ? r.consumes() : r.produces());
            }
        }
        return List.copyOf(types);
    }

    /** The resource methods JAX-RS would route the path to: those of the most specific matching template. */
    private static List<Route> routed(String path) {
        String p = normalise(path);
        List<Route> matching = new ArrayList<>();
        for (Route r : routes()) {
            if (r.path().matcher(p).matches()) {
                matching.add(r);
            }
        }
        if (matching.isEmpty()) {
            return List.of();
        }
        Route best = matching.stream().max(Comparator.comparingInt(Route::literalChars)
                .thenComparingInt(Route::variables)).orElseThrow();
        List<Route> routed = new ArrayList<>();
        for (Route r : matching) {
            if (r.literalChars() == best.literalChars() && r.variables() == best.variables()) {
                routed.add(r);
            }
        }
        return routed;
    }

    private static List<Route> routes() {
        List<Route> built = routes;
        if (built == null) {
            built = build();
            routes = built;
        }
        return built;
    }

    private static List<Route> build() {
        List<Route> built = new ArrayList<>();
        ArcContainer container = Arc.container();
        if (container == null) {
            return built;
        }
        for (Bean<?> bean : container.beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String http = httpMethod(m);
                if (http != null) {
                    Path sub = m.getAnnotation(Path.class);
                    Route r = route(root.value() + "/" + (sub == null ? "" : sub.value()), http);
                    Produces produces = m.isAnnotationPresent(Produces.class) ? m.getAnnotation(Produces.class)
                            : type.getAnnotation(Produces.class);
                    Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    built.add(new Route(r.path(), r.literalChars(), r.variables(), http,
                            produces == null ? List.of() : types(produces.value()),
                            consumes == null ? List.of() : types(consumes.value())));
                }
            }
        }
        return List.copyOf(built);
    }

    /** {@code @Produces({"a/b, c/d"})}: each value may list several types. */
    private static List<String> types(String[] values) {
        List<String> types = new ArrayList<>();
        for (String v : values) {
            for (String t : v.split(",")) {
                if (!t.isBlank()) {
                    types.add(t.strip());
                }
            }
        }
        return types;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A template ("/api/items/{id}", "{id: [0-9]+}") as a regular expression over a normalised path. */
    static Route route(String template, String method) {
        // not normalise(): a variable's regular expression may hold a ';'
        String t = ("/" + template).replaceAll("/{2,}", "/");
        t = t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        int variables = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < t.length() && depth > 0) {
                    depth += t.charAt(j) == '{' ? 1 : t.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                String variable = t.substring(i + 1, j - 1);
                int colon = variable.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).strip()).append(')');
                variables++;
                i = j;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                literal++;
                i++;
            }
        }
        return new Route(Pattern.compile(regex.toString()), literal, variables, method);
    }

    /** "/api//items/x/" and "/api;v=1/items/x" as "/api/items/x". */
    static String normalise(String path) {
        StringBuilder b = new StringBuilder();
        for (String segment : path.split("/")) {
            int matrix = segment.indexOf(';');
            String s = matrix < 0 ? segment : segment.substring(0, matrix);
            if (!s.isEmpty()) {
                b.append('/').append(s);
            }
        }
        return b.length() == 0 ? "/" : b.toString();
    }
}
