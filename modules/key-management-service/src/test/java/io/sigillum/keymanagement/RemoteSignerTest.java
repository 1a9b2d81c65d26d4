package io.sigillum.keymanagement;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.kmsclient.KmsClient;
import io.sigillum.kmsclient.KmsException;
import io.sigillum.kmsclient.RemoteSigner;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.sigillum.keymanagement.KmsCalls.STATUS_SIGNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client other services sign with, against the real service over HTTP. */
@ExtendWith(TestStack.class)
@HelidonTest
class RemoteSignerTest {

    private static final String PURPOSE = "status-list-signing";

    @Inject
    private WebTarget target;
    private KmsCalls kms;
    private KmsClient client;
    private String scope;
    private JsonObject key;

    @BeforeEach
    void aKeyAndAClient() {
        kms = new KmsCalls(target);
        scope = KmsCalls.newScope();
        key = kms.createKey(PURPOSE, scope);
        client = KmsClient.builder(target.getUri()).tokens(() -> TestStack.tokenFor(STATUS_SIGNER, "kms-signer"))
                .timeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void aJwsSignedThroughTheServiceVerifiesWithThePublishedKeyAndCarriesItsChain() throws Exception {
        RemoteSigner signer = client.signer(PURPOSE, scope);
        assertEquals(key.getString("kid"), signer.keyId());
        assertEquals(SignatureAlgorithm.ES256, signer.algorithm());
        assertEquals(2, signer.certificateChain().size(), "leaf and issuing CA");

        String jws = CompactJws.sign(signer, "{\"status_list\":{\"bits\":1}}".getBytes(StandardCharsets.UTF_8));

        PublicKey published = PublicKeys.publicKey(key.getJsonObject("jwk"));
        VerifiedJws verified = CompactJws.verify(jws, Verifier.of(published), Set.of(SignatureAlgorithm.ES256));
        assertEquals(key.getString("kid"), verified.header().getKeyID());
        assertEquals(signer.certificateChain().get(0).getPublicKey(), published);
    }

    @Test
    void aBatchComesBackInOrder() {
        RemoteSigner signer = client.signer(PURPOSE, scope);
        List<byte[]> inputs = List.of("a.b".getBytes(StandardCharsets.US_ASCII), "c.d".getBytes(StandardCharsets.US_ASCII));

        List<byte[]> signatures = signer.signAll(inputs);

        Verifier verifier = Verifier.of(PublicKeys.publicKey(key.getJsonObject("jwk")));
        assertTrue(verifier.verify(inputs.get(0), signatures.get(0)));
        assertTrue(verifier.verify(inputs.get(1), signatures.get(1)));
        assertFalse(verifier.verify(inputs.get(0), signatures.get(1)));
    }

    @Test
    void afterARotationTheOldSignerIsRefusedAndTheClientFindsTheNewKey() {
        RemoteSigner old = client.signer(PURPOSE, scope);
        kms.rotate(PURPOSE, scope);

        KmsException refused = assertThrows(KmsException.class, () -> old.sign("a.b".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(409, refused.status());
        assertTrue(refused.keyNotActive());

        RemoteSigner current = client.signer(PURPOSE, scope);
        assertNotEquals(old.keyId(), current.keyId());
        assertEquals(64, current.sign("a.b".getBytes(StandardCharsets.US_ASCII)).length);
    }

    @Test
    void theKnownSignerIsTheOneFetchedAndIsForgottenWhenTheServiceSaysItIsNoLongerActive() {
        assertTrue(client.knownSigner(PURPOSE, scope).isEmpty(), "nothing is known before the first call");
        RemoteSigner fetched = client.signer(PURPOSE, scope);
        assertSame(fetched, client.knownSigner(PURPOSE, scope).orElseThrow());

        kms.rotate(PURPOSE, scope);
        assertThrows(KmsException.class, () -> fetched.sign("a.b".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(client.knownSigner(PURPOSE, scope).isEmpty(), "a key no longer active is not offered as known");
    }

    @Test
    void anUnreachableServiceIsAKmsExceptionWithoutAStatus() {
        KmsClient nowhere = KmsClient.builder(java.net.URI.create("http://127.0.0.1:1"))
                .tokens(() -> TestStack.tokenFor(STATUS_SIGNER, "kms-signer")).timeout(Duration.ofSeconds(2)).build();

        KmsException refused = assertThrows(KmsException.class, () -> nowhere.signer(PURPOSE, scope));
        assertEquals(0, refused.status());
        assertFalse(refused.keyNotActive());
    }

    @Test
    void aPurposeNotGrantedIsRefusedWithTheProblemsWords() {
        KmsException refused = assertThrows(KmsException.class, () -> client.signer("credential-signing", scope));
        assertEquals(403, refused.status());
        assertEquals("urn:sigillum:problem:kms:purpose-not-granted", refused.problemType());
        assertTrue(refused.getMessage().contains("Purpose not granted"), refused.getMessage());
        assertFalse(refused.getMessage().contains("eyJ"), "no token in the message");
    }
}
