package io.sigillum.crypto.provider;

import java.util.Objects;

/**
 * The JCA provider that serves Sigillum's signatures in this process, as health checks and
 * metrics report it.
 *
 * @param name    the provider's name, e.g. {@code AmazonCorrettoCryptoProvider} or {@code SunEC}
 * @param version the provider's version string
 * @param fast    {@code true} when the native fast provider (AWS-LC through ACCP) is installed
 *                first, {@code false} when the JDK's own provider serves the signatures
 * @param reason  why the fast provider is not active, or an empty string when it is
 */
public record ActiveProvider(String name, String version, boolean fast, String reason) {

    /** Checks that every component is present. */
    public ActiveProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return e.g. {@code AmazonCorrettoCryptoProvider 2.5.0 (fast)} or {@code SunEC 25 (jdk: …)} */
    @Override
    public String toString() {
        return name + " " + version + (fast ? " (fast)" : " (jdk" + (reason.isEmpty() ? "" : ": " + reason) + ")");
    }
}
