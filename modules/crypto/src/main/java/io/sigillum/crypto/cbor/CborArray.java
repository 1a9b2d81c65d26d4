package io.sigillum.crypto.cbor;

import java.util.List;
import java.util.Objects;

/**
 * An array, major type 4.
 *
 * @param items the items, in order
 */
public record CborArray(List<CborValue> items) implements CborValue {

    /** Copies the list. */
    public CborArray {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** @return how many items */
    public int size() {
        return items.size();
    }

    /** @return the item at {@code index} */
    public CborValue get(int index) {
        return items.get(index);
    }
}
