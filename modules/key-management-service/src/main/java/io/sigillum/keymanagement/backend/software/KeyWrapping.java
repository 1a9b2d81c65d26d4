package io.sigillum.keymanagement.backend.software;

import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.backend.KeyBackendException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * AES-256-GCM wrapping of PKCS#8 private keys (NIST SP 800-38D) with a random 96-bit IV per key
 * and the key's id and binding as additional authenticated data, so a wrapped key moved to another
 * row does not unwrap.
 */
final class KeyWrapping {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKey masterKey;

    KeyWrapping(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    /** @return base64url of IV ‖ ciphertext ‖ tag */
    String wrap(PrivateKey privateKey, String kid, String binding) {
        byte[] pkcs8 = privateKey.getEncoded();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(kid, binding));
            byte[] sealed = cipher.doFinal(pkcs8);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new KeyBackendException("cannot wrap key " + kid + ": " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    PrivateKey unwrap(String wrapped, KeyAlgorithm algorithm, String kid, String binding) {
        byte[] pkcs8 = null;
        try {
            byte[] data = Base64.getUrlDecoder().decode(wrapped);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey.secretKey(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(aad(kid, binding));
            pkcs8 = cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
            return KeyFactory.getInstance(algorithm.keyType()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (AEADBadTagException e) {
            throw new KeyBackendException("the wrapped private key of " + kid + " does not authenticate:"
                    + " it was altered or moved to another key's record", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyBackendException("cannot unwrap key " + kid + ": " + e.getClass().getSimpleName(), e);
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    private static byte[] aad(String kid, String binding) {
        return ("sigillum-kms-v1\0" + kid + "\0" + binding).getBytes(StandardCharsets.UTF_8);
    }
}
