package io.sigillum.gateway;

import io.helidon.config.Config;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/** The services behind the gateway, by name: {@code sigillum.gateway.upstream.<name>.url}. */
public record Upstreams(Map<String, URI> byName) {

    public Upstreams {
        byName = Map.copyOf(byName);
    }

    static Upstreams from(Config config) {
        Map<String, URI> upstreams = new TreeMap<>();
        config.get("sigillum.gateway.upstream").asNodeList().orElse(java.util.List.of()).forEach(node ->
                node.get("url").asString().ifPresent(url -> upstreams.put(node.name(), URI.create(url))));
        return new Upstreams(upstreams);
    }
}
