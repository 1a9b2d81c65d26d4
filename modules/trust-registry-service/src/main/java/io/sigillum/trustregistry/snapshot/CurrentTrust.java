package io.sigillum.trustregistry.snapshot;

import io.sigillum.trustregistry.changes.RegistryVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The snapshot of the registry's current version, kept in memory: each request reads the version
 * (one small query, so a change made through another replica is seen at once) and the snapshot is
 * rebuilt only when the version has moved.
 */
@ApplicationScoped
public class CurrentTrust {

    private final RegistryVersions versions;
    private final SnapshotSource source;
    private final Object rebuilding = new Object();
    private volatile PublishedSnapshot published;

    @Inject
    CurrentTrust(RegistryVersions versions, SnapshotSource source) {
        this.versions = versions;
        this.source = source;
    }

    /** @return the snapshot at the current version, or a later one */
    public PublishedSnapshot current() {
        long version = versions.current();
        PublishedSnapshot held = published;
        if (held != null && held.version() >= version) {
            return held;
        }
        // One rebuild at a time: a burst of requests after a change builds the snapshot once.
        synchronized (rebuilding) {
            held = published;
            if (held != null && held.version() >= version) {
                return held;
            }
            PublishedSnapshot built = PublishedSnapshot.of(source.read());
            published = built;
            return built;
        }
    }
}
