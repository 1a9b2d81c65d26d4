/** The trust registry service: trusted issuers, their trust anchors and what each may issue. */
module io.sigillum.trustregistry {
    requires io.sigillum.platform;
    requires io.sigillum.api.trustregistry;
    // The trust model, its snapshot JSON and ETag, and evaluation: the registry checks every change with it.
    requires io.sigillum.trust;
    // ETSI TS 119 612 trusted lists: read safely, their XML signature verified, mapped to a model.
    requires io.sigillum.trustedlist;
    // Certificates (DER) and public JWKs (and Nimbus, transitively).
    requires io.sigillum.crypto;
    // Change summaries and stored JWKs as JSON.
    requires com.fasterxml.jackson.databind;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires microprofile.jwt.auth.api;
    requires microprofile.config.api;
    // trust.changed leaves through the transactional outbox and an Artemis topic.
    requires io.sigillum.events;
    requires jakarta.messaging;
    // Main alone: it boots the runtime.
    requires io.helidon.microprofile.cdi;

    // CDI, JAX-RS and EclipseLink instantiate, proxy and fill these reflectively.
    opens io.sigillum.trustregistry to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.trustregistry.issuer to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.trustregistry.anchor to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.trustregistry.authorization to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.trustregistry.changes to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
    opens io.sigillum.trustregistry.snapshot to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.trustregistry.evaluation to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.trustregistry.trustedlist to weld.core.impl, org.glassfish.jersey.core.server, org.eclipse.persistence.core;
}
