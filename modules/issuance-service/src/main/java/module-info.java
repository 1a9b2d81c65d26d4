/** The credential issuance service: OpenID4VCI issuer, its offers and issued credentials. */
module io.sigillum.issuance {
    requires io.sigillum.platform;
    // Key proofs and DPoP proofs: JWS verification, JWK thumbprints (and Nimbus, transitively).
    requires io.sigillum.crypto;
    requires io.sigillum.sdjwt;
    requires io.sigillum.kmsclient;
    requires io.sigillum.statuslist;
    // Strict JSON (no duplicate members) for proofs and configuration files; attributes as JSON.
    requires com.fasterxml.jackson.databind;
    requires io.sigillum.api.issuerwallet;
    requires io.sigillum.api.issueradmin;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    requires microprofile.fault.tolerance.api;
    // Status changes leave through the transactional outbox and an Artemis queue.
    requires io.sigillum.events;
    requires jakarta.messaging;
    requires java.logging;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.issuance to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.issuance.configuration to weld.core.impl;
    opens io.sigillum.issuance.credential to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.issuance.deferred to weld.core.impl, org.eclipse.persistence.core;
    opens io.sigillum.issuance.dpop to weld.core.impl;
    opens io.sigillum.issuance.metadata to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.issuance.nonce to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.issuance.notification to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.issuance.oauth to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.issuance.offer to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.issuance.outbound to weld.core.impl;
    opens io.sigillum.issuance.source to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.issuance.revocation to weld.core.impl;
    opens io.sigillum.issuance.status to weld.core.impl;
    opens io.sigillum.issuance.token to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
