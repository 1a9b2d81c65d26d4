package io.sigillum.helm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reading rendered manifests: documents by kind and name, and values by path. */
final class Manifests {

    /** The six processes and their ports, as the README lists them. */
    static final Map<String, Integer> PROCESS_PORTS = Map.of(
            "issuance", 8081,
            "verification", 8082,
            "status", 8083,
            "trust-registry", 8084,
            "key-management", 8085,
            "gateway", 8443);

    private final List<Map<String, Object>> documents;

    Manifests(List<Map<String, Object>> documents) {
        this.documents = List.copyOf(documents);
    }

    List<Map<String, Object>> all() {
        return documents;
    }

    Stream<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind")));
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).filter(d -> name.equals(string(d, "metadata.name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    /** Resource name of a process's Deployment, Service, HPA, PDB and NetworkPolicy. */
    static String name(String component) {
        return Chart.RELEASE + "-sigillum-" + component;
    }

    /** The one container of a Deployment's or Job's pod template. */
    static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = list(workload, "spec.template.spec.containers");
        if (containers.size() != 1) {
            throw new AssertionError("expected one container, found " + containers.size());
        }
        return containers.getFirst();
    }

    /** A container's environment variable by name, if set. */
    static Optional<Map<String, Object>> env(Map<String, Object> container, String name) {
        return Manifests.<Map<String, Object>>list(container, "env").stream()
                .filter(e -> name.equals(e.get("name"))).findFirst();
    }

    /** A container's environment variable's literal value; fails if unset or not literal. */
    static String envValue(Map<String, Object> container, String name) {
        Map<String, Object> env = env(container, name).orElseThrow(() -> new AssertionError(name + " is not set"));
        Object value = env.get("value");
        if (value == null) {
            throw new AssertionError(name + " has no literal value: " + env);
        }
        return value.toString();
    }

    /** The value at a dotted path ("spec.template.spec"), or null where any step is missing. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return (T) current;
    }

    static String string(Object root, String path) {
        Object value = at(root, path);
        return value == null ? null : value.toString();
    }

    static Map<String, Object> map(Object root, String path) {
        Map<String, Object> value = at(root, path);
        return value == null ? Map.of() : value;
    }

    static <T> List<T> list(Object root, String path) {
        List<T> value = at(root, path);
        return value == null ? List.of() : value;
    }
}
