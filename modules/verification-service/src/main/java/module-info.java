/** The verification service: OpenID4VP 1.0 verifier for relying parties. */
module io.sigillum.verification {
    requires io.sigillum.platform;
    requires io.sigillum.api.verifierwallet;
    requires io.sigillum.api.verifierrp;
    // Request objects (JWS through key management, x5c), response decryption (Nimbus JWE).
    requires io.sigillum.crypto;
    requires io.sigillum.kmsclient;
    // DCQL queries are checked when a transaction opens, and read back when its answer comes.
    requires io.sigillum.dcql;
    // Trust snapshots from the trust registry, evaluated in process.
    requires io.sigillum.trust;
    // The checks of a presentation: SD-JWT VC, key binding, status lists, the DCQL query.
    requires io.sigillum.presentation;
    requires com.fasterxml.jackson.databind;
    // status.published events invalidate cached status lists.
    requires jakarta.messaging;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    requires microprofile.fault.tolerance.api;
    requires microprofile.metrics.api;
    requires java.logging;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.verification to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.verification.outbound to weld.core.impl;
    opens io.sigillum.verification.presentation to weld.core.impl;
    opens io.sigillum.verification.protocol to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.verification.request to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.verification.response to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.verification.status to weld.core.impl;
    opens io.sigillum.verification.trust to weld.core.impl;
    opens io.sigillum.verification.transaction to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
