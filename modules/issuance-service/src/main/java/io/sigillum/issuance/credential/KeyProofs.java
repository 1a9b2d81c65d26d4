package io.sigillum.issuance.credential;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.issuance.metadata.CredentialIssuerIdentifier;
import io.sigillum.issuance.metadata.IssuerPolicy;
import io.sigillum.issuance.nonce.CNonces;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.issuance.proof.KeyProofException;
import io.sigillum.issuance.proof.KeyProofVerifier;
import io.sigillum.issuance.proof.VerifiedKeyProof;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the key proofs of a credential request (OID4VCI 1.0 §8.2, Appendix F.1) and spends
 * their {@code c_nonce}: every proof must carry one this issuer handed out, and once used it is
 * gone. Each proof must be by a different key: one credential per key.
 */
@ApplicationScoped
public class KeyProofs {

    private final KeyProofVerifier verifier;
    private final CNonces nonces;

    @Inject
    KeyProofs(CredentialIssuerIdentifier issuer, IssuerPolicy policy, CNonces nonces) {
        Set<SignatureAlgorithm> allowed = policy.proofAlgorithms().stream()
                .map(name -> SignatureAlgorithm.fromJwsName(name).filter(algorithm -> !algorithm.rsa()).orElseThrow(() ->
                        // Wallet keys arrive as EC or EdDSA JWKs; RSA names would be advertised and never verify.
                        new IllegalStateException("sigillum.issuance.proof-algorithms: unknown or unsupported algorithm " + name)))
                .collect(Collectors.toUnmodifiableSet());
        this.verifier = new KeyProofVerifier(issuer.uri().toString(), allowed, policy.proofMaxAge(),
                Duration.ofSeconds(60), Clock.systemUTC());
        this.nonces = nonces;
    }

    /**
     * @return the proofs' public keys, in request order
     * @throws OAuthError {@code invalid_proof} or {@code invalid_nonce}
     */
    List<PublicKey> holderKeys(List<String> proofs) {
        List<VerifiedKeyProof> verified = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String proof : proofs) {
            try {
                VerifiedKeyProof checked = verifier.verify(proof);
                KeyProofVerifier.checkNonce(checked, nonce -> true);
                if (!keys.add(checked.jkt())) {
                    throw OAuthError.badRequest("invalid_proof", "two proofs are by the same key; each credential needs its own");
                }
                verified.add(checked);
            } catch (KeyProofException e) {
                throw OAuthError.badRequest(e.error(), e.description());
            }
        }
        Set<String> used = verified.stream().map(p -> p.nonce().orElseThrow()).collect(Collectors.toSet());
        for (String nonce : used) {
            if (!nonces.consume(nonce)) {
                throw OAuthError.badRequest("invalid_nonce", "the c_nonce is unknown, expired or already used;"
                        + " get a fresh one from the nonce endpoint");
            }
        }
        return verified.stream().map(VerifiedKeyProof::key).toList();
    }
}
