package org.buyonce.k8s.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strimzi.api.kafka.model.connect.KafkaConnect;
import io.strimzi.api.kafka.model.connector.KafkaConnector;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.crdgenerator.annotations.PresentInVersions;
import io.strimzi.crdgenerator.annotations.RequiredInVersions;
import org.buyonce.k8s.render.K8sObject;

import java.beans.Introspector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Strimzi's custom resources, checked by Strimzi's own API model (the classes its CRDs are generated from): the object
 * must bind to the model (types, enums, the {@code type} of polymorphic parts), must have no field the model does not
 * know, no field the {@code v1} API no longer has, and every field {@code v1} requires.
 */
final class StrimziSchema implements Schema {

    private static final String GROUP = "kafka.strimzi.io";
    /** Strimzi 1.x serves only v1 (0.49 and later serve it too). */
    private static final String VERSION = "v1";

    private static final Map<String, Class<?>> MODELS = Map.of(
            "Kafka", Kafka.class,
            "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class,
            "KafkaConnect", KafkaConnect.class,
            "KafkaConnector", KafkaConnector.class);

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public boolean covers(K8sObject object) {
        return object.group().equals(GROUP);
    }

    @Override
    public List<String> violations(K8sObject object) {
        if (!object.version().equals(VERSION)) {
            return List.of(object.ref() + ": Strimzi 1.x serves only " + GROUP + "/" + VERSION + ", not " + object.apiVersion());
        }
        Class<?> model = MODELS.get(object.kind());
        if (model == null) {
            return List.of(object.ref() + ": no Strimzi model for " + object.kind());
        }
        Object resource;
        try {
            resource = mapper.treeToValue(object.json(), model);
        } catch (Exception e) {
            return List.of(object.ref() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> violations = new ArrayList<>();
        walk(resource, "", object.ref(), violations);
        return violations;
    }

    private void walk(Object value, String path, String ref, List<String> violations) {
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", ref, violations);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, ref, violations));
            return;
        }
        if (value == null || !isModel(value.getClass())) {
            return;
        }
        PresentInVersions typePresence = value.getClass().getAnnotation(PresentInVersions.class);
        if (typePresence != null && !StrimziApiVersions.rangeContains(typePresence.value(), VERSION)) {
            violations.add(ref + ": " + path + " is a " + value.getClass().getSimpleName() + ", which " + VERSION + " no longer has");
        }
        for (Method getter : getters(value.getClass())) {
            String name = propertyName(getter);
            Object property = invoke(getter, value);
            if (name.equals("additionalProperties") || name.equals("status")) {
                if (property instanceof Map<?, ?> unknown && name.equals("additionalProperties")) {
                    unknown.keySet().forEach(field -> violations.add(ref + ": " + path + "." + field + " is not a field of "
                            + value.getClass().getSimpleName()));
                }
                continue;
            }
            PresentInVersions presence = getter.getAnnotation(PresentInVersions.class);
            if (property != null && presence != null && !StrimziApiVersions.rangeContains(presence.value(), VERSION)) {
                violations.add(ref + ": " + path + "." + name + " is not in " + VERSION);
            }
            if (property == null && required(getter)) {
                violations.add(ref + ": " + path + "." + name + " is required in " + VERSION);
            }
            walk(property, path + "." + name, ref, violations);
        }
    }

    private static boolean required(Method getter) {
        RequiredInVersions requiredIn = getter.getAnnotation(RequiredInVersions.class);
        JsonProperty property = getter.getAnnotation(JsonProperty.class);
        return (requiredIn != null && StrimziApiVersions.rangeContains(requiredIn.value(), VERSION))
                || (property != null && property.required());
    }

    /** Strimzi's own classes, and the Kubernetes model (fabric8) classes they embed, which also keep unknown fields. */
    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return !type.isEnum() && (name.startsWith("io.strimzi.api.") || name.startsWith("io.fabric8.kubernetes.api.model."));
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getMethods()) {
            boolean getter = method.getName().startsWith("get") || method.getName().startsWith("is") && method.getReturnType() == boolean.class;
            if (getter && !method.isBridge() && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class && !method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)) {
                getters.add(method);
            }
        }
        return getters;
    }

    private static String propertyName(Method getter) {
        JsonProperty property = getter.getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
            return property.value();
        }
        String name = getter.getName();
        return Introspector.decapitalize(name.substring(name.startsWith("is") ? 2 : 3));
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
