/** The trust registry service: trusted issuers, their trust anchors and what each may issue. */
module io.sigillum.trustregistry {
    requires io.sigillum.platform;
    requires io.sigillum.api.trustregistry;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.trustregistry to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.trustregistry.issuer to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
