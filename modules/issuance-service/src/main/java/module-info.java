/** The credential issuance service: OpenID4VCI issuer, its offers and issued credentials. */
module io.sigillum.issuance {
    requires io.sigillum.platform;
    requires io.sigillum.api.issuerwallet;
    requires io.sigillum.api.issueradmin;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.issuance to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.issuance.metadata to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.issuance.offer to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
