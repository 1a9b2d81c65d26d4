package io.sigillum.devstack.demo;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.devstack.StackException;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.devstack.health.DevTrust;
import io.sigillum.devstack.pki.DevJwtKey;
import io.sigillum.devstack.secrets.StackSecrets;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.ServiceCommandLine;
import io.sigillum.devstack.stack.StackLayout;
import io.sigillum.devstack.token.DevTokenFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo's actors share: HTTPS that trusts the development CA alone, the gateway they all
 * go through, and bearer tokens for the operator's and the relying party's roles.
 */
final class DemoSession {

    private final StackLayout layout;
    private final HttpClient https;
    private final DevTokenFactory tokens;

    private DemoSession(StackLayout layout, HttpClient https, DevTokenFactory tokens) {
        this.layout = layout;
        this.https = https;
        this.tokens = tokens;
    }

    static DemoSession open(StackLayout layout) {
        StackSecrets secrets = StackSecrets.load(layout).orElseThrow(() -> new StackException("run ./sigillum up first"));
        HttpClient https = HttpClient.newBuilder().sslContext(DevTrust.sslContext(layout.trustStore(), secrets.tlsPassword()))
                .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        return new DemoSession(layout, https, new DevTokenFactory(DevJwtKey.load(layout), Clock.systemUTC()));
    }

    StackLayout layout() {
        return layout;
    }

    HttpClient https() {
        return https;
    }

    /** The gateway's public URL plus a path, e.g. {@code /admin/issuance}. */
    String gateway(String path) {
        return ServiceCatalog.PUBLIC_URL + path;
    }

    /** A client calling with a fresh token of one role, as the named actor. */
    AdminClient as(String subject, String role) {
        return new AdminClient(https, tokens.mint(subject, List.of(role), Duration.ofMinutes(10)));
    }

    /** A client for public reads (CA certificates, status lists): no token at all. */
    AdminClient anyone() {
        return new AdminClient(https, null);
    }

    /** Writes an image the demo shows (a QR code) under {@code var/dev/demo/}; its path. */
    Path saveImage(String fileName, byte[] png) {
        Path file = layout.dev().resolve("demo").resolve(fileName);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new StackException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The deployment's CAs, which sign both the issuer's and the verifier's certificates. */
    List<X509Certificate> authorities() {
        URI kms = URI.create(ServiceCommandLine.url(ServiceCatalog.service("key-management").orElseThrow()) + "/ca-certificates");
        List<String> certificates = new ArrayList<>();
        anyone().get(kms, 200).forEach(authority -> certificates.add(authority.get("certificate").asText()));
        return DerCertificates.fromX5c(certificates);
    }
}
