package io.sigillum.crypto.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Es256JwtMinterTest {

    private static KeyPair ecKeyPair(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    @Test
    void mintedTokenVerifiesWithThePublicKeyAndCarriesTheClaims() throws Exception {
        KeyPair keys = ecKeyPair("secp256r1");
        String token = new Es256JwtMinter((ECPrivateKey) keys.getPrivate(), "k1")
                .mint(Map.of("sub", "alice", "groups", List.of("issuer-admin")));

        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals("k1", jwt.getHeader().getKeyID());
        assertEquals("JWT", jwt.getHeader().getType().getType());
        assertTrue(jwt.verify(new ECDSAVerifier((ECPublicKey) keys.getPublic())));
        assertEquals("alice", jwt.getJWTClaimsSet().getSubject());
        assertEquals(List.of("issuer-admin"), jwt.getJWTClaimsSet().getStringListClaim("groups"));
    }

    @Test
    void tokenDoesNotVerifyWithAnotherKey() throws Exception {
        String token = new Es256JwtMinter((ECPrivateKey) ecKeyPair("secp256r1").getPrivate(), "k1")
                .mint(Map.of("sub", "alice"));
        ECPublicKey other = (ECPublicKey) ecKeyPair("secp256r1").getPublic();
        assertFalse(SignedJWT.parse(token).verify(new ECDSAVerifier(other)));
    }

    @Test
    void refusesAKeyOnAnotherCurve() throws Exception {
        ECPrivateKey p384 = (ECPrivateKey) ecKeyPair("secp384r1").getPrivate();
        assertThrows(IllegalArgumentException.class, () -> new Es256JwtMinter(p384, "k1"));
    }
}
