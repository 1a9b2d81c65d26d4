package io.sigillum.issuance.proof;

import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.JwsVerificationException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.issuance.proof.SelfSignedJwsException.Reason;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A compact JWS signed by the public key in its own {@code jwk} header (RFC 7515 §4.1.3), as
 * DPoP proofs (RFC 9449 §4.2) and OID4VCI key proofs of type {@code jwt} (Appendix F.1) are. The
 * key is taken only when it is public and of a supported kind ({@link JwkHeaders}); the signature
 * is then verified with it, under an allow-list of algorithms. Each caller checks its own header
 * rules ({@code typ}, which key parameters may stand) before, and the claims after.
 *
 * <p>Immutable and thread-safe.
 */
public final class SelfSignedJws {

    private final String subject;
    private final Set<SignatureAlgorithm> algorithms;

    /**
     * The key of the {@code jwk} header and the JWS verified with it.
     *
     * @param key the public key and its thumbprint
     * @param jws the verified JWS
     */
    public record Verified(JwkHeaders.HeaderKey key, VerifiedJws jws) {
    }

    /**
     * @param subject    what the JWS is, as descriptions name it, e.g. {@code "the DPoP proof"}
     * @param algorithms the signature algorithms accepted; at least one
     * @throws IllegalArgumentException when no algorithm is accepted
     */
    public SelfSignedJws(String subject, Set<SignatureAlgorithm> algorithms) {
        this.subject = Objects.requireNonNull(subject, "subject");
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one signing algorithm must be allowed for " + subject);
        }
        this.algorithms = Set.copyOf(EnumSet.copyOf(algorithms));
    }

    /** @return the accepted algorithms */
    public Set<SignatureAlgorithm> algorithms() {
        return algorithms;
    }

    /**
     * @param alg the {@code alg} header's value, of any JSON type
     * @return whether it names an accepted algorithm: never {@code none} nor an HMAC one
     */
    public boolean allows(Object alg) {
        Optional<SignatureAlgorithm> algorithm = alg instanceof String name ? SignatureAlgorithm.fromJwsName(name) : Optional.empty();
        return algorithm.isPresent() && algorithms.contains(algorithm.get());
    }

    /** @return the accepted algorithms' JWS names, sorted and comma-separated, for descriptions */
    public String algorithmNames() {
        return algorithms.stream().sorted().map(SignatureAlgorithm::jwsName).collect(Collectors.joining(", "));
    }

    /**
     * @param compact the JWS, already known to have the shape of a compact JWS
     * @param jwk     its {@code jwk} header's value, of any JSON type; a missing one is the caller's to refuse
     * @return the key and the verified JWS
     * @throws SelfSignedJwsException when the {@code jwk} is not a supported public key or the
     *                                JWS does not verify with it
     */
    public Verified verify(String compact, Object jwk) throws SelfSignedJwsException {
        JwkHeaders.HeaderKey key = publicKey(jwk);
        return new Verified(key, signed(compact, key));
    }

    private static JwkHeaders.HeaderKey publicKey(Object jwk) throws SelfSignedJwsException {
        if (!(jwk instanceof Map<?, ?> members)) {
            throw new SelfSignedJwsException(Reason.UNSUPPORTED_KEY, "jwk is not a JSON object");
        }
        if (JwkHeaders.hasPrivateMembers(members)) {
            throw new SelfSignedJwsException(Reason.PRIVATE_KEY, "the jwk must be a public key: it holds private members");
        }
        try {
            return JwkHeaders.publicKey(members);
        } catch (IllegalArgumentException e) {
            // JwkHeaders' messages are fixed texts, safe to return.
            throw new SelfSignedJwsException(Reason.UNSUPPORTED_KEY, e.getMessage());
        }
    }

    private VerifiedJws signed(String compact, JwkHeaders.HeaderKey key) throws SelfSignedJwsException {
        Verifier verifier;
        try {
            verifier = Verifier.of(key.key());
        } catch (IllegalArgumentException e) {
            throw new SelfSignedJwsException(Reason.UNSUPPORTED_KEY, "the jwk is not a key this server verifies with");
        }
        try {
            return CompactJws.verify(compact, verifier, algorithms);
        } catch (JwsVerificationException e) {
            throw switch (e.reason()) {
                case MALFORMED -> new SelfSignedJwsException(Reason.MALFORMED, subject + " is not a well-formed JWS");
                case ALGORITHM_NOT_ALLOWED -> new SelfSignedJwsException(Reason.ALGORITHM_NOT_ALLOWED,
                        "alg does not match the jwk's key type and curve");
                case UNSUPPORTED_HEADER -> new SelfSignedJwsException(Reason.UNSUPPORTED_HEADER,
                        "crit and b64 headers are not supported");
                case BAD_SIGNATURE -> new SelfSignedJwsException(Reason.BAD_SIGNATURE,
                        "the signature does not verify with the jwk");
            };
        }
    }
}
