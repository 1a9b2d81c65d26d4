package io.sigillum.keymanagement.backend.software;

import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.keymanagement.backend.GeneratedKey;
import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.backend.KeyBackendException;
import io.sigillum.keymanagement.backend.StoredKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftwareBackendTest {

    private static final byte[] INPUT = "eyJhbGciOiJFUzI1NiJ9.e30".getBytes(StandardCharsets.US_ASCII);

    private static MasterKey randomMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new MasterKey(key, false);
    }

    private static StoredKey stored(GeneratedKey key, KeyAlgorithm algorithm) {
        return new StoredKey(key.kid(), algorithm, key.wrappedKey(), key.masterKeyId(), null);
    }

    @Test
    void aWrappedKeyUnwrapsAndSignsWhatItsPublicKeyVerifies() {
        SoftwareBackend backend = new SoftwareBackend(randomMasterKey());
        GeneratedKey key = backend.generate(KeyAlgorithm.ES256, "status-list-signing\0default");

        DigestSigner signer = backend.signer(stored(key, KeyAlgorithm.ES256), "status-list-signing\0default");

        assertTrue(Verifier.of(key.publicKey()).verify(INPUT, signer.sign(INPUT)));
    }

    @Test
    void aWrappedKeyMovedToAnotherPurposeDoesNotUnwrap() {
        SoftwareBackend backend = new SoftwareBackend(randomMasterKey());
        GeneratedKey key = backend.generate(KeyAlgorithm.ES256, "status-list-signing\0default");

        KeyBackendException refused = assertThrows(KeyBackendException.class,
                () -> backend.signer(stored(key, KeyAlgorithm.ES256), "credential-signing\0default"));
        assertTrue(refused.getMessage().contains("does not authenticate"), refused.getMessage());
    }

    @Test
    void anotherMasterKeyIsNamedInsteadOfFailingOnTheTag() {
        GeneratedKey key = new SoftwareBackend(randomMasterKey()).generate(KeyAlgorithm.ES256, "b");
        SoftwareBackend other = new SoftwareBackend(randomMasterKey());

        KeyBackendException refused = assertThrows(KeyBackendException.class,
                () -> other.signer(stored(key, KeyAlgorithm.ES256), "b"));
        assertTrue(refused.getMessage().contains("was wrapped under master key " + key.masterKeyId()), refused.getMessage());
    }

    @Test
    void aTamperedWrappedKeyIsRefused() {
        SoftwareBackend backend = new SoftwareBackend(randomMasterKey());
        GeneratedKey key = backend.generate(KeyAlgorithm.ES384, "b");
        byte[] wrapped = Base64.getUrlDecoder().decode(key.wrappedKey());
        wrapped[wrapped.length / 2] ^= 1;
        StoredKey tampered = new StoredKey(key.kid(), KeyAlgorithm.ES384,
                Base64.getUrlEncoder().withoutPadding().encodeToString(wrapped), key.masterKeyId(), null);

        assertThrows(KeyBackendException.class, () -> backend.signer(tampered, "b"));
    }

    @Test
    void eachKeyHasItsOwnIdAndWrappedForm() {
        SoftwareBackend backend = new SoftwareBackend(randomMasterKey());
        GeneratedKey one = backend.generate(KeyAlgorithm.ES256, "b");
        GeneratedKey two = backend.generate(KeyAlgorithm.ES256, "b");
        assertFalse(one.wrappedKey().equals(two.wrappedKey()));
        assertFalse(one.kid().equals(two.kid()));
    }
}
