package io.sigillum.sdjwt.vc;

import io.sigillum.crypto.sign.Signer;
import io.sigillum.sdjwt.HashAlgorithm;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.issuance.SdJwtIssuer;
import io.sigillum.statuslist.reference.JsonStatusClaim;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Issues SD-JWT VCs (draft-ietf-oauth-sd-jwt-vc) through {@link SdJwtIssuer}: header
 * {@code typ: dc+sd-jwt}, {@code alg} and {@code kid} from the {@link Signer} and, when the signer
 * has a certificate chain, {@code x5c} (the draft's X.509 Issuer Signature Mechanism); payload
 * {@code iss}, {@code iat}, {@code nbf}, {@code exp}, {@code vct}, {@code vct#integrity},
 * {@code status} and {@code cnf} always in the clear, the caller's claims disclosable as asked.
 * The draft makes {@code iss} optional when {@code x5c} names the issuer; this issuer always sets
 * it, so JWT VC Issuer Metadata can be used too. Thread-safe.
 */
public final class SdJwtVcIssuer {

    private final SdJwtIssuer issuer;
    private final String issuerId;

    private SdJwtVcIssuer(SdJwtIssuer issuer, String issuerId) {
        this.issuer = issuer;
        this.issuerId = issuerId;
    }

    /**
     * @param signer   the issuer's key
     * @param issuerId the {@code iss} value, e.g. the HTTPS URL JWT VC Issuer Metadata is found under
     * @return a builder: {@code sha-256}, no decoys
     */
    public static Builder builder(Signer signer, String issuerId) {
        Objects.requireNonNull(issuerId, "issuerId");
        if (issuerId.isEmpty()) {
            throw new IllegalArgumentException("iss is a non-empty StringOrURI (RFC 7519 §4.1.1)");
        }
        return new Builder(SdJwtIssuer.builder(signer).type(SdJwtVcSpec.TYPE), issuerId);
    }

    /**
     * @param content what the credential says
     * @return the SD-JWT VC with all its Disclosures, without Key Binding
     * @throws IllegalArgumentException when a disclosable path names no claim, or a claim is named
     *                                  {@code _sd}, {@code ...} or {@code _sd_alg}
     * @throws io.sigillum.crypto.sign.SigningException when the signer fails
     */
    public SdJwt issue(CredentialContent content) {
        Objects.requireNonNull(content, "content");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(SdJwtVcSpec.ISS, issuerId);
        payload.put(SdJwtVcSpec.IAT, numericDate(content.issuedAt()));
        content.notBefore().ifPresent(nbf -> payload.put(SdJwtVcSpec.NBF, numericDate(nbf)));
        content.expiresAt().ifPresent(exp -> payload.put(SdJwtVcSpec.EXP, numericDate(exp)));
        payload.put(SdJwtVcSpec.VCT, content.vct());
        content.vctIntegrity().ifPresent(integrity -> payload.put(SdJwtVcSpec.VCT_INTEGRITY, integrity));
        content.status().ifPresent(status -> payload.put(SdJwtVcSpec.STATUS, JsonStatusClaim.write(status)));
        payload.putAll(content.claims());
        // cnf is added by SdJwtIssuer from the key, as a JWK (RFC 7800 §3.2, which the draft recommends).
        return content.holderKey().isPresent()
                ? issuer.issue(payload, content.disclosable(), content.holderKey().get())
                : issuer.issue(payload, content.disclosable());
    }

    /** JWT NumericDate (RFC 7519 §2): whole seconds since the epoch. */
    private static long numericDate(Instant instant) {
        return instant.getEpochSecond();
    }

    /** Configures an {@link SdJwtVcIssuer}. */
    public static final class Builder {
        private final SdJwtIssuer.Builder sdJwt;
        private final String issuerId;

        private Builder(SdJwtIssuer.Builder sdJwt, String issuerId) {
            this.sdJwt = sdJwt;
            this.issuerId = issuerId;
        }

        /**
         * @param algorithm the {@code _sd_alg}
         * @return this builder
         */
        public Builder hashAlgorithm(HashAlgorithm algorithm) {
            sdJwt.hashAlgorithm(algorithm);
            return this;
        }

        /**
         * @param count decoy digests per level with disclosable members (RFC 9901 §4.2.5)
         * @return this builder
         */
        public Builder decoysPerLevel(int count) {
            sdJwt.decoysPerLevel(count);
            return this;
        }

        /** @return the issuer */
        public SdJwtVcIssuer build() {
            return new SdJwtVcIssuer(sdJwt.build(), issuerId);
        }
    }
}
