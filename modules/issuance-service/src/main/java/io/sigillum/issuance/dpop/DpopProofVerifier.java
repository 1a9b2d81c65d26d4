package io.sigillum.issuance.dpop;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.issuance.dpop.DpopProofException.Reason;
import io.sigillum.issuance.proof.JwkHeaders;
import io.sigillum.issuance.proof.ProofJwts;
import io.sigillum.issuance.proof.SelfSignedJws;
import io.sigillum.issuance.proof.SelfSignedJwsException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * Checks the {@code DPoP} header of a request as RFC 9449 §4.3 asks, except the two stateful
 * checks, which the caller makes with what this returns: the server nonce (check 10, §8 and §9:
 * {@link #checkNonce}) and {@code jti} replay (§11.1). With an access token it also checks
 * {@code ath} (check 12); {@link #checkKeyBinding} then compares the token's {@code cnf.jkt}.
 *
 * <p>The {@code htu} is compared with the endpoint's public URL as the client sees it, which
 * the caller passes: behind the gateway the request's own URL is not that one.
 *
 * <p>Stateless and thread-safe.
 */
public final class DpopProofVerifier {

    /** The longest {@code DPoP} header value read; longer ones are refused before parsing. */
    public static final int MAX_PROOF_CHARS = 8 * 1024;
    /** The longest {@code jti} taken: 96 random bits need 16 characters, a UUID 36 (§4.2). */
    public static final int MAX_JTI_CHARS = 256;

    private final SelfSignedJws selfSigned;
    private final Duration maxAge;
    private final Duration maxFutureSkew;
    private final Clock clock;

    /**
     * @param algorithms    the algorithms accepted, advertised as {@code dpop_signing_alg_values_supported};
     *                      HAIP 1.0 requires {@link SignatureAlgorithm#ES256} among them
     * @param maxAge        how old an {@code iat} may be (§11.1: the window also bounds the replay cache)
     * @param maxFutureSkew how far ahead of this clock an {@code iat} may be
     * @param clock         the clock
     */
    public DpopProofVerifier(Set<SignatureAlgorithm> algorithms, Duration maxAge, Duration maxFutureSkew, Clock clock) {
        this.selfSigned = new SelfSignedJws("the DPoP proof", algorithms);
        if (maxAge.isNegative() || maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("the iat window cannot be negative");
        }
        this.maxAge = maxAge;
        this.maxFutureSkew = maxFutureSkew;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks a proof sent without an access token, e.g. to the token endpoint (§5).
     *
     * @param dpopHeaders every value of the request's {@code DPoP} header (none or several are refused)
     * @param method      the request's HTTP method
     * @param endpoint    the endpoint's public URL, as the client addresses it
     * @return the verified proof
     * @throws DpopProofException {@code invalid_dpop_proof}, with the rule that was broken
     */
    public VerifiedDpopProof verify(List<String> dpopHeaders, String method, URI endpoint) throws DpopProofException {
        return check(dpopHeaders, method, endpoint, null);
    }

    /**
     * Checks a proof sent with a DPoP-bound access token to a protected resource (§7), including
     * {@code ath}; the caller then checks the token's binding with {@link #checkKeyBinding}.
     *
     * @param dpopHeaders every value of the request's {@code DPoP} header (none or several are refused)
     * @param method      the request's HTTP method
     * @param endpoint    the endpoint's public URL, as the client addresses it
     * @param accessToken the access token of the {@code Authorization: DPoP} header
     * @return the verified proof
     * @throws DpopProofException {@code invalid_dpop_proof}, with the rule that was broken
     */
    public VerifiedDpopProof verifyWithAccessToken(List<String> dpopHeaders, String method, URI endpoint,
                                                   String accessToken) throws DpopProofException {
        return check(dpopHeaders, method, endpoint, Objects.requireNonNull(accessToken, "accessToken"));
    }

    /**
     * The server-nonce check (§4.3 check 10) for an endpoint that requires nonces.
     *
     * @param proof     a verified proof
     * @param isCurrent whether a nonce is one this server provided and still accepts
     * @throws DpopProofException {@code use_dpop_nonce} (§8, §9) when the proof has no nonce or a
     *                            stale one; the caller answers with a fresh {@code DPoP-Nonce}
     */
    public static void checkNonce(VerifiedDpopProof proof, Predicate<String> isCurrent) throws DpopProofException {
        Objects.requireNonNull(isCurrent, "isCurrent");
        String nonce = proof.nonce().orElseThrow(() -> new DpopProofException(Reason.NONCE_MISSING,
                "the DPoP proof must carry the nonce of the DPoP-Nonce header"));
        if (!isCurrent.test(nonce)) {
            throw new DpopProofException(Reason.NONCE_STALE,
                    "the DPoP proof's nonce is not current: use the one of the DPoP-Nonce header");
        }
    }

    /**
     * The key-binding check (§4.3 check 12, §6.1): the access token is bound to the proof's key.
     *
     * @param proof    a verified proof
     * @param boundJkt the access token's {@code cnf.jkt}; {@code null} when it has none
     * @throws DpopProofException {@code invalid_token} (§7.1) when they differ
     */
    public static void checkKeyBinding(VerifiedDpopProof proof, String boundJkt) throws DpopProofException {
        if (!proof.jkt().equals(boundJkt)) {
            throw new DpopProofException(Reason.KEY_BINDING_MISMATCH, "Invalid DPoP key binding");
        }
    }

    /**
     * @param accessToken an access token
     * @return its {@code ath}: base64url(SHA-256(ASCII(token))) (§4.2)
     * @throws IllegalArgumentException when the token is not ASCII
     */
    public static String accessTokenHash(String accessToken) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(accessToken)) {
            throw new IllegalArgumentException("an access token is ASCII");
        }
        // base64url(SHA-256): how the issuer keeps every secret; for an ASCII token it is the ath value.
        return Secrets.digest(accessToken);
    }

    /** @return the accepted algorithms, for {@code dpop_signing_alg_values_supported} and {@code algs} */
    public Set<SignatureAlgorithm> algorithms() {
        return selfSigned.algorithms();
    }

    private VerifiedDpopProof check(List<String> dpopHeaders, String method, URI endpoint, String accessToken)
            throws DpopProofException {
        Objects.requireNonNull(method, "method");
        String expectedHtu = HttpUris.normalize(Objects.requireNonNull(endpoint, "endpoint"));
        String proof = single(dpopHeaders);
        Map<String, Object> header = ProofJwts.header(proof)
                .orElseThrow(() -> new DpopProofException(Reason.MALFORMED, "the DPoP proof's header is not a JSON object"));

        if (!DpopSpec.TYP.equals(header.get(DpopSpec.TYPE))) {
            throw new DpopProofException(Reason.WRONG_TYPE, "typ must be " + DpopSpec.TYP + " (RFC 9449 §4.2)");
        }
        checkAlgorithm(header.get(DpopSpec.ALG));
        Object jwk = header.get(DpopSpec.JWK);
        if (jwk == null) {
            throw new DpopProofException(Reason.MISSING_KEY, "the jwk header is required (RFC 9449 §4.2)");
        }
        SelfSignedJws.Verified signed = signed(proof, jwk);
        JwkHeaders.HeaderKey key = signed.key();
        Map<String, Object> claims = ProofJwts.object(signed.jws().payload())
                .orElseThrow(() -> new DpopProofException(Reason.MALFORMED, "the DPoP proof's payload is not a JSON object"));

        String jti = requiredString(claims, DpopSpec.JTI);
        if (jti.isEmpty() || jti.length() > MAX_JTI_CHARS) {
            throw new DpopProofException(Reason.INVALID_CLAIM, "jti must have 1 to " + MAX_JTI_CHARS + " characters");
        }
        String htm = requiredString(claims, DpopSpec.HTM);
        String htu = requiredString(claims, DpopSpec.HTU);
        Instant issuedAt = issuedAt(claims.get(DpopSpec.IAT));
        Optional<String> nonce = optionalString(claims, DpopSpec.NONCE);

        if (!method.equals(htm)) {
            throw new DpopProofException(Reason.WRONG_METHOD, "htm must be the request's method, " + method);
        }
        if (!expectedHtu.equals(normalizedHtu(htu))) {
            throw new DpopProofException(Reason.WRONG_URI, "htu must be this endpoint's URL, " + expectedHtu);
        }
        checkWindow(issuedAt);
        if (accessToken != null) {
            String ath = requiredString(claims, DpopSpec.ATH);
            if (!matchesHash(ath, accessToken)) {
                throw new DpopProofException(Reason.WRONG_ACCESS_TOKEN_HASH, "ath is not the hash of the access token");
            }
        }
        return new VerifiedDpopProof(key.thumbprint(), jti, issuedAt, nonce, key.key());
    }

    /** §4.3 checks 1 and 2: one header field, with one compact JWS of bounded size. */
    private static String single(List<String> dpopHeaders) throws DpopProofException {
        if (dpopHeaders == null || dpopHeaders.isEmpty()) {
            throw new DpopProofException(Reason.MISSING, "the DPoP header is missing");
        }
        if (dpopHeaders.size() > 1) {
            throw new DpopProofException(Reason.MULTIPLE, "there must be one DPoP header, not " + dpopHeaders.size());
        }
        String value = dpopHeaders.getFirst();
        if (value == null || value.isBlank()) {
            throw new DpopProofException(Reason.MISSING, "the DPoP header is empty");
        }
        if (value.length() > MAX_PROOF_CHARS) {
            throw new DpopProofException(Reason.TOO_LARGE, "the DPoP proof is longer than " + MAX_PROOF_CHARS + " characters");
        }
        String proof = value.strip();
        if (proof.indexOf(',') >= 0) {
            throw new DpopProofException(Reason.MULTIPLE, "the DPoP header must hold one proof, not a list");
        }
        if (!ProofJwts.isCompactJws(proof)) {
            throw new DpopProofException(Reason.MALFORMED, "the DPoP proof is not a compact JWS");
        }
        return proof;
    }

    private void checkAlgorithm(Object alg) throws DpopProofException {
        if (!selfSigned.allows(alg)) {
            throw new DpopProofException(Reason.ALGORITHM_NOT_ALLOWED, "alg must be an asymmetric signature algorithm among "
                    + selfSigned.algorithmNames() + " (RFC 9449 §4.3)");
        }
    }

    /** §4.3 checks 5 to 7: the signature verifies with the {@code jwk}, a public key. */
    private SelfSignedJws.Verified signed(String proof, Object jwk) throws DpopProofException {
        try {
            return selfSigned.verify(proof, jwk);
        } catch (SelfSignedJwsException e) {
            Reason reason = switch (e.reason()) {
                case MALFORMED -> Reason.MALFORMED;
                case ALGORITHM_NOT_ALLOWED -> Reason.ALGORITHM_NOT_ALLOWED;
                case UNSUPPORTED_HEADER -> Reason.UNSUPPORTED_HEADER;
                case PRIVATE_KEY -> Reason.PRIVATE_KEY;
                case UNSUPPORTED_KEY -> Reason.UNSUPPORTED_KEY;
                case BAD_SIGNATURE -> Reason.BAD_SIGNATURE;
            };
            throw new DpopProofException(reason, e.getMessage());
        }
    }

    private static String normalizedHtu(String htu) throws DpopProofException {
        try {
            return HttpUris.normalize(htu);
        } catch (IllegalArgumentException e) {
            throw new DpopProofException(Reason.WRONG_URI, "htu is not an absolute http(s) URI");
        }
    }

    private static Instant issuedAt(Object iat) throws DpopProofException {
        if (iat == null) {
            throw new DpopProofException(Reason.MISSING_CLAIM, "iat is required (RFC 9449 §4.2)");
        }
        return ProofJwts.numericDate(iat)
                .orElseThrow(() -> new DpopProofException(Reason.INVALID_CLAIM, "iat must be a NumericDate"));
    }

    /** §4.3 check 11, §11.1. */
    private void checkWindow(Instant issuedAt) throws DpopProofException {
        Instant now = clock.instant();
        if (issuedAt.isBefore(now.minus(maxAge))) {
            throw new DpopProofException(Reason.IAT_TOO_OLD, "the DPoP proof is older than " + maxAge.toSeconds() + " s");
        }
        if (issuedAt.isAfter(now.plus(maxFutureSkew))) {
            throw new DpopProofException(Reason.IAT_IN_FUTURE, "the DPoP proof's iat is in the future");
        }
    }

    private static boolean matchesHash(String ath, String accessToken) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(accessToken)) {
            return false;
        }
        return MessageDigest.isEqual(accessTokenHash(accessToken).getBytes(StandardCharsets.US_ASCII),
                ath.getBytes(StandardCharsets.UTF_8));
    }

    private static String requiredString(Map<String, Object> claims, String name) throws DpopProofException {
        Object value = claims.get(name);
        if (value == null) {
            throw new DpopProofException(Reason.MISSING_CLAIM, name + " is required (RFC 9449 §4.2)");
        }
        if (value instanceof String text) {
            return text;
        }
        throw new DpopProofException(Reason.INVALID_CLAIM, name + " must be a string");
    }

    private static Optional<String> optionalString(Map<String, Object> claims, String name) throws DpopProofException {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new DpopProofException(Reason.INVALID_CLAIM, name + " must be a string");
    }
}
