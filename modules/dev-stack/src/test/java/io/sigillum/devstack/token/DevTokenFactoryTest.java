package io.sigillum.devstack.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.devstack.StackException;
import io.sigillum.devstack.pki.DevJwtKey;
import io.sigillum.devstack.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevTokenFactoryTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path root;

    @Test
    void tokenVerifiesWithThePublicPemTheServicesReadAndCarriesMpJwtClaims() throws Exception {
        StackLayout layout = StackLayout.at(root);
        DevJwtKey.ensure(layout);
        DevTokenFactory factory = new DevTokenFactory(DevJwtKey.load(layout), Clock.fixed(NOW, ZoneOffset.UTC));

        SignedJWT jwt = SignedJWT.parse(factory.mint("alice", List.of("issuer-admin", "status-admin"), Duration.ofMinutes(15)));

        ECPublicKey published = (ECPublicKey) Pem.decodePublicKey(Files.readString(layout.jwtPublicKey()));
        assertTrue(jwt.verify(new ECDSAVerifier(published)));
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(DevJwtKey.load(layout).keyId(), jwt.getHeader().getKeyID());

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("sigillum-dev-stack", claims.getIssuer());
        assertEquals("alice", claims.getSubject());
        assertEquals("alice", claims.getStringClaim("upn"));
        assertEquals(List.of("issuer-admin", "status-admin"), claims.getStringListClaim("groups"));
        assertEquals(NOW, claims.getIssueTime().toInstant());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), claims.getExpirationTime().toInstant());
        assertNotNull(claims.getJWTID());
    }

    @Test
    void eachTokenHasItsOwnId() throws Exception {
        StackLayout layout = StackLayout.at(root);
        DevJwtKey.ensure(layout);
        DevTokenFactory factory = new DevTokenFactory(DevJwtKey.load(layout), Clock.systemUTC());
        String first = SignedJWT.parse(factory.mint("a", List.of("r"), Duration.ofMinutes(1))).getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(factory.mint("a", List.of("r"), Duration.ofMinutes(1))).getJWTClaimsSet().getJWTID();
        assertNotEquals(first, second);
    }

    @Test
    void aTokenFromAnotherStackDoesNotVerify() throws Exception {
        StackLayout mine = StackLayout.at(Files.createDirectories(root.resolve("mine")));
        StackLayout theirs = StackLayout.at(Files.createDirectories(root.resolve("theirs")));
        DevJwtKey.ensure(mine);
        DevJwtKey.ensure(theirs);
        String token = new DevTokenFactory(DevJwtKey.load(theirs), Clock.systemUTC()).mint("x", List.of("r"), Duration.ofMinutes(1));
        assertFalse(SignedJWT.parse(token).verify(new ECDSAVerifier(DevJwtKey.load(mine).publicKey())));
    }

    @Test
    void withoutAKeyTheMessageSaysToRunUp() {
        StackException e = assertThrows(StackException.class, () -> DevJwtKey.load(StackLayout.at(root)));
        assertTrue(e.getMessage().endsWith("run ./sigillum up first"), e.getMessage());
    }
}
