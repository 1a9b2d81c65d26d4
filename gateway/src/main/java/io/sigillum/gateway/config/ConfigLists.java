package io.sigillum.gateway.config;

import io.helidon.config.Config;

import java.util.Arrays;
import java.util.List;

/**
 * A list in configuration, given either as a list ({@code [a, b]} in YAML, {@code key.0=a}) or as
 * one comma-separated value, as a system property or an environment variable gives it; the one
 * value wins over a list of a lower-priority source.
 */
public final class ConfigLists {

    private ConfigLists() {
    }

    /** The stripped, non-empty items; empty when the node is missing. */
    public static List<String> strings(Config node) {
        if (!node.exists()) {
            return List.of();
        }
        // A value set on the node itself (a system property or environment variable over a list in
        // application.yaml leaves the node a list that also has a value) wins over the list items.
        List<String> items = node.isLeaf() || node.hasValue()
                ? Arrays.asList(node.asString().orElse("").split(","))
                : node.asList(String.class).orElse(List.of());
        return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
