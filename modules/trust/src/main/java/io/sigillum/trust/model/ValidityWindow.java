package io.sigillum.trust.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an issuer or an authorization holds: from {@code notBefore} (inclusive) until
 * {@code notAfter} (exclusive), either end open when absent. Half-open, so that one window can
 * end exactly where the next begins without the two overlapping.
 *
 * @param notBefore the first instant it holds, or empty for "since always"
 * @param notAfter  the first instant it no longer holds, or empty for "until further notice"
 */
public record ValidityWindow(Optional<Instant> notBefore, Optional<Instant> notAfter) {

    /** A window open at both ends: it always holds. */
    public static final ValidityWindow UNBOUNDED = new ValidityWindow(Optional.empty(), Optional.empty());

    /** Where an instant falls relative to a window. */
    public enum Position {
        /** Before {@code notBefore}: not yet valid. */
        BEFORE,
        /** Inside the window. */
        WITHIN,
        /** At or after {@code notAfter}: expired. */
        AFTER
    }

    /** Checks that the window is not empty. */
    public ValidityWindow {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (notBefore.isPresent() && notAfter.isPresent() && !notBefore.get().isBefore(notAfter.get())) {
            throw new IllegalArgumentException("notBefore must be before notAfter");
        }
    }

    /** @return the window {@code [notBefore, notAfter)} */
    public static ValidityWindow between(Instant notBefore, Instant notAfter) {
        return new ValidityWindow(Optional.of(notBefore), Optional.of(notAfter));
    }

    /** @return the window from {@code notBefore} on, open-ended */
    public static ValidityWindow from(Instant notBefore) {
        return new ValidityWindow(Optional.of(notBefore), Optional.empty());
    }

    /** @return the window until {@code notAfter} (exclusive), open at its start */
    public static ValidityWindow until(Instant notAfter) {
        return new ValidityWindow(Optional.empty(), Optional.of(notAfter));
    }

    /** @return where {@code at} falls */
    public Position positionOf(Instant at) {
        Objects.requireNonNull(at, "at");
        if (notBefore.isPresent() && at.isBefore(notBefore.get())) {
            return Position.BEFORE;
        }
        if (notAfter.isPresent() && !at.isBefore(notAfter.get())) {
            return Position.AFTER;
        }
        return Position.WITHIN;
    }

    /** @return whether the window holds at {@code at} */
    public boolean contains(Instant at) {
        return positionOf(at) == Position.WITHIN;
    }

    /** @return whether both ends are open */
    public boolean isUnbounded() {
        return notBefore.isEmpty() && notAfter.isEmpty();
    }
}
