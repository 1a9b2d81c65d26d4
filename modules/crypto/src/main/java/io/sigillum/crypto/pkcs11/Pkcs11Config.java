package io.sigillum.crypto.pkcs11;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a PKCS#11 token is: the vendor's library and the slot. It holds no secret; the PIN is
 * given to {@link Pkcs11Token#open} only.
 *
 * @param library the PKCS#11 library (a {@code .so}), as an absolute path: {@code SunPKCS11}
 *                refuses relative ones, which would let the library search path pick the file
 * @param slot    the slot that holds the token
 */
public record Pkcs11Config(Path library, Pkcs11Slot slot) {

    /** Checks the library path can be written into a {@code SunPKCS11} configuration safely. */
    public Pkcs11Config {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(slot, "slot");
        if (!library.isAbsolute()) {
            throw new IllegalArgumentException("the PKCS#11 library path must be absolute: " + library);
        }
        String text = library.toString();
        // The path goes into the provider's configuration text: a quote, a line break or a
        // "${" property reference could end the value and add settings of its own.
        if (text.contains("\"") || text.contains("${") || text.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("the PKCS#11 library path has a quote, \"${\" or a control character");
        }
    }

    /**
     * @param library the PKCS#11 library, absolute
     * @param slotId  the slot id
     * @return the configuration
     */
    public static Pkcs11Config of(Path library, long slotId) {
        return new Pkcs11Config(library, Pkcs11Slot.id(slotId));
    }

    /** @return the library and the slot */
    @Override
    public String toString() {
        return library + " " + slot.configLine();
    }
}
