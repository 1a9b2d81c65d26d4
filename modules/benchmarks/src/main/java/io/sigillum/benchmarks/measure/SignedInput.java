package io.sigillum.benchmarks.measure;

import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Verifier;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Provider;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * One signature a crypto bound verifies, made ahead so that the bound times only the
 * verification: a JWS's signing input and its signature, with a verifier of the signer's key on
 * the provider under test.
 *
 * @param verifier  the signer's public key, on the provider under test
 * @param input     the JWS signing input
 * @param signature the JOSE (r‖s) signature
 */
public record SignedInput(Verifier verifier, byte[] input, byte[] signature) {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** @return the signing input and signature of a compact JWS */
    public static SignedInput of(String compact, Verifier verifier) {
        int dot = compact.lastIndexOf('.');
        return new SignedInput(verifier, compact.substring(0, dot).getBytes(StandardCharsets.US_ASCII),
                Base64.getUrlDecoder().decode(compact.substring(dot + 1)));
    }

    /** @return an input of the given length, signed ES256 with the key on the provider */
    public static SignedInput signed(KeyPair key, int inputBytes, Provider provider) {
        byte[] input = text(inputBytes);
        byte[] signature = LocalKeySigner.withProvider("k", key.getPrivate(), provider).sign(input);
        return new SignedInput(Verifier.of(key.getPublic(), provider), input, signature);
    }

    /** @return how many of the signatures verify */
    public static int valid(List<SignedInput> signed) {
        int valid = 0;
        for (SignedInput one : signed) {
            if (one.verifier().verify(one.input(), one.signature())) {
                valid++;
            }
        }
        return valid;
    }

    /**
     * Base64url-alphabet text of a given length, as JWS signing inputs and JSON payloads are; the
     * same for the same length, so runs sign the same bytes.
     */
    public static byte[] text(int length) {
        byte[] text = new byte[length];
        Random random = new Random(length);
        for (int i = 0; i < length; i++) {
            text[i] = (byte) BASE64URL.charAt(random.nextInt(64));
        }
        return text;
    }
}
