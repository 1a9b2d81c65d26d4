/**
 * The shared MicroProfile plumbing of every Sigillum service: RFC 9457 problem details,
 * correlation ids, JSON logs, schema migration at start-up, database and broker readiness,
 * JSON mapping and the guard that turns a failed start into one clear line.
 */
module io.sigillum.platform {
    requires transitive jakarta.cdi;
    requires transitive jakarta.inject;
    requires transitive jakarta.ws.rs;
    requires transitive jakarta.annotation;
    requires transitive jakarta.json;
    requires transitive microprofile.config.api;
    requires transitive microprofile.health.api;
    requires transitive microprofile.rest.client.api;
    requires transitive io.sigillum.events;
    requires transitive io.sigillum.observability;
    requires io.sigillum.migrations;
    requires io.sigillum.crypto;
    requires microprofile.metrics.api;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.logging;
    requires java.naming;
    // QR codes: ZXing draws the matrix, ImageIO writes the PNG.
    requires com.google.zxing;
    requires java.desktop;
    requires transitive java.sql;
    // HttpClient appears in the outbound API.
    requires transitive java.net.http;

    exports io.sigillum.platform.correlation;
    exports io.sigillum.platform.messaging;
    exports io.sigillum.platform.outbound;
    exports io.sigillum.platform.problem;
    exports io.sigillum.platform.qr;
    exports io.sigillum.platform.startup;

    // CDI and JAX-RS instantiate and proxy the beans and providers.
    opens io.sigillum.platform.correlation to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.platform.crypto to weld.core.impl;
    opens io.sigillum.platform.json to weld.core.impl, org.glassfish.jersey.core.server;
    opens io.sigillum.platform.messaging to weld.core.impl;
    opens io.sigillum.platform.persistence to weld.core.impl;
    opens io.sigillum.platform.problem to weld.core.impl, org.glassfish.jersey.core.server;
}
