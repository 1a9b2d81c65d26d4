package io.sigillum.trustedlist;

import io.sigillum.trustedlist.TrustedListException.Reason;
import io.sigillum.trustedlist.model.TrustedList;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether a verified trusted list may replace the one held for its territory: its sequence
 * number must be greater than the held one (TS 119 612 §5.3.2: each new list increments it), and
 * its territory the same. It also reports whether the list's next update (§5.3.15) has already
 * passed, or the list is closed, which the caller may surface as a warning, in health or metrics.
 * Thread-safe.
 */
public final class TrustedListAcceptance {

    /** How current an accepted list is. */
    public enum Freshness {
        /** The next update is still in the future. */
        CURRENT,
        /** The next update has passed: a newer list should exist; this one is still the latest seen. */
        NEXT_UPDATE_PASSED,
        /** The list has no next update: the scheme has ceased (§5.3.15). */
        CLOSED
    }

    /**
     * A list that may replace the one held.
     *
     * @param list      the list
     * @param freshness how current it is
     */
    public record Accepted(TrustedList list, Freshness freshness) {

        /** Checks the values. */
        public Accepted {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(freshness, "freshness");
        }
    }

    private final Clock clock;

    private TrustedListAcceptance(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param clock what "now" is, for the next-update check
     * @return the policy
     */
    public static TrustedListAcceptance at(Clock clock) {
        return new TrustedListAcceptance(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Accepts a first list for a territory: nothing is held yet.
     *
     * @param candidate the verified list
     * @return the list and how current it is
     */
    public Accepted accept(TrustedList candidate) {
        return new Accepted(candidate, freshness(candidate));
    }

    /**
     * @param candidate the verified list
     * @param held      the list held now
     * @return the list and how current it is
     * @throws TrustedListException {@link Reason#STALE} or {@link Reason#TERRITORY_MISMATCH}
     */
    public Accepted accept(TrustedList candidate, TrustedList held) throws TrustedListException {
        return accept(candidate, held.territory(), held.sequenceNumber());
    }

    /**
     * @param candidate            the verified list
     * @param heldTerritory        the territory of the list held now
     * @param heldSequenceNumber   the sequence number of the list held now
     * @return the list and how current it is
     * @throws TrustedListException {@link Reason#STALE} when the sequence number is not greater than
     *                              the held one (the same list again, or an older one replayed);
     *                              {@link Reason#TERRITORY_MISMATCH} when the territories differ
     */
    public Accepted accept(TrustedList candidate, String heldTerritory, long heldSequenceNumber) throws TrustedListException {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(heldTerritory, "heldTerritory");
        if (!candidate.territory().equals(heldTerritory)) {
            throw new TrustedListException(Reason.TERRITORY_MISMATCH,
                    "the list is for " + candidate.territory() + ", the list held is for " + heldTerritory);
        }
        if (candidate.sequenceNumber() <= heldSequenceNumber) {
            throw new TrustedListException(Reason.STALE, "the list's sequence number " + candidate.sequenceNumber()
                    + " is not greater than the " + heldSequenceNumber + " held (TS 119 612 §5.3.2)");
        }
        return new Accepted(candidate, freshness(candidate));
    }

    private Freshness freshness(TrustedList list) {
        if (list.nextUpdate().isEmpty()) {
            return Freshness.CLOSED;
        }
        Instant now = clock.instant();
        return now.isAfter(list.nextUpdate().get()) ? Freshness.NEXT_UPDATE_PASSED : Freshness.CURRENT;
    }
}
