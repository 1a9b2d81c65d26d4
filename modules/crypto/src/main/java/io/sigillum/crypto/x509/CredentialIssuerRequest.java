package io.sigillum.crypto.x509;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The leaf certificate of an SD-JWT VC issuer, sent in the issuer-signed JWT's {@code x5c}.
 * A verifier resolving the issuer key from {@code x5c} matches the JWT's {@code iss} against the
 * leaf (draft-ietf-oauth-sd-jwt-vc, issuer key resolution with X.509): a {@code dns:} URI
 * (RFC 4501) against a dNSName subjectAltName, any other URI against a uniformResourceIdentifier
 * one. An {@code https} issuer therefore gets its URI as given, and its host as a dNSName too so
 * that verifiers matching on the host accept the same certificate.
 *
 * @param subject  the issuer's name
 * @param issuer   the {@code iss} value, an absolute {@code https} or {@code dns} URI
 * @param validity how long it is valid; it must not outlive its issuing CA
 */
public record CredentialIssuerRequest(SubjectName subject, URI issuer, Duration validity) implements CertificateRequest {

    /** Checks the fields. */
    public CredentialIssuerRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        String scheme = issuer.getScheme() == null ? "" : issuer.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            if (issuer.getHost() == null) {
                throw new IllegalArgumentException("the issuer URI has no host: " + issuer);
            }
            DnsNames.require(issuer.getHost());
        } else if (scheme.equals("dns")) {
            DnsNames.require(dnsName(issuer));
        } else {
            throw new IllegalArgumentException("the issuer is an https or dns URI, not " + issuer);
        }
        CertificateRequest.positive(validity);
    }

    /** @return the DNS name a {@code dns:} URI names (RFC 4501 §3), without authority or query */
    static String dnsName(URI dnsUri) {
        String part = dnsUri.getSchemeSpecificPart();
        if (part.startsWith("//")) {
            int slash = part.indexOf('/', 2);
            part = slash < 0 ? "" : part.substring(slash + 1);
        }
        int query = part.indexOf('?');
        return query < 0 ? part : part.substring(0, query);
    }
}
