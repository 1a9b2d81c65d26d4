package io.sigillum.benchmarks.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One load client's own counts: the units of work it finished inside the measured window with
 * their latencies, and its failures with the first one's message. Written by its client thread
 * only and read once that thread has ended, so it needs no locking.
 */
public final class ClientTally {

    /**
     * The clients' counts together.
     *
     * @param counted    units finished inside the window
     * @param errors     units that failed (the unmeasured start included)
     * @param firstError the first client's first failure that has one, or null
     * @param latencies  the counted units' latencies
     */
    public record Totals(long counted, long errors, String firstError, Latencies.Sorted latencies) {
    }

    private final int errorLength;
    private final Latencies latencies = new Latencies();
    private long counted;
    private long errors;
    private String firstError;

    /** @param errorLength how much of the first failure's message to keep: service answers can be long */
    public ClientTally(int errorLength) {
        this.errorLength = errorLength;
    }

    /** Counts a unit that ended inside the window. */
    public void counted(long latencyNanos) {
        counted++;
        latencies.add(latencyNanos);
    }

    /** Counts a failed unit. */
    public void error(String what) {
        errors++;
        if (firstError == null) {
            firstError = what.length() > errorLength ? what.substring(0, errorLength) + "…" : what;
        }
    }

    /** Counts a unit that failed with an exception, by its message or else its type. */
    public void error(Exception e) {
        error(Objects.toString(e.getMessage(), e.getClass().getName()));
    }

    /** Adds up the clients' counts, in their order. */
    public static Totals sum(List<ClientTally> tallies) {
        long counted = 0;
        long errors = 0;
        String firstError = null;
        List<Latencies> recorders = new ArrayList<>();
        for (ClientTally tally : tallies) {
            counted += tally.counted;
            errors += tally.errors;
            firstError = firstError == null ? tally.firstError : firstError;
            recorders.add(tally.latencies);
        }
        return new Totals(counted, errors, firstError, Latencies.merge(recorders));
    }
}
