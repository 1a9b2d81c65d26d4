/** The key management service: keys by purpose, their lifecycle and their public JWK Set. */
module io.sigillum.keymanagement {
    requires io.sigillum.platform;
    requires io.sigillum.api.keymanagement;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    requires com.fasterxml.jackson.databind;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.keymanagement to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.keymanagement.key to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
