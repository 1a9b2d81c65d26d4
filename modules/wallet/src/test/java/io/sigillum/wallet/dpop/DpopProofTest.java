package io.sigillum.wallet.dpop;

import com.nimbusds.jose.jwk.ECKey;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DpopProofTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private final DpopKey key = DpopKey.generate();

    @Test
    void signsWithTheEmbeddedPublicKeyAndSaysWhatRequestItIsFor() throws Exception {
        String proof = DpopProof.create(key, "POST", URI.create("https://as.example:8443/token?x=1#frag"),
                Optional.empty(), Optional.empty(), NOW);
        VerifiedJws verified = verify(proof);
        assertEquals("dpop+jwt", verified.header().getType().getType());
        assertEquals("ES256", verified.header().getAlgorithm().getName());
        assertFalse(verified.header().getJWK().isPrivate());
        java.util.Map<String, Object> claims = payload(verified);
        assertEquals("POST", claims.get("htm"));
        assertEquals("https://as.example:8443/token", claims.get("htu"));
        assertEquals(NOW.getEpochSecond(), ((Number) claims.get("iat")).longValue());
        assertTrue(((String) claims.get("jti")).length() >= 22);
        assertNull(claims.get("ath"));
        assertNull(claims.get("nonce"));
    }

    @Test
    void bindsTheAccessTokenWithAthAndCarriesTheServerNonce() throws Exception {
        String token = "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU";
        String proof = DpopProof.create(key, "POST", URI.create("https://issuer.example/credential"),
                Optional.of(token), Optional.of("eyJ7S_zG.eyJH0-Z.HX4w-7v"), NOW);
        java.util.Map<String, Object> claims = payload(verify(proof));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(digest), claims.get("ath"));
        assertEquals("eyJ7S_zG.eyJH0-Z.HX4w-7v", claims.get("nonce"));
    }

    /** RFC 9449 §7.1's example token and its ath. */
    @Test
    void athMatchesTheRfcExample() {
        assertEquals("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo", DpopProof.ath("Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU"));
    }

    @Test
    void everyProofHasItsOwnJti() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String proof = DpopProof.create(key, "POST", URI.create("https://as.example/token"), Optional.empty(), Optional.empty(), NOW);
            assertTrue(seen.add((String) payload(verify(proof)).get("jti")));
        }
    }

    @Test
    void htuKeepsPortAndPathButNotQueryOrFragment() {
        assertEquals("https://h.example/a/b%20c", DpopProof.htu(URI.create("https://h.example/a/b%20c?q=1")));
        assertEquals("https://h.example:444", DpopProof.htu(URI.create("https://h.example:444#f")));
    }

    private static java.util.Map<String, Object> payload(VerifiedJws verified) throws Exception {
        return com.nimbusds.jose.util.JSONObjectUtils.parse(new String(verified.payload(), StandardCharsets.UTF_8));
    }

    private static VerifiedJws verify(String proof) throws Exception {
        var header = com.nimbusds.jose.JWSObject.parse(proof).getHeader();
        ECKey jwk = (ECKey) header.getJWK();
        return CompactJws.verify(proof, Verifier.of(jwk.toECPublicKey()));
    }
}
