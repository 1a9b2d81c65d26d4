package io.sigillum.wallet.proof;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.ECKey;
import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyProofTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @Test
    void isATypedJwtSignedByTheKeyItCarries() throws Exception {
        HolderKey key = HolderKey.generate();
        String proof = KeyProof.create(key, "https://issuer.example/tenant", Optional.of("LarRGSbmUPYtRYO6BQ4yn8"), NOW);
        JWSObject parsed = JWSObject.parse(proof);
        ECKey jwk = (ECKey) parsed.getHeader().getJWK();
        VerifiedJws verified = CompactJws.verify(proof, Verifier.of(jwk.toECPublicKey()));
        assertEquals("openid4vci-proof+jwt", verified.header().getType().getType());
        assertEquals("ES256", verified.header().getAlgorithm().getName());
        assertNull(verified.header().getKeyID(), "kid must not appear with jwk (Appendix F.1)");
        assertNull(verified.header().getX509CertChain());
        assertFalse(jwk.isPrivate());
        assertEquals(key.thumbprint(), Thumbprints.sha256(jwk));
        java.util.Map<String, Object> claims = com.nimbusds.jose.util.JSONObjectUtils.parse(new String(verified.payload(), StandardCharsets.UTF_8));
        assertEquals("https://issuer.example/tenant", claims.get("aud"), "aud is a string, the issuer identifier");
        assertEquals("LarRGSbmUPYtRYO6BQ4yn8", claims.get("nonce"));
        assertEquals(NOW.getEpochSecond(), ((Number) claims.get("iat")).longValue());
        assertNull(claims.get("iss"), "no iss with anonymous pre-authorized access (Appendix F.1)");
    }

    @Test
    void leavesOutTheNonceWhenTheIssuerHasNoNonceEndpoint() throws Exception {
        String proof = KeyProof.create(HolderKey.generate(), "https://issuer.example", Optional.empty(), NOW);
        assertFalse(JWSObject.parse(proof).getPayload().toJSONObject().containsKey("nonce"));
    }

    @Test
    void everyHolderKeyIsNew() {
        Set<String> thumbprints = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            assertTrue(thumbprints.add(HolderKey.generate().thumbprint()));
        }
    }
}
