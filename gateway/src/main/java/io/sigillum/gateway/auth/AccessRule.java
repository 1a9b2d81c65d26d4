package io.sigillum.gateway.auth;

import java.util.Collection;
import java.util.Set;

/**
 * Who may use a route: anyone ({@link #OPEN}), or the bearer of a valid token whose
 * {@code groups} (MP-JWT 2.1 §4.1) hold at least one of {@code rolesAllowed}.
 *
 * @param rolesAllowed empty for an open route
 */
public record AccessRule(Set<String> rolesAllowed) {

    /** No token needed, as the wallet-facing protocols require. */
    public static final AccessRule OPEN = new AccessRule(Set.of());

    public AccessRule {
        rolesAllowed = Set.copyOf(rolesAllowed);
        if (rolesAllowed.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a role name is blank");
        }
    }

    /** A token with any of these roles is needed. */
    public static AccessRule bearer(Collection<String> rolesAllowed) {
        if (rolesAllowed.isEmpty()) {
            throw new IllegalArgumentException("a bearer-protected route needs at least one role");
        }
        return new AccessRule(Set.copyOf(rolesAllowed));
    }

    public boolean open() {
        return rolesAllowed.isEmpty();
    }

    /** Whether a caller in {@code groups} may pass. */
    boolean grants(Set<String> groups) {
        return rolesAllowed.stream().anyMatch(groups::contains);
    }
}
