package io.sigillum.crypto.cbor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A map, major type 5, whose keys are integers or text strings: the only keys COSE labels, mdoc
 * and CWT claims use. Entries keep the order they were read or added in; the encoder sorts them
 * (RFC 8949 §4.2.1), so the order never changes the encoding.
 *
 * @param entries the entries; no key twice (a {@link Map} cannot hold one twice)
 */
public record CborMap(Map<CborValue, CborValue> entries) implements CborValue {

    /** The empty map. */
    public static final CborMap EMPTY = new CborMap(Map.of());

    /** Checks the keys and copies the entries, keeping their order. */
    public CborMap {
        Objects.requireNonNull(entries, "entries");
        Map<CborValue, CborValue> copy = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            checkKey(key);
            copy.put(key, Objects.requireNonNull(value, "value"));
        });
        entries = Collections.unmodifiableMap(copy);
    }

    /** @return a builder that keeps insertion order and refuses a key twice */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the value under an integer key */
    public Optional<CborValue> get(long key) {
        return Optional.ofNullable(entries.get(new CborInt(key)));
    }

    /** @return the value under a text key */
    public Optional<CborValue> get(String key) {
        return Optional.ofNullable(entries.get(new CborText(key)));
    }

    /** @return the value under a key */
    public Optional<CborValue> get(CborValue key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** @return the keys, in order */
    public Set<CborValue> keys() {
        return entries.keySet();
    }

    /** @return how many entries */
    public int size() {
        return entries.size();
    }

    /** @return whether there is no entry */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    static void checkKey(CborValue key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof CborInt) && !(key instanceof CborText)) {
            throw new IllegalArgumentException("map keys are integers or text strings, not " + key);
        }
    }

    /** Collects entries; a key given twice is an error, as RFC 8949 §5.6 makes it. */
    public static final class Builder {

        private final Map<CborValue, CborValue> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds an entry under an integer key. */
        public Builder put(long key, CborValue value) {
            return put(new CborInt(key), value);
        }

        /** Adds an entry under a text key. */
        public Builder put(String key, CborValue value) {
            return put(new CborText(key), value);
        }

        /**
         * @param key   an integer or text string
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException for another kind of key, or a key already present
         */
        public Builder put(CborValue key, CborValue value) {
            checkKey(key);
            Objects.requireNonNull(value, "value");
            if (entries.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("duplicate map key " + key);
            }
            return this;
        }

        /** @return the map */
        public CborMap build() {
            return new CborMap(entries);
        }
    }
}
