package io.sigillum.crypto.pkcs11;

/**
 * Which slot of a PKCS#11 library holds the token.
 *
 * <p>{@code SunPKCS11} selects a token by slot id or by position in the slot list, not by
 * label. Where only the label is known, the HSM's own tools map it to a slot id
 * ({@code softhsm2-util --show-slots}, {@code pkcs11-tool --list-slots}); slot ids can change
 * when tokens are initialised, so configure the id the tool shows for the label.
 */
public sealed interface Pkcs11Slot {

    /**
     * @param id the slot id (PKCS#11 {@code CK_SLOT_ID})
     * @return that slot
     */
    static Pkcs11Slot id(long id) {
        return new Id(id);
    }

    /**
     * @param index the position in the list of slots that hold a token, from 0
     * @return that slot
     */
    static Pkcs11Slot listIndex(int index) {
        return new ListIndex(index);
    }

    /** @return the {@code SunPKCS11} configuration line that selects this slot */
    String configLine();

    /**
     * A slot by its id.
     *
     * @param id the slot id, not negative
     */
    record Id(long id) implements Pkcs11Slot {

        /** Refuses a negative id: {@code SunPKCS11} reads it as "not set". */
        public Id {
            if (id < 0) {
                throw new IllegalArgumentException("a slot id is not negative");
            }
        }

        @Override
        public String configLine() {
            return "slot = " + id;
        }
    }

    /**
     * A slot by its position in the slot list.
     *
     * @param index the position, from 0
     */
    record ListIndex(int index) implements Pkcs11Slot {

        /** Refuses a negative index. */
        public ListIndex {
            if (index < 0) {
                throw new IllegalArgumentException("a slot list index is not negative");
            }
        }

        @Override
        public String configLine() {
            return "slotListIndex = " + index;
        }
    }
}
