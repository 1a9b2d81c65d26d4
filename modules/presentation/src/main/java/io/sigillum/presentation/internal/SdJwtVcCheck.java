package io.sigillum.presentation.internal;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.presentation.FailureReason;
import io.sigillum.presentation.PresentationContext;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.vc.SdJwtVcVerifier;
import io.sigillum.sdjwt.vc.VerifiedSdJwtVc;
import io.sigillum.sdjwt.verification.KeyBindingPolicy;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;

/**
 * Checks one {@code dc+sd-jwt} presentation (OpenID4VP 1.0 Appendix B.3.6) up to, not including,
 * its status: the issuer's key from the {@code x5c} leaf of the Issuer-signed JWT (HAIP: SD-JWT VCs
 * carry the chain), an allowed {@code alg}; then {@link SdJwtVcVerifier}: signature, Disclosures
 * (RFC 9901 §7.1), {@code typ: dc+sd-jwt}, {@code exp}/{@code nbf} with skew, and the Key Binding JWT
 * required (§7.3: {@code cnf.jwk}, {@code kb+jwt}, {@code aud}, {@code nonce}, {@code iat},
 * {@code sd_hash}); then the chain against the trust snapshot for the credential's {@code vct}, and
 * the leaf naming {@code iss}. Thread-safe.
 */
public final class SdJwtVcCheck {

    private final Set<SignatureAlgorithm> allowed;
    private final Duration skew;
    private final Duration keyBindingMaxAge;
    private final IssuerKeys issuerKeys;

    /**
     * @param allowed          the algorithms accepted for the issuer's and the holder's signatures
     * @param skew             how far clocks may differ, for {@code exp}, {@code nbf} and the KB-JWT {@code iat}
     * @param keyBindingMaxAge how old the KB-JWT {@code iat} may be
     * @param issuerKeys       the issuers' keys remembered, by header
     */
    public SdJwtVcCheck(Set<SignatureAlgorithm> allowed, Duration skew, Duration keyBindingMaxAge, IssuerKeys issuerKeys) {
        this.allowed = Set.copyOf(allowed);
        this.skew = Objects.requireNonNull(skew, "skew");
        this.keyBindingMaxAge = Objects.requireNonNull(keyBindingMaxAge, "keyBindingMaxAge");
        this.issuerKeys = Objects.requireNonNull(issuerKeys, "issuerKeys");
    }

    /**
     * A presentation that passed: the verified credential and the issuer it is trusted as.
     *
     * @param credential the verified SD-JWT VC, Key Binding included
     * @param issuerId   the trusted issuer's id in the snapshot
     * @param iss        its {@code iss}
     */
    public record Checked(VerifiedSdJwtVc credential, String issuerId, String iss) {
    }

    /**
     * @param presentation the SD-JWT+KB
     * @param trust        the current trust evaluator
     * @param context      what the verifier expects
     * @return the checked credential
     * @throws Refusal the first rule broken
     */
    public Checked check(String presentation, TrustEvaluator trust, PresentationContext context) throws Refusal {
        int separator = presentation.indexOf('~');
        int dot = presentation.indexOf('.');
        if (separator <= 0 || dot <= 0 || dot > separator) {
            throw new Refusal(FailureReason.MALFORMED, "a dc+sd-jwt presentation is an SD-JWT: <Issuer-signed JWT>~…~<KB-JWT> (RFC 9901 §4)");
        }
        IssuerKey key = issuerKeys.of(presentation.substring(0, dot));

        Clock at = Clock.fixed(context.now(), ZoneOffset.UTC);
        VerifiedSdJwtVc credential;
        try {
            credential = SdJwtVcVerifier.builder(key.verifier(), allowed, at)
                    .skew(skew)
                    // OpenID4VP 1.0 Appendix B.3 names the format dc+sd-jwt; the older typ is another format.
                    .legacyTypeAccepted(false)
                    .issuerRequired(true)
                    .build()
                    .verify(presentation, new KeyBindingPolicy(context.clientId(), context.nonce(), at, keyBindingMaxAge, skew, allowed));
        } catch (SdJwtException e) {
            throw new Refusal(SdJwtFailures.reason(e.reason()), e.getMessage());
        }

        Evaluation evaluation;
        try {
            evaluation = key.trust(trust, credential.vct(), context.now());
        } catch (IllegalArgumentException e) {
            // CredentialType refuses a vct that could be no registered type (too long, control characters).
            throw new Refusal(FailureReason.MALFORMED, "vct is not a credential type identifier");
        }
        if (evaluation instanceof Evaluation.NotTrusted refused) {
            throw new Refusal(refused.reason() == Evaluation.Reason.TYPE_NOT_AUTHORIZED
                    ? FailureReason.ISSUER_NOT_AUTHORIZED : FailureReason.ISSUER_UNTRUSTED,
                    "the issuer's x5c is not trusted for vct " + credential.vct() + " (" + refused.reason() + "): " + refused.detail());
        }
        String issuerId = ((Evaluation.Trusted) evaluation).issuer().id();
        String iss = credential.issuer().orElseThrow();
        if (!key.names().name(iss)) {
            throw new Refusal(FailureReason.ISSUER_UNTRUSTED, "the x5c leaf does not name iss " + iss
                    + " in its subjectAltName (draft-ietf-oauth-sd-jwt-vc, X.509 issuer signature mechanism)");
        }
        return new Checked(credential, issuerId, iss);
    }
}
