package io.sigillum.sdjwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a claim sits in a JSON payload: object member names ({@link String}) and array indexes
 * ({@link Integer}), from the top. Indexes count the elements of the array as the holder sees it
 * with every Disclosure applied, so {@code nationalities[1]} is the second nationality issued.
 *
 * @param elements the names and indexes, outermost first
 */
public record ClaimPath(List<Object> elements) {

    /** Checks each element and copies the list. */
    public ClaimPath {
        elements = List.copyOf(elements);
        for (Object element : elements) {
            if (!(element instanceof String) && !(element instanceof Integer index && index >= 0)) {
                throw new IllegalArgumentException("a claim path holds member names and non-negative indexes, not " + element);
            }
        }
    }

    /**
     * @param elements member names ({@link String}) and array indexes ({@link Integer})
     * @return the path
     */
    public static ClaimPath of(Object... elements) {
        return new ClaimPath(List.of(elements));
    }

    /** @return the path of the top-level object itself */
    public static ClaimPath root() {
        return new ClaimPath(List.of());
    }

    /** @return this path followed by a member name */
    public ClaimPath member(String name) {
        return append(Objects.requireNonNull(name, "name"));
    }

    /** @return this path followed by an array index */
    public ClaimPath index(int index) {
        return append(index);
    }

    private ClaimPath append(Object element) {
        List<Object> longer = new ArrayList<>(elements);
        longer.add(element);
        return new ClaimPath(longer);
    }

    /** @return whether this path is {@code other} or one of its ancestors */
    public boolean isPrefixOf(ClaimPath other) {
        return other.elements.size() >= elements.size() && other.elements.subList(0, elements.size()).equals(elements);
    }

    /** @return e.g. {@code address.street_address} or {@code nationalities[0]} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object element : elements) {
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(element);
            }
        }
        return text.isEmpty() ? "$" : text.toString();
    }
}
