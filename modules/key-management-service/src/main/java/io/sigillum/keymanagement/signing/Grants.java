package io.sigillum.keymanagement.signing;

import io.sigillum.keymanagement.key.KeyPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which purposes each caller may sign with: {@code sigillum.kms.grants.<caller>}, a list of
 * purposes, the caller being its token's {@code sub}. Nothing is granted by default: a caller
 * with the {@code kms-signer} role but no grant signs nothing.
 */
@ApplicationScoped
public class Grants {

    private final Config config;
    // Read once per caller: the configuration does not change while the service runs, and reading
    // it on every signature showed in the load run's profile.
    private final Map<String, Set<String>> byCaller = new ConcurrentHashMap<>();

    @Inject
    Grants(Config config) {
        this.config = config;
    }

    /** @return whether this caller may use keys of this purpose */
    public boolean allows(String caller, KeyPurpose purpose) {
        if (caller == null) {
            return false;
        }
        return byCaller.computeIfAbsent(caller, this::purposesOf).contains(purpose.value());
    }

    private Set<String> purposesOf(String caller) {
        if (caller.isEmpty() || caller.contains(".") || caller.length() > 200) {
            // A dot would let a subject reach into other configuration keys.
            return Set.of();
        }
        return config.getOptionalValue("sigillum.kms.grants." + caller, String[].class)
                .map(values -> Arrays.stream(values).map(String::strip).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
