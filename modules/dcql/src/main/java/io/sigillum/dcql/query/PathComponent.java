package io.sigillum.dcql.query;

import java.util.Objects;

/**
 * One component of a claims path pointer (§7): a string selects an object member, {@code null} all
 * elements of an array, a non-negative integer one element of an array.
 */
public sealed interface PathComponent {

    /** The component that selects every element of the currently selected arrays (JSON {@code null}). */
    AllElements ALL_ELEMENTS = new AllElements();

    /**
     * A string: the member with this name.
     *
     * @param name the member name, possibly empty
     */
    record Key(String name) implements PathComponent {
        /** Checks that the name is not null. */
        public Key {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    /**
     * A non-negative integer: the array element at this 0-based index.
     *
     * @param index the index
     */
    record Index(int index) implements PathComponent {
        /** Checks that the index is not negative. */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("an index is non-negative, not " + index);
            }
        }

        @Override
        public String toString() {
            return Integer.toString(index);
        }
    }

    /** {@code null}: all elements of the currently selected arrays. Use {@link #ALL_ELEMENTS}. */
    record AllElements() implements PathComponent {
        @Override
        public String toString() {
            return "null";
        }
    }
}
