/**
 * The key management service: keys by purpose and their lifecycle, private keys wrapped under a
 * master key or kept in an HSM, signing for granted callers, the public keys as JWK Sets, and the
 * audit trail.
 */
module io.sigillum.keymanagement {
    requires io.sigillum.platform;
    requires io.sigillum.api.keymanagement;
    requires io.sigillum.crypto;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    requires com.fasterxml.jackson.databind;
    requires java.logging;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.keymanagement to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.keymanagement.key to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.keymanagement.audit to weld.core.impl, org.eclipse.persistence.core;
    opens io.sigillum.keymanagement.certificate to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.keymanagement.backend to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.keymanagement.jwks to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.keymanagement.signing to weld.core.impl, org.glassfish.jersey.core.server;
}
