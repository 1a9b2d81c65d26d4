package io.sigillum.statuslist.list;

/**
 * One entry's value in a Status List: a Status Type between 0 and 255 (draft §7). A list stores
 * the number; what it means is the registry's or the application's.
 *
 * @param value the Status Type value, 0x00 to 0xFF
 */
public record Status(int value) {

    /** 0x00: the referenced token is valid, correct or legal (§7.1). */
    public static final Status VALID = new Status(0x00);
    /** 0x01: the referenced token is revoked, annulled, taken back, recalled or cancelled (§7.1). */
    public static final Status INVALID = new Status(0x01);
    /** 0x02: the referenced token is temporarily invalid (§7.1). */
    public static final Status SUSPENDED = new Status(0x02);
    /** 0x03: the first value reserved as application specific (§7.1). */
    public static final Status APPLICATION_SPECIFIC = new Status(0x03);

    private static final Status[] VALUES = new Status[256];

    static {
        for (int value = 0; value < VALUES.length; value++) {
            VALUES[value] = new Status(value);
        }
    }

    /** What the draft says a value is (§7.1, §14.5.2). */
    public enum Category {
        /** 0x00. */
        VALID,
        /** 0x01. */
        INVALID,
        /** 0x02. */
        SUSPENDED,
        /** 0x03 and 0x0C to 0x0F: permanently reserved for applications. */
        APPLICATION_SPECIFIC,
        /** Every other value: reserved for future registration. */
        UNASSIGNED
    }

    /** Checks the range. */
    public Status {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("a Status Type value is between 0 and 255 (§7), not " + value);
        }
    }

    /**
     * @param value a Status Type value, 0 to 255
     * @return its status
     */
    public static Status of(int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("a Status Type value is between 0 and 255 (§7), not " + value);
        }
        return VALUES[value];
    }

    /** @return what the draft says this value is */
    public Category category() {
        return switch (value) {
            case 0x00 -> Category.VALID;
            case 0x01 -> Category.INVALID;
            case 0x02 -> Category.SUSPENDED;
            case 0x03, 0x0C, 0x0D, 0x0E, 0x0F -> Category.APPLICATION_SPECIFIC;
            default -> Category.UNASSIGNED;
        };
    }

    /** @return whether this is {@link #VALID}; a valid status never makes an expired token valid (§7.1) */
    public boolean isValid() {
        return value == 0;
    }

    /** @return the fewest bits per entry, of 1, 2, 4 and 8, a list needs to hold this value */
    public int minimumBits() {
        if (value < 2) {
            return 1;
        }
        if (value < 4) {
            return 2;
        }
        return value < 16 ? 4 : 8;
    }

    @Override
    public String toString() {
        return category() + String.format(" (0x%02X)", value);
    }
}
