/** The verification service: OpenID4VP verifier for relying parties. */
module io.sigillum.verification {
    requires io.sigillum.platform;
    requires io.sigillum.api.verifierwallet;
    requires io.sigillum.api.verifierrp;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.verification to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.verification.request to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.verification.transaction to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
