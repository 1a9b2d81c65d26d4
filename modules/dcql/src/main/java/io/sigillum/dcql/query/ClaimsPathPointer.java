package io.sigillum.dcql.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A claims path pointer (§7): a non-empty array of strings, nulls and non-negative integers that
 * points to one or more claims of a Credential. Processing it against a credential is
 * {@link io.sigillum.dcql.match.ClaimsPathProcessor}'s part.
 *
 * @param components the components, outermost first; never empty
 */
public record ClaimsPathPointer(List<PathComponent> components) {

    /** Checks that there is at least one component and copies them. */
    public ClaimsPathPointer {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a claims path pointer is a non-empty array (§7)");
        }
    }

    /**
     * @param components {@link String}s for member names, non-negative {@link Integer}s for indexes and
     *                   {@code null} for all elements, as in the JSON form
     * @return the pointer
     */
    public static ClaimsPathPointer of(Object... components) {
        List<PathComponent> parsed = new ArrayList<>(components.length);
        for (Object component : Arrays.asList(components)) {
            if (component == null) {
                parsed.add(PathComponent.ALL_ELEMENTS);
            } else if (component instanceof String name) {
                parsed.add(new PathComponent.Key(name));
            } else if (component instanceof Integer index) {
                parsed.add(new PathComponent.Index(index));
            } else {
                throw new IllegalArgumentException("a claims path pointer holds strings, nulls and non-negative integers, not " + component);
            }
        }
        return new ClaimsPathPointer(parsed);
    }

    /** @return whether a component is {@code null}, so the pointer may select more than one claim */
    public boolean hasWildcard() {
        return components.contains(PathComponent.ALL_ELEMENTS);
    }

    /** @return the pointer in its JSON form, e.g. {@code ["degrees",null,"type"]} */
    @Override
    public String toString() {
        return components.stream().map(PathComponent::toString).collect(Collectors.joining(",", "[", "]"));
    }
}
