package io.sigillum.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64;
import io.sigillum.crypto.x509.DerCertificates;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** The certificate chain of a served Status List Token, and its check against the deployment's CAs. */
final class StatusListChains {

    private StatusListChains() {
    }

    /** The token's {@code x5c}, leaf first. */
    static List<X509Certificate> x5c(String jwt) throws ParseException {
        List<Base64> x5c = JWSObject.parse(jwt).getHeader().getX509CertChain();
        assertFalse(x5c == null || x5c.isEmpty(), "a status list signed through the KMS carries x5c");
        return DerCertificates.fromX5c(x5c.stream().map(Base64::toString).toList());
    }

    /** The deployment's CA certificates, as {@code GET /ca-certificates} lists them. */
    static List<X509Certificate> authorities(JsonNode authorities) {
        List<X509Certificate> certificates = new java.util.ArrayList<>();
        for (JsonNode authority : authorities) {
            certificates.addAll(DerCertificates.fromX5c(List.of(authority.get("certificate").asText())));
        }
        return certificates;
    }

    /**
     * Each certificate is signed by the next, and the last by one of the authorities
     * {@code GET /ca-certificates} lists (the root is not in x5c, RFC 7515 §4.1.6).
     */
    static void assertIssuedUnder(List<X509Certificate> chain, JsonNode authorities) throws GeneralSecurityException {
        for (int i = 0; i + 1 < chain.size(); i++) {
            chain.get(i).verify(chain.get(i + 1).getPublicKey());
        }
        X509Certificate top = chain.getLast();
        for (JsonNode authority : authorities) {
            X509Certificate ca = DerCertificates.fromX5c(List.of(authority.get("certificate").asText())).getFirst();
            if (ca.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
                top.verify(ca.getPublicKey());
                return;
            }
        }
        fail("the chain's top, issued by " + top.getIssuerX500Principal() + ", is under none of the deployment's CAs");
    }
}
