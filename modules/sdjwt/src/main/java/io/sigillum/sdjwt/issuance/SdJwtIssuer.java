package io.sigillum.sdjwt.issuance;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.HashAlgorithm;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtSpec;
import io.sigillum.sdjwt.internal.Json;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Issues SD-JWTs (§4.1, §4.2): the claims at the given {@link ClaimPath}s become Disclosures — object
 * properties at any depth, array elements, and claims inside claims that are themselves disclosable
 * (recursive disclosure, §4.2.6) — the payload gets sorted {@code _sd} arrays, {@code ...} array
 * entries, {@code _sd_alg} and, if asked, decoy digests (§4.2.5), and is signed through a
 * {@link Signer} with the caller's {@code typ}. Thread-safe.
 */
public final class SdJwtIssuer {

    private final Signer signer;
    private final String type;
    private final HashAlgorithm algorithm;
    private final int decoysPerLevel;

    private SdJwtIssuer(Builder builder) {
        this.signer = builder.signer;
        this.type = builder.type;
        this.algorithm = builder.algorithm;
        this.decoysPerLevel = builder.decoysPerLevel;
    }

    /**
     * @param signer the issuer's key
     * @return a builder: {@code sha-256}, no decoys, no {@code typ} unless set
     */
    public static Builder builder(Signer signer) {
        return new Builder(Objects.requireNonNull(signer, "signer"));
    }

    /**
     * @param claims      the claims as plain Java JSON values
     * @param disclosable the claims to make selectively disclosable
     * @return the SD-JWT with all its Disclosures, without Key Binding
     * @throws IllegalArgumentException when a claim is named {@code _sd}, {@code ...} or
     *                                  {@code _sd_alg}, or a path names no claim
     * @throws io.sigillum.crypto.sign.SigningException when the signer fails
     */
    public SdJwt issue(Map<String, Object> claims, Set<ClaimPath> disclosable) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(disclosable, "disclosable");
        DisclosingPayload builder = new DisclosingPayload(algorithm, decoysPerLevel, disclosable);
        Map<String, Object> payload = builder.build(claims);
        JWSHeader.Builder header = CompactJws.header(signer);
        if (type != null) {
            header.type(new JOSEObjectType(type));
        }
        String jwt = CompactJws.sign(signer, header.build(), Json.write(payload).getBytes(StandardCharsets.UTF_8));
        return SdJwt.of(jwt, builder.disclosures());
    }

    /**
     * Issues with the holder's key in {@code cnf.jwk} (§4.1.2, RFC 7800), always disclosed, so that
     * presentations can carry a Key Binding JWT.
     *
     * @param claims      the claims; must not contain {@code cnf}
     * @param disclosable the claims to make selectively disclosable
     * @param holderKey   the holder's public key (EC P-256/384/521 or Ed25519)
     * @return the SD-JWT
     */
    public SdJwt issue(Map<String, Object> claims, Set<ClaimPath> disclosable, PublicKey holderKey) {
        if (claims.containsKey(SdJwtSpec.CNF)) {
            throw new IllegalArgumentException("cnf is set from the holder key");
        }
        Map<String, Object> withKey = new LinkedHashMap<>(claims);
        withKey.put(SdJwtSpec.CNF, Map.of(SdJwtSpec.JWK, PublicJwks.of(holderKey, null).toJSONObject()));
        return issue(withKey, disclosable);
    }

    /** Configures an {@link SdJwtIssuer}. */
    public static final class Builder {
        private final Signer signer;
        private String type;
        private HashAlgorithm algorithm = HashAlgorithm.SHA_256;
        private int decoysPerLevel;

        private Builder(Signer signer) {
            this.signer = signer;
        }

        /**
         * @param type the JWS {@code typ} header, e.g. {@code example+sd-jwt} or, for SD-JWT VC, {@code dc+sd-jwt}
         * @return this builder
         */
        public Builder type(String type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * @param algorithm the {@code _sd_alg}
         * @return this builder
         */
        public Builder hashAlgorithm(HashAlgorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /**
         * @param count decoy digests to add to each object that has selectively disclosable members
         *              and to each array that has selectively disclosable elements (§4.2.5)
         * @return this builder
         */
        public Builder decoysPerLevel(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("decoys cannot be negative");
            }
            this.decoysPerLevel = count;
            return this;
        }

        /** @return the issuer */
        public SdJwtIssuer build() {
            return new SdJwtIssuer(this);
        }
    }
}
