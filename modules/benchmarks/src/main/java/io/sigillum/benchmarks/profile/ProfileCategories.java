package io.sigillum.benchmarks.profile;

import java.util.List;
import java.util.Map;

/**
 * Names what a stack sample was doing by the innermost frame whose class belongs to a known
 * component (the database driver before the JPA provider that called it, the JPA provider before
 * the transaction manager, …). A pure function of the frames' class names.
 */
public final class ProfileCategories {

    /** Class-name prefixes; the innermost frame with one decides, by its longest one. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("org.h2.", "database (H2)"),
            Map.entry("com.zaxxer.hikari.", "connection pool (Hikari)"),
            Map.entry("org.eclipse.persistence.", "JPA (EclipseLink)"),
            Map.entry("com.arjuna.", "transactions (Narayana)"),
            Map.entry("io.helidon.integrations.jta.", "transactions (Narayana)"),
            Map.entry("io.helidon.integrations.cdi.jpa.", "JPA (Helidon CDI integration)"),
            Map.entry("io.helidon.microprofile.jwt.", "MP-JWT (Helidon)"),
            Map.entry("io.helidon.security.", "security (Helidon)"),
            Map.entry("io.helidon.microprofile.security.", "security (Helidon)"),
            Map.entry("io.helidon.faulttolerance.", "fault tolerance (Helidon)"),
            Map.entry("io.helidon.microprofile.faulttolerance.", "fault tolerance (Helidon)"),
            Map.entry("io.helidon.webserver.", "HTTP server (Helidon)"),
            Map.entry("io.helidon.http.", "HTTP server (Helidon)"),
            Map.entry("io.helidon.common.", "HTTP server (Helidon)"),
            Map.entry("io.helidon.microprofile.server.", "JAX-RS (Jersey + Helidon)"),
            Map.entry("org.glassfish.jersey.", "JAX-RS (Jersey + Helidon)"),
            Map.entry("io.helidon.microprofile.metrics.", "metrics / tracing"),
            Map.entry("io.helidon.metrics.", "metrics / tracing"),
            Map.entry("io.micrometer.", "metrics / tracing"),
            Map.entry("io.opentelemetry.", "metrics / tracing"),
            Map.entry("org.jboss.weld.", "CDI (Weld)"),
            Map.entry("com.fasterxml.jackson.", "JSON"),
            Map.entry("org.eclipse.yasson.", "JSON"),
            Map.entry("org.eclipse.parsson.", "JSON"),
            Map.entry("org.glassfish.json.", "JSON"),
            Map.entry("com.nimbusds.jose.shaded.gson.", "JSON"),
            Map.entry("jdk.internal.net.http.", "HTTP client (outbound calls)"),
            Map.entry("sun.security.provider.certpath.", "PKIX path validation (JDK)"),
            Map.entry("sun.security.x509.", "X.509 parsing (JDK)"),
            Map.entry("sun.security.ec.", "crypto (JDK)"),
            Map.entry("sun.security.provider.", "crypto (JDK)"),
            Map.entry("sun.security.util.", "crypto (JDK)"),
            Map.entry("java.security.", "crypto (JDK)"),
            Map.entry("com.amazon.corretto.crypto.", "crypto (ACCP)"),
            Map.entry("com.nimbusds.", "JOSE (Nimbus)"),
            Map.entry("io.sigillum.sdjwt.", "SD-JWT (Sigillum)"),
            Map.entry("io.sigillum.presentation.", "presentation checks (Sigillum)"),
            Map.entry("io.sigillum.dcql.", "DCQL (Sigillum)"),
            Map.entry("io.sigillum.kmsclient.", "KMS call (Sigillum client)"),
            Map.entry("com.sun.crypto.provider.", "crypto (JDK)"),
            Map.entry("javax.crypto.", "crypto (JDK)"),
            Map.entry("sun.security.ssl.", "TLS (JDK)"),
            Map.entry("io.sigillum.crypto.", "crypto (Sigillum)"),
            Map.entry("io.sigillum.trust.", "trust evaluation (Sigillum)"),
            Map.entry("io.sigillum.", "Sigillum service code"),
            Map.entry("java.util.logging.", "logging"));

    private ProfileCategories() {
    }

    /**
     * @param classNames a sample's frames' classes, innermost first
     * @return the category of the innermost frame that has one, or {@code other (JDK code only)}
     */
    public static String of(List<String> classNames) {
        for (String name : classNames) {
            String longest = null;
            for (String prefix : PREFIXES.keySet()) {
                if (name.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
                    longest = prefix;
                }
            }
            if (longest != null) {
                return PREFIXES.get(longest);
            }
        }
        return "other (JDK code only)";
    }
}
