package io.sigillum.issuance.proof;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.issuance.proof.KeyProofException.Reason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Verifies OID4VCI 1.0 key proofs of proof type {@code jwt} (Appendix F.1), as Appendix F.4 asks:
 * explicit type, an allowed asymmetric algorithm, a signature by the public key in the header, no
 * private key, this issuer as audience and a recent {@code iat}. The {@code c_nonce} is checked by
 * the caller, which holds the nonce store, with {@link #checkNonce}.
 *
 * <p>Only {@code jwk} key binding is supported, the one this issuer advertises: proofs naming
 * their key by {@code kid} or {@code x5c} are refused as such.
 *
 * <p>Stateless and thread-safe.
 */
public final class KeyProofVerifier {

    /** The longest proof read; longer ones are refused before parsing. */
    public static final int MAX_PROOF_CHARS = 8 * 1024;

    private final String credentialIssuer;
    private final SelfSignedJws selfSigned;
    private final Duration maxAge;
    private final Duration maxFutureSkew;
    private final Clock clock;

    /**
     * @param credentialIssuer the Credential Issuer Identifier, the {@code aud} every proof must name
     * @param algorithms       the {@code proof_signing_alg_values_supported} of the metadata; HAIP 1.0
     *                         requires {@link SignatureAlgorithm#ES256} among them
     * @param maxAge           how old an {@code iat} may be
     * @param maxFutureSkew    how far ahead of this clock an {@code iat} may be
     * @param clock            the clock
     */
    public KeyProofVerifier(String credentialIssuer, Set<SignatureAlgorithm> algorithms, Duration maxAge,
                            Duration maxFutureSkew, Clock clock) {
        this.credentialIssuer = Objects.requireNonNull(credentialIssuer, "credentialIssuer");
        this.selfSigned = new SelfSignedJws("the key proof", algorithms);
        if (maxAge.isNegative() || maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("the iat window cannot be negative");
        }
        this.maxAge = maxAge;
        this.maxFutureSkew = maxFutureSkew;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param jwt one element of the Credential Request's {@code proofs.jwt} array
     * @return the verified proof
     * @throws KeyProofException {@code invalid_proof}, with the rule that was broken
     */
    public VerifiedKeyProof verify(String jwt) throws KeyProofException {
        if (jwt == null) {
            throw new KeyProofException(Reason.MALFORMED, "the key proof is missing");
        }
        if (jwt.length() > MAX_PROOF_CHARS) {
            throw new KeyProofException(Reason.TOO_LARGE, "the key proof is longer than " + MAX_PROOF_CHARS + " characters");
        }
        if (!ProofJwts.isCompactJws(jwt)) {
            throw new KeyProofException(Reason.MALFORMED, "the key proof is not a compact JWS");
        }
        Map<String, Object> header = ProofJwts.header(jwt)
                .orElseThrow(() -> new KeyProofException(Reason.MALFORMED, "the key proof's header is not a JSON object"));

        if (!KeyProofSpec.TYP.equals(header.get(KeyProofSpec.TYPE))) {
            throw new KeyProofException(Reason.WRONG_TYPE, "typ must be " + KeyProofSpec.TYP + " (OID4VCI 1.0 Appendix F.1)");
        }
        checkAlgorithm(header.get(KeyProofSpec.ALG));
        for (String unsupported : List.of(KeyProofSpec.KEY_ATTESTATION, KeyProofSpec.TRUST_CHAIN)) {
            if (header.containsKey(unsupported)) {
                throw new KeyProofException(Reason.UNSUPPORTED_HEADER, unsupported + " is not supported by this issuer");
            }
        }
        checkKeyParameters(header);

        SelfSignedJws.Verified signed = signed(jwt, header.get(KeyProofSpec.JWK));
        JwkHeaders.HeaderKey key = signed.key();
        Map<String, Object> claims = ProofJwts.object(signed.jws().payload())
                .orElseThrow(() -> new KeyProofException(Reason.MALFORMED, "the key proof's payload is not a JSON object"));

        checkAudience(claims.get(KeyProofSpec.AUD));
        Instant issuedAt = checkIssuedAt(claims.get(KeyProofSpec.IAT));
        Optional<String> nonce = optionalString(claims, KeyProofSpec.NONCE);
        Optional<String> clientId = optionalString(claims, KeyProofSpec.ISS);
        return new VerifiedKeyProof(key.key(), key.thumbprint(), nonce, issuedAt, clientId);
    }

    /**
     * The {@code c_nonce} check of Appendix F.4, for an issuer with a Nonce Endpoint.
     *
     * @param proof     a verified proof
     * @param isCurrent whether a nonce is one this issuer provided and still accepts
     * @throws KeyProofException {@code invalid_proof} when the proof has no nonce (§8.3.1.2 case 4);
     *                           {@code invalid_nonce} when its nonce is not current, so that the
     *                           wallet fetches a fresh one
     */
    public static void checkNonce(VerifiedKeyProof proof, Predicate<String> isCurrent) throws KeyProofException {
        Objects.requireNonNull(isCurrent, "isCurrent");
        String nonce = proof.nonce().orElseThrow(() -> new KeyProofException(Reason.NONCE_MISSING,
                "the key proof has no nonce; this issuer requires a c_nonce from its Nonce Endpoint"));
        if (!isCurrent.test(nonce)) {
            throw new KeyProofException(Reason.NONCE_NOT_CURRENT,
                    "the key proof's nonce is not a current c_nonce; fetch a new one from the Nonce Endpoint");
        }
    }

    /** @return the issuer identifier every proof must name in {@code aud} */
    public String credentialIssuer() {
        return credentialIssuer;
    }

    private void checkAlgorithm(Object alg) throws KeyProofException {
        if (!selfSigned.allows(alg)) {
            throw new KeyProofException(Reason.ALGORITHM_NOT_ALLOWED, "alg must be an asymmetric signature algorithm among "
                    + selfSigned.algorithmNames() + " (OID4VCI 1.0 Appendix F.4)");
        }
    }

    /** Appendix F.1: {@code kid}, {@code jwk} and {@code x5c} each exclude the other two; only {@code jwk} is taken. */
    private static void checkKeyParameters(Map<String, Object> header) throws KeyProofException {
        boolean jwk = header.containsKey(KeyProofSpec.JWK);
        boolean kid = header.containsKey(KeyProofSpec.KID);
        boolean x5c = header.containsKey(KeyProofSpec.X5C);
        int present = (jwk ? 1 : 0) + (kid ? 1 : 0) + (x5c ? 1 : 0);
        if (present == 0) {
            throw new KeyProofException(Reason.MISSING_KEY, "the key proof's header carries no jwk");
        }
        if (present > 1) {
            throw new KeyProofException(Reason.AMBIGUOUS_KEY,
                    "the key proof's header must carry exactly one of jwk, kid and x5c (OID4VCI 1.0 Appendix F.1)");
        }
        if (!jwk) {
            throw new KeyProofException(Reason.UNSUPPORTED_KEY_REFERENCE, (kid ? "kid" : "x5c")
                    + " key references are not supported: this issuer binds Credentials to a public key in jwk");
        }
    }

    /** Appendix F.4: the signature verifies with the {@code jwk}, a public key. */
    private SelfSignedJws.Verified signed(String jwt, Object jwk) throws KeyProofException {
        try {
            return selfSigned.verify(jwt, jwk);
        } catch (SelfSignedJwsException e) {
            Reason reason = switch (e.reason()) {
                case MALFORMED -> Reason.MALFORMED;
                case ALGORITHM_NOT_ALLOWED -> Reason.ALGORITHM_NOT_ALLOWED;
                case UNSUPPORTED_HEADER -> Reason.UNSUPPORTED_HEADER;
                case PRIVATE_KEY -> Reason.PRIVATE_KEY;
                case UNSUPPORTED_KEY -> Reason.UNSUPPORTED_KEY;
                case BAD_SIGNATURE -> Reason.BAD_SIGNATURE;
            };
            throw new KeyProofException(reason, e.getMessage());
        }
    }

    /** Appendix F.1: {@code aud} is the Credential Issuer Identifier; an array of that one value is taken too. */
    private void checkAudience(Object aud) throws KeyProofException {
        if (aud == null) {
            throw new KeyProofException(Reason.MISSING_CLAIM, "aud is required (OID4VCI 1.0 Appendix F.1)");
        }
        Object single = aud instanceof List<?> list && list.size() == 1 ? list.getFirst() : aud;
        if (!credentialIssuer.equals(single)) {
            throw new KeyProofException(Reason.WRONG_AUDIENCE, "aud must be this Credential Issuer Identifier, "
                    + credentialIssuer);
        }
    }

    private Instant checkIssuedAt(Object iat) throws KeyProofException {
        if (iat == null) {
            throw new KeyProofException(Reason.MISSING_CLAIM, "iat is required (OID4VCI 1.0 Appendix F.1)");
        }
        Instant issuedAt = ProofJwts.numericDate(iat)
                .orElseThrow(() -> new KeyProofException(Reason.INVALID_CLAIM, "iat must be a NumericDate"));
        Instant now = clock.instant();
        if (issuedAt.isBefore(now.minus(maxAge))) {
            throw new KeyProofException(Reason.IAT_TOO_OLD, "the key proof is older than " + maxAge.toSeconds() + " s");
        }
        if (issuedAt.isAfter(now.plus(maxFutureSkew))) {
            throw new KeyProofException(Reason.IAT_IN_FUTURE, "the key proof's iat is in the future");
        }
        return issuedAt;
    }

    private static Optional<String> optionalString(Map<String, Object> claims, String name) throws KeyProofException {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new KeyProofException(Reason.INVALID_CLAIM, name + " must be a string");
    }
}
