package io.sigillum.trustedlist.model;

import java.util.List;
import java.util.Objects;

/**
 * A trust service provider of a trusted list (TS 119 612 §5.4).
 *
 * @param name       the provider's name, in English where given (§5.4.1)
 * @param tradeNames its trade names and registration identifiers, one per {@code Name}, English first (§5.4.2)
 * @param services   its services, in document order (§5.4.6)
 */
public record TrustServiceProvider(String name, List<String> tradeNames, List<TrustService> services) {

    /** Checks the values and copies the lists. */
    public TrustServiceProvider {
        Objects.requireNonNull(name, "name");
        tradeNames = List.copyOf(tradeNames);
        services = List.copyOf(services);
    }
}
