package io.sigillum.wallet.verify;

import com.nimbusds.jose.jwk.JWK;
import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.CertificatePathValidator;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.vc.SdJwtVcVerifier;
import io.sigillum.sdjwt.vc.VerifiedSdJwtVc;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Check;
import io.sigillum.wallet.issuance.Oid4vciSpec;
import io.sigillum.wallet.metadata.CredentialConfiguration;
import io.sigillum.wallet.proof.HolderKey;
import io.sigillum.wallet.store.DisclosedClaim;
import io.sigillum.wallet.store.StoredCredential;

import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a received {@code dc+sd-jwt} credential before the wallet keeps it: the {@code x5c} chain
 * up to a trust anchor, the leaf naming {@code iss}, the issuer signature, {@code typ dc+sd-jwt},
 * the Disclosures' digests, {@code exp}/{@code nbf}, {@code vct} as the metadata announces,
 * {@code iss} as the Credential Issuer Identifier, and {@code cnf.jwk} as one of the keys proved
 * in the request, matched by RFC 7638 thumbprint and used at most once.
 */
public final class VerifyCredential {

    private static final Set<SignatureAlgorithm> ISSUER_ALGORITHMS = EnumSet.allOf(SignatureAlgorithm.class);

    private final CertificatePathValidator validator;
    private final Clock clock;

