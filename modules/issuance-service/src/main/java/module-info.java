/** The credential issuance service: OpenID4VCI issuer, its offers and issued credentials. */
module io.sigillum.issuance {
    requires io.sigillum.platform;
    // Key proofs and DPoP proofs: JWS verification, JWK thumbprints (and Nimbus, transitively).
    requires io.sigillum.crypto;
    // Strict JSON (no duplicate members) for the headers and claims of those proofs.
    requires com.fasterxml.jackson.databind;
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
