package io.sigillum.trustedlist.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A trust service and its current status (TS 119 612 §5.5). Its history (§5.6) is not mapped.
 *
 * @param type             the service type identifier, for example {@code …/Svctype/CA/QC} (§5.5.1)
 * @param name             the service's name, in English where given (§5.5.2)
 * @param identity         how the service is identified: certificates, subject names, key identifiers (§5.5.3)
 * @param status           the current status, for example {@code …/Svcstatus/granted} (§5.5.4)
 * @param statusStartingAt when the current status began (§5.5.5)
 */
public record TrustService(URI type, String name, ServiceDigitalIdentity identity, URI status, Instant statusStartingAt) {

    /** Checks the values. */
    public TrustService {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusStartingAt, "statusStartingAt");
    }
}
