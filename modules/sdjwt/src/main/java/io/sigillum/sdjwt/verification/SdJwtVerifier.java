package io.sigillum.sdjwt.verification;

import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.JwsVerificationException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.internal.JwtPayloads;
import io.sigillum.sdjwt.internal.PayloadProcessor;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies SD-JWTs (§7.1) and, when required, their Key Binding (§7.3): strict parsing, the issuer
 * signature through {@link CompactJws} with an algorithm allow-list ({@code none} and MACs cannot
 * be allowed), and the Disclosures processed with every rule of §7.1. Finding and trusting the
 * issuer's key is the caller's part. Thread-safe.
 */
public final class SdJwtVerifier {

    private final Verifier issuerKey;
    private final Set<SignatureAlgorithm> allowed;

    private SdJwtVerifier(Verifier issuerKey, Set<SignatureAlgorithm> allowed) {
        this.issuerKey = issuerKey;
        this.allowed = allowed;
    }

    /**
     * @param issuerKey the issuer's key
     * @param allowed   the algorithms the caller accepts for the Issuer-signed JWT
     * @return the verifier
     */
    public static SdJwtVerifier of(Verifier issuerKey, Set<SignatureAlgorithm> allowed) {
        return new SdJwtVerifier(Objects.requireNonNull(issuerKey, "issuerKey"), Set.copyOf(allowed));
    }

    /**
     * Verifies without requiring Key Binding. A Key Binding JWT that comes along is not checked, and
     * the result says it is not key-bound.
     *
     * @param serialized the SD-JWT or SD-JWT+KB
     * @return the verified claims
     * @throws SdJwtException why it was refused
     */
    public VerifiedSdJwt verify(String serialized) throws SdJwtException {
        SdJwt sdJwt = SdJwt.parse(serialized);
        return verifyIssued(sdJwt, issuerSigned(sdJwt), Optional.empty());
    }

    /**
     * Verifies and requires Key Binding under the policy.
     *
     * @param serialized the SD-JWT+KB
     * @param policy     what the Key Binding JWT must say
     * @return the verified claims with the Key Binding JWT's claims
     * @throws SdJwtException why it was refused, e.g. {@link Reason#KEY_BINDING_MISSING}
     */
    public VerifiedSdJwt verify(String serialized, KeyBindingPolicy policy) throws SdJwtException {
        Objects.requireNonNull(policy, "policy");
        SdJwt sdJwt = SdJwt.parse(serialized);
        VerifiedJws jws = issuerSigned(sdJwt);
        String kbJwt = sdJwt.keyBindingJwt().orElseThrow(
                () -> new SdJwtException(Reason.KEY_BINDING_MISSING, "Key Binding is required (§7.3 step 4)"));
        // The sd_hash input is the presentation as received, up to and including the last ~ (§4.3.1).
        String presented = serialized.substring(0, serialized.lastIndexOf('~') + 1);
        return verifyIssued(sdJwt, jws, Optional.of(new KeyBindingCheck(policy, kbJwt, presented)));
    }

    private VerifiedJws issuerSigned(SdJwt sdJwt) throws SdJwtException {
        try {
            return CompactJws.verify(sdJwt.issuerSignedJwt(), issuerKey, allowed);
        } catch (JwsVerificationException e) {
            throw new SdJwtException(switch (e.reason()) {
                case MALFORMED -> Reason.MALFORMED_JWT;
                case ALGORITHM_NOT_ALLOWED -> Reason.ALGORITHM_NOT_ALLOWED;
                case UNSUPPORTED_HEADER -> Reason.UNSUPPORTED_HEADER;
                case BAD_SIGNATURE -> Reason.BAD_SIGNATURE;
            }, "Issuer-signed JWT (§7.1 step 2): " + e.getMessage());
        }
    }

    private static VerifiedSdJwt verifyIssued(SdJwt sdJwt, VerifiedJws jws, Optional<KeyBindingCheck> keyBinding)
            throws SdJwtException {
        Map<String, Object> payload = JwtPayloads.object(jws.payload());
        PayloadProcessor.Processed processed = PayloadProcessor.process(payload, sdJwt.disclosures());
        Optional<Map<String, Object>> kbClaims = Optional.empty();
        if (keyBinding.isPresent()) {
            kbClaims = Optional.of(keyBinding.get().verify(processed.claims(), PayloadProcessor.hashAlgorithm(payload)));
        }
        return new VerifiedSdJwt(jws.header(), processed.claims(), sdJwt.disclosures(), kbClaims);
    }
}
