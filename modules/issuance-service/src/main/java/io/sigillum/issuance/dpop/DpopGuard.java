package io.sigillum.issuance.dpop;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.issuance.metadata.IssuerPolicy;
import io.sigillum.issuance.oauth.OAuthError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the DPoP proof of a request (RFC 9449 §4.3) and everything about it that needs state:
 * the server nonce (§8, required unless {@code sigillum.issuance.dpop.require-nonce=false}) and
 * replay (§11.1). A refusal carries a fresh {@code DPoP-Nonce}: 400 at the token endpoint
 * (§5), 401 with a {@code WWW-Authenticate: DPoP} challenge at a protected resource (§7.1, §9).
 */
@ApplicationScoped
public class DpopGuard {

    private final DpopProofVerifier verifier;
    private final DpopNonces nonces;
    private final DpopReplay replay;
    private final boolean requireNonce;
    private final Duration proofLifetime;
    private final String algorithms;

    @Inject
    DpopGuard(IssuerPolicy policy, DpopNonces nonces, DpopReplay replay,
              @ConfigProperty(name = "sigillum.issuance.dpop.require-nonce", defaultValue = "true") boolean requireNonce) {
        Set<SignatureAlgorithm> allowed = policy.dpopAlgorithms().stream()
                .map(name -> SignatureAlgorithm.fromJwsName(name).filter(algorithm -> !algorithm.rsa()).orElseThrow(() ->
                        // Wallet keys arrive as EC or EdDSA JWKs; RSA names would be advertised and never verify.
                        new IllegalStateException("sigillum.issuance.dpop-algorithms: unknown or unsupported algorithm " + name)))
                .collect(Collectors.toUnmodifiableSet());
        this.proofLifetime = policy.proofMaxAge();
        this.verifier = new DpopProofVerifier(allowed, proofLifetime, Duration.ofSeconds(60), Clock.systemUTC());
        this.nonces = nonces;
        this.replay = replay;
        this.requireNonce = requireNonce;
        this.algorithms = String.join(" ", policy.dpopAlgorithms());
    }

    /** The nonce every answer of the token and credential endpoints carries in {@code DPoP-Nonce}. */
    public String nonce() {
        return nonces.current();
    }

    /** A token request's proof; refusals are 400s. */
    public VerifiedDpopProof atTokenEndpoint(List<String> proofs, String method, URI htu) {
        return check(proofs, method, htu, Optional.empty(), false);
    }

    /** A protected resource request's proof, bound to its access token; refusals are 401s. */
    public VerifiedDpopProof atResource(List<String> proofs, String method, URI htu, String accessToken) {
        return check(proofs, method, htu, Optional.of(accessToken), true);
    }

    /** A 401 for a resource request whose token or binding is wrong, with a fresh nonce. */
    public OAuthError invalidToken(String description) {
        return OAuthError.unauthorized("invalid_token", description, algorithms).withHeader("DPoP-Nonce", nonce());
    }

    private VerifiedDpopProof check(List<String> proofs, String method, URI htu, Optional<String> token, boolean resource) {
        VerifiedDpopProof proof;
        try {
            proof = token.isPresent() ? verifier.verifyWithAccessToken(proofs, method, htu, token.get())
                    : verifier.verify(proofs, method, htu);
        } catch (DpopProofException e) {
            throw refusal(e.error(), e.description(), resource);
        }
        if (requireNonce && (proof.nonce().isEmpty() || !nonces.isCurrent(proof.nonce().get()))) {
            throw refusal("use_dpop_nonce", proof.nonce().isEmpty()
                    ? "DPoP proofs to this server carry its nonce (DPoP-Nonce)"
                    : "the DPoP nonce is not current; use the one in DPoP-Nonce", resource);
        }
        boolean first;
        try {
            first = replay.firstUse(proof.jkt(), proof.jti(), proof.issuedAt().plus(proofLifetime).plus(Duration.ofMinutes(1)));
        } catch (RuntimeException raced) {
            first = false;
        }
        if (!first) {
            throw refusal("invalid_dpop_proof", "this DPoP proof (jti) was already used", resource);
        }
        return proof;
    }

    private OAuthError refusal(String error, String description, boolean resource) {
        OAuthError refusal = resource ? OAuthError.unauthorized(error, description, algorithms)
                : OAuthError.badRequest(error, description);
        return refusal.withHeader("DPoP-Nonce", nonce());
    }
}
