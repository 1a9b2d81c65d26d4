package io.sigillum.trust.model;

import java.util.Objects;

/** The checks every identifier and name of the model shares. */
final class Text {

    private Text() {
    }

    /**
     * @return the value, when it is not blank, has no leading or trailing white space, no control
     *         characters, and is at most {@code maxLength} characters long
     * @throws IllegalArgumentException otherwise; the message names the field, not the value, which
     *                                  may come from an untrusted snapshot
     */
    static String require(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " has leading or trailing white space");
        }
        // Control characters would let a value forge lines in logs and problem details.
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " holds a control character");
        }
        return value;
    }
}
