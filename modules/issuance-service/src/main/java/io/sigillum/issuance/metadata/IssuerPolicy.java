package io.sigillum.issuance.metadata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * The issuer's protocol settings, advertised in its metadata and enforced by its endpoints, so
 * that what wallets read is what they get.
 */
@ApplicationScoped
public class IssuerPolicy {

    private final List<String> proofAlgorithms;
    private final List<String> dpopAlgorithms;
    private final int batchSize;
    private final Duration accessTokenTtl;
    private final Duration nonceTtl;
    private final Duration proofMaxAge;
    private final int txCodeMaxFailures;

    @Inject
    IssuerPolicy(@ConfigProperty(name = "sigillum.issuance.proof-algorithms", defaultValue = "ES256") List<String> proofAlgorithms,
                 @ConfigProperty(name = "sigillum.issuance.dpop-algorithms", defaultValue = "ES256") List<String> dpopAlgorithms,
                 @ConfigProperty(name = "sigillum.issuance.batch-size", defaultValue = "10") int batchSize,
                 @ConfigProperty(name = "sigillum.issuance.access-token.ttl", defaultValue = "PT5M") Duration accessTokenTtl,
                 @ConfigProperty(name = "sigillum.issuance.nonce.ttl", defaultValue = "PT5M") Duration nonceTtl,
                 @ConfigProperty(name = "sigillum.issuance.proof.max-age", defaultValue = "PT5M") Duration proofMaxAge,
                 @ConfigProperty(name = "sigillum.issuance.tx-code.max-failures", defaultValue = "5") int txCodeMaxFailures) {
        if (batchSize < 1) {
            throw new IllegalStateException("sigillum.issuance.batch-size must be at least 1");
        }
        this.proofAlgorithms = List.copyOf(proofAlgorithms);
        this.dpopAlgorithms = List.copyOf(dpopAlgorithms);
        this.batchSize = batchSize;
        this.accessTokenTtl = accessTokenTtl;
        this.nonceTtl = nonceTtl;
        this.proofMaxAge = proofMaxAge;
        this.txCodeMaxFailures = txCodeMaxFailures;
    }

    /** JWS algorithms key proofs may use. */
    public List<String> proofAlgorithms() {
        return proofAlgorithms;
    }

    /** JWS algorithms DPoP proofs may use. */
    public List<String> dpopAlgorithms() {
        return dpopAlgorithms;
    }

    /** The most key proofs (credentials) one credential request may carry. */
    public int batchSize() {
        return batchSize;
    }

    /** How long an access token lives. */
    public Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    /** How long a {@code c_nonce} or DPoP nonce stays valid. */
    public Duration nonceTtl() {
        return nonceTtl;
    }

    /** How old a key proof or DPoP proof may be ({@code iat}). */
    public Duration proofMaxAge() {
        return proofMaxAge;
    }

    /** Wrong Transaction Codes after which a pre-authorized code dies. */
    public int txCodeMaxFailures() {
        return txCodeMaxFailures;
    }
}
