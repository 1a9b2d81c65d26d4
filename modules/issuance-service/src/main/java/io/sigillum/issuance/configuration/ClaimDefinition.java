package io.sigillum.issuance.configuration;

import io.sigillum.sdjwt.ClaimPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One claim of a configuration: its claims path query (OID4VP 1.0 §7, which OID4VCI's claims
 * metadata uses; {@code null} selects every element of an array), whether it is mandatory, and its
 * display. Every configured claim is selectively disclosable.
 *
 * @param path      string member names, non-negative indices, or {@code null} for all elements
 * @param mandatory whether every credential of the configuration carries it
 * @param display   the display objects, as the metadata publishes them
 */
public record ClaimDefinition(List<Object> path, boolean mandatory, List<Map<String, Object>> display) {

    public ClaimDefinition {
        path = java.util.Collections.unmodifiableList(new ArrayList<>(path));
        display = List.copyOf(display);
        if (path.isEmpty() || !(path.get(0) instanceof String)) {
            throw new IllegalArgumentException("a claim path starts with a member name: " + path);
        }
    }

    /** The top-level claim this path is about. */
    public String topLevelName() {
        return (String) path.get(0);
    }

    /**
     * The concrete paths this definition selects in a credential's claims: {@code null} segments
     * expanded to each element of the array found there.
     */
    public List<ClaimPath> resolve(Map<String, Object> claims) {
        List<ClaimPath> found = new ArrayList<>();
        expand(claims, 0, ClaimPath.root(), found);
        return found;
    }

    private void expand(Object node, int depth, ClaimPath at, List<ClaimPath> found) {
        if (depth == path.size()) {
            found.add(at);
            return;
        }
        Object segment = path.get(depth);
        if (segment instanceof String name && node instanceof Map<?, ?> object && object.containsKey(name)) {
            expand(object.get(name), depth + 1, at.member(name), found);
        } else if (segment instanceof Integer index && node instanceof List<?> array && index < array.size()) {
            expand(array.get(index), depth + 1, at.index(index), found);
        } else if (segment == null && node instanceof List<?> array) {
            for (int i = 0; i < array.size(); i++) {
                expand(array.get(i), depth + 1, at.index(i), found);
            }
        }
    }
}
