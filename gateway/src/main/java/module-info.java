/**
 * The API gateway: the single public entry to Sigillum. Built on Helidon SE's WebServer and
 * WebClient, the one place (with the dev stack) where Helidon's own APIs are the right tool.
 */
module io.sigillum.gateway {
    requires io.sigillum.observability;
    requires io.sigillum.events;
    // Bearer tokens: JWS verification that refuses algorithm confusion, PEM keys; Nimbus (transitive) for JWKS and claims.
    requires io.sigillum.crypto;
    // Token buckets for the rate limits (an automatic module: Bucket4j has no module-info).
    requires io.github.bucket4j.core;
    requires io.helidon.webserver;
    requires io.helidon.webclient;
    requires io.helidon.webclient.api;
    requires io.helidon.config;
    requires io.helidon.common.tls;
    requires io.helidon.common.configurable;
    requires io.helidon.common.pki;
    requires io.helidon.logging.common;
    requires io.helidon.http;
    requires jakarta.json;
    requires jakarta.messaging;
    requires java.logging;
    // The JMS connection factory comes from a JNDI initial context factory named in configuration.
    requires java.naming;
}
