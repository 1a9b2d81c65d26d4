package io.sigillum.crypto.x509;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate together with its private key and the chain up to (and including) its CA.
 *
 * @param privateKey the private key of the end-entity certificate
 * @param chain      the end-entity certificate first, then its issuers
 */
public record IssuedCertificate(PrivateKey privateKey, List<X509Certificate> chain) {

    /** Checks the fields and copies the chain. */
    public IssuedCertificate {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain is empty");
        }
    }

    /** @return the end-entity certificate (the first of the chain) */
    public X509Certificate certificate() {
        return chain.get(0);
    }
}
