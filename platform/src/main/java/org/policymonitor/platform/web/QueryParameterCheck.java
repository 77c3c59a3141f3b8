package org.policymonitor.platform.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.policymonitor.platform.text.TextCut;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the API endpoint does not declare ({@code from=} where the name is {@code publishedFrom}), or a
 * single-valued one given twice ({@code size=1&size=2}), is a 400 naming it and the names the endpoint accepts. JAX-RS
 * ignores unknown parameters and takes the first of repeated ones, so a mistyped filter silently returned unfiltered
 * results. The names are read from the matched resource method: its {@code @QueryParam} parameters and the
 * {@code @QueryParam} fields of its {@code @BeanParam}s; a parameter may repeat when its type is a collection or an
 * array ({@code theme=a&theme=b}).
 * <p>
 * Only paths under {@code /api}: the console's pages read their URL themselves and keep what they do not know (a
 * bookmarked link of an older console still opens), and Quarkus's own endpoints are not JAX-RS resources.
 */
public class QueryParameterCheck {

    private static final Map<Method, Map<String, Boolean>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUnknownOrRepeated(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String path = request.getUriInfo().getPath();
        if (method == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            return null;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        if (given.isEmpty()) {
            return null;
        }
        Map<String, Boolean> declared = DECLARED.computeIfAbsent(method, QueryParameterCheck::declaredBy);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            String name = parameter.getKey();
            Boolean repeatable = declared.get(name);
            if (repeatable == null) {
                errors.add(new Problem.FieldError(name, declared.isEmpty() ? "is not a parameter of this endpoint, "
                        + "which takes no query parameters" : "is not a parameter of this endpoint; it accepts "
                        + String.join(", ", declared.keySet())));
            } else if (!repeatable && parameter.getValue().size() > 1) {
                errors.add(new Problem.FieldError(name, "is given " + parameter.getValue().size()
                        + " times; it takes one value"));
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        String detail = errors.size() == 1 ? quoted(errors.get(0).field()) + " " + errors.get(0).message()
                : "invalid query parameters: " + String.join("; ",
                errors.stream().map(e -> quoted(e.field()) + " " + e.message()).toList());
        return Problem.of(400, detail).withErrors(errors).toResponse();
    }

    private static String quoted(String name) {
        String shown = TextCut.shortened(name, 60);
        return "'" + shown + "'";
    }

    /** The query parameters a resource method takes, in declaration order, each with whether it may repeat. */
    static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            add(names, parameter, parameter.getType());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = parameter.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        add(names, field, field.getType());
                    }
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static void add(Map<String, Boolean> names, AnnotatedElement element, Class<?> type) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.put(query.value(), type.isArray() || Collection.class.isAssignableFrom(type));
        }
    }
}
