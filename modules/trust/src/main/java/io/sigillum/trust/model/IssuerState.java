package io.sigillum.trust.model;

/** Where a trusted issuer stands. Only an active issuer's credentials are trusted. */
public enum IssuerState {
    /** Trusted, within its validity and authorizations. */
    ACTIVE,
    /** Trust paused, for example during an investigation; it may become active again. */
    SUSPENDED,
    /** Trust ended for good. A withdrawn issuer stays in the registry, visible as withdrawn. */
    WITHDRAWN
}
