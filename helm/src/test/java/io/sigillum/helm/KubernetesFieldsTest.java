package io.sigillum.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rendered document reads into the typed Kubernetes object of its kind (fabric8's model)
 * with no field the API does not know: a misspelled field in a template, which the API server
 * would drop without a word (say, readOnlyRootFileSystem), fails here.
 */
class KubernetesFieldsTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "production-values.yaml", "dev-and-plain-http"})
    void everyRenderedFieldIsKnownToKubernetes(String variant, @TempDir Path dir) throws IOException {
        Path values = switch (variant) {
            case "defaults" -> null;
            case "dev-and-plain-http" -> WorkloadsTest.write(dir, """
                    tls: {enabled: false}
                    ingress: {enabled: true}
                    dev:
                      enabled: true
                      database: {password: a}
                      owner: {password: b}
                      broker: {password: c}
                    """);
            default -> Chart.resource(variant);
        };
        List<String> unknown = unknownFields(values);
        assertTrue(unknown.isEmpty(), () -> "fields Kubernetes does not know:\n" + String.join("\n", unknown));
    }

    @Test
    void aMisspelledFieldIsFound(@TempDir Path dir) throws IOException {
        // securityContext is passed through as given, so the schema cannot catch this one.
        Path values = WorkloadsTest.write(dir, "securityContext:\n  readOnlyRootFileSystem: true\n");
        List<String> unknown = unknownFields(values);
        assertEquals(7, unknown.size(), unknown::toString);
        assertTrue(unknown.stream().allMatch(u -> u.endsWith("SecurityContext: [readOnlyRootFileSystem]")), unknown::toString);
    }

    private static List<String> unknownFields(Path values) {
        List<Map<String, Object>> documents = Chart.renderWithHooks(values);
        assertTrue(documents.size() > 30, "rendered " + documents.size());
        List<String> unknown = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            KubernetesResource typed = SERIALIZATION.unmarshal(SERIALIZATION.asJson(document));
            String kind = String.valueOf(document.get("kind"));
            assertEquals(kind, typed.getClass().getSimpleName(), "no typed model for " + document.get("apiVersion") + " " + kind);
            collectUnknownFields(typed, kind + " " + Manifests.string(document, "metadata.name"), unknown);
        }
        return unknown;
    }

    private static void collectUnknownFields(Object value, String path, List<String> unknown) {
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknownFields(item, path + "." + key, unknown));
            return;
        }
        if (value == null || !value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                collectUnknownFields(field, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}
