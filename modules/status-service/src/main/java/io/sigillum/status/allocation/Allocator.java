package io.sigillum.status.allocation;

import io.sigillum.status.entry.StatusProblems;
import io.sigillum.status.list.ListType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Allocates entries, trying again when a list fills up or a concurrent replica took the same index. */
@ApplicationScoped
public class Allocator {

    private static final Logger LOG = Logger.getLogger(Allocator.class.getName());
    private static final int TRIES = 8;

    private final AllocationAttempt attempt;
    private final FillChecks fillChecks;

    @Inject
    Allocator(AllocationAttempt attempt, FillChecks fillChecks) {
        this.attempt = attempt;
        this.fillChecks = fillChecks;
    }

    /** @return a new VALID entry of a list of this type */
    public AllocationAttempt.Allocated allocate(ListType type) {
        RuntimeException last = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                return attempt.allocate(type, fillChecks.due(type));
            } catch (RuntimeException collision) {
                // Another replica took the same index, or opened a list, at the same moment: again.
                last = collision;
            }
        }
        throw unavailable(last);
    }

    private static RuntimeException unavailable(RuntimeException last) {
        String cause = last == null ? "the lists kept filling up" : last.getClass().getSimpleName();
        LOG.warning(() -> "no entry allocated in " + TRIES + " tries: " + cause);
        return StatusProblems.unavailable("No entry could be allocated now; try again.");
    }
}
