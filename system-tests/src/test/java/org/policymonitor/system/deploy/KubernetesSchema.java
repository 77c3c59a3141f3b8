package org.policymonitor.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads rendered objects into the Kubernetes API types (fabric8's model of the OpenAPI schema) and lists every
 * field the API does not define — a misspelt {@code livenesProbe} or a {@code resource:} would otherwise be
 * dropped silently by the API server's decoder or refused only at apply time.
 */
final class KubernetesSchema {

    private static final Map<String, Class<?>> TYPES = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Namespace", Namespace.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private KubernetesSchema() {
    }

    /** "kind name: path.to.field" for every field of {@code object} that its API type does not have. */
    static List<String> unknownFields(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Class<?> model = TYPES.get(type);
        if (model == null) {
            return List.of(type + " is not a type these manifests should contain");
        }
        Object typed;
        try {
            typed = Repository.YAML.treeToValue(object, model);
        } catch (Exception e) {
            return List.of(type + " does not read as " + model.getSimpleName() + ": " + e.getMessage());
        }
        List<String> unknown = new ArrayList<>();
        walk(typed, type + " " + object.path("metadata").path("name").asText() + ":", unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
            } else {
                String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                walk(child, path + "." + field, unknown);
            }
        }
    }
}