    /**
     * @param trustAnchors the anchors issuer chains must lead to
     * @param clock        the clock of validity checks
     */
    public VerifyCredential(List<X509Certificate> trustAnchors, Clock clock) {
        this.validator = new CertificatePathValidator(trustAnchors);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param compact          the credential as received
     * @param configuration    the configuration it was requested under
     * @param credentialIssuer the Credential Issuer Identifier
     * @param unusedKeys       the holder keys of the request not yet matched, by thumbprint; the
     *                         matched key is removed
     * @param notificationId   the response's {@code notification_id}, to store along
     * @return the verified credential
     * @throws WalletException at {@link WalletException.Step#VERIFICATION} with the failed {@link Check}
     */
    public VerifiedCredential verify(String compact, CredentialConfiguration configuration, String credentialIssuer,
                                     Map<String, HolderKey> unusedKeys, Optional<String> notificationId) {
        if (!configuration.format().equals(Oid4vciSpec.FORMAT_SD_JWT_VC)) {
            throw WalletException.failedCheck(Check.FORMAT, "configuration " + configuration.id() + " has the format "
                    + configuration.format() + "; this wallet verifies only " + Oid4vciSpec.FORMAT_SD_JWT_VC, null);
        }
        SdJwt sdJwt = parse(compact);
        List<X509Certificate> chain = IssuerCertificates.chain(sdJwt.issuerSignedJwt());
        String anchor = IssuerCertificates.validate(validator, chain, clock.instant());
        VerifiedSdJwtVc vc = verifySignatureAndProfile(compact, chain.get(0));
        String vct = configuration.vct().orElseThrow(() -> WalletException.failedCheck(Check.VCT,
                "configuration " + configuration.id() + " announces no vct (Appendix A.3.2)", null));
        if (!vct.equals(vc.vct())) {
            throw WalletException.failedCheck(Check.VCT, "the credential's vct is " + vc.vct() + ", but configuration "
                    + configuration.id() + " announces " + vct, null);
        }
        String issuer = vc.issuer().orElseThrow();
        if (!issuer.equals(credentialIssuer)) {
            throw WalletException.failedCheck(Check.ISSUER, "the credential's iss is " + issuer
                    + ", not the Credential Issuer " + credentialIssuer, null);
        }
        IssuerCertificates.requireNames(chain.get(0), issuer);
        Optional<HolderKey> key = holderKey(vc, unusedKeys);
        List<DisclosedClaim> disclosed = vc.sdJwt().disclosures().stream()
                .map(d -> new DisclosedClaim(d.name(), d.value())).toList();
        StoredCredential stored = new StoredCredential(configuration.id(), configuration.format(), compact,
                key.map(HolderKey::keyPair), vc.claims(), disclosed, vc.vct(), issuer, vc.issuedAt(), vc.expiresAt(),
                vc.status(), notificationId);
        return new VerifiedCredential(stored, anchor, key.map(HolderKey::thumbprint));
    }

    private static SdJwt parse(String compact) {
        try {
            SdJwt sdJwt = SdJwt.parse(compact);
            if (sdJwt.keyBindingJwt().isPresent()) {
                throw WalletException.failedCheck(Check.MALFORMED, "an issued SD-JWT VC carries no Key Binding JWT", null);
            }
            return sdJwt;
        } catch (SdJwtException e) {
            throw WalletException.failedCheck(check(e.reason()), "the credential is not an SD-JWT: " + e.getMessage(), e);
        }
    }

    private VerifiedSdJwtVc verifySignatureAndProfile(String compact, X509Certificate leaf) {
        Verifier verifier;
        try {
            verifier = Verifier.of(leaf.getPublicKey());
        } catch (IllegalArgumentException e) {
            throw WalletException.failedCheck(Check.ISSUER_SIGNATURE, "the x5c leaf key cannot verify signatures: " + e.getMessage(), e);
        }
        SdJwtVcVerifier vcVerifier = SdJwtVcVerifier.builder(verifier, ISSUER_ALGORITHMS, clock)
                .legacyTypeAccepted(false)
                .issuerRequired(true)
                .build();
        try {
            return vcVerifier.verify(compact);
        } catch (SdJwtException e) {
            throw WalletException.failedCheck(check(e.reason()), "the credential was refused: " + e.getMessage(), e);
        }
    }

    private static Optional<HolderKey> holderKey(VerifiedSdJwtVc vc, Map<String, HolderKey> unusedKeys) {
        Object jwk = vc.confirmation().map(cnf -> cnf.get("jwk")).orElse(null);
        if (jwk == null) {
            if (unusedKeys.isEmpty()) {
                return Optional.empty();
            }
            throw WalletException.failedCheck(Check.HOLDER_KEY, "the credential has no cnf.jwk, though keys were proved for it", null);
        }
        if (!(jwk instanceof Map<?, ?> members)) {
            throw WalletException.failedCheck(Check.HOLDER_KEY, "cnf.jwk is a JSON object (RFC 7800 §3.2)", null);
        }
        String thumbprint;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) members;
            thumbprint = Thumbprints.sha256(JWK.parse(object));
        } catch (ParseException | IllegalStateException e) {
            throw WalletException.failedCheck(Check.HOLDER_KEY, "cnf.jwk is not a JWK: " + e.getMessage(), e);
        }
        HolderKey key = unusedKeys.remove(thumbprint);
        if (key == null) {
            throw WalletException.failedCheck(Check.HOLDER_KEY, "the credential is bound to the key " + thumbprint
                    + ", which is none of the keys the wallet proved in this request (or one already bound to another credential)", null);
        }
        return Optional.of(key);
    }

    private static Check check(SdJwtException.Reason reason) {
        return switch (reason) {
            case BAD_SIGNATURE, ALGORITHM_NOT_ALLOWED -> Check.ISSUER_SIGNATURE;
            case VC_WRONG_TYPE -> Check.TYPE;
            case VC_TYPE_MISSING -> Check.VCT;
            case VC_ISSUER_MISSING -> Check.ISSUER;
            case VC_EXPIRED, VC_NOT_YET_VALID -> Check.VALIDITY;
            case MALFORMED_DISCLOSURE, FORBIDDEN_CLAIM_NAME, DUPLICATE_DISCLOSURE, DUPLICATE_DIGEST, UNREFERENCED_DISCLOSURE,
                 CLAIM_NAME_CONFLICT, WRONG_DISCLOSURE_KIND, UNSUPPORTED_HASH_ALGORITHM, VC_FORBIDDEN_DISCLOSURE -> Check.DISCLOSURES;
            default -> Check.MALFORMED;
        };
    }
}
