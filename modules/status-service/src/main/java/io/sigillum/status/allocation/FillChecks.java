package io.sigillum.status.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When this replica counts the open list's entries: every {@code sigillum.status.fill-check-every}
 * allocations it makes of a list type (default 64). With R replicas a list may take up to about
 * R × that many entries past its fill limit, far below its size.
 */
@ApplicationScoped
public class FillChecks {

    private final int every;
    private final Map<String, AtomicLong> allocations = new ConcurrentHashMap<>();

    @Inject
    FillChecks(@ConfigProperty(name = "sigillum.status.fill-check-every", defaultValue = "64") int every) {
        this.every = Math.max(1, every);
    }

    /** @return whether this allocation of a list type should be followed by a count of its list */
    boolean due(io.sigillum.status.list.ListType type) {
        return allocations.computeIfAbsent(type.value(), id -> new AtomicLong()).incrementAndGet() % every == 0;
    }
}
