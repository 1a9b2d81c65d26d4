package io.sigillum.verification.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.ECKey;
import io.sigillum.verification.protocol.OpenId4VpSpec;
import io.sigillum.verification.protocol.WalletError;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Decrypts a {@code direct_post.jwt} answer (OpenID4VP 1.0 §8.3): a compact JWE, not signed,
 * {@code alg} {@code ECDH-ES} (the alg of the transaction's key), {@code enc} {@code A128GCM} or
 * {@code A256GCM} (the values the request offered), for the transaction's key. Anything else is refused
 * before decryption is tried: another algorithm, compression, a {@code kid} of another key,
 * a JWS or an unsecured JWT ({@code alg: none}).
 */
final class EncryptedResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EncryptedResponses() {
    }

    /**
     * @param compact       the {@code response} parameter
     * @param privateJwk    the transaction's private key (JWK JSON)
     * @return the response parameters of the payload
     * @throws WalletError when the JWE is refused or does not decrypt
     */
    static WalletResponse decrypt(String compact, String privateJwk) {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(compact);
        } catch (ParseException e) {
            throw WalletError.invalidRequest("response is not a compact JWE (OpenID4VP 1.0 §8.3: the response is encrypted).");
        }
        ECKey key;
        try {
            key = ECKey.parse(privateJwk);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored encryption key is a JWK", e);
        }
        JWEHeader header = jwe.getHeader();
        if (!JWEAlgorithm.ECDH_ES.equals(header.getAlgorithm())) {
            throw WalletError.invalidRequest("The JWE alg must be " + OpenId4VpSpec.ENCRYPTION_ALG + ", the alg of the request's key.");
        }
        if (header.getEncryptionMethod() == null
                || !OpenId4VpSpec.ENCRYPTION_ENC_VALUES.contains(header.getEncryptionMethod().getName())) {
            throw WalletError.invalidRequest("The JWE enc must be one of " + OpenId4VpSpec.ENCRYPTION_ENC_VALUES
                    + ", from encrypted_response_enc_values_supported.");
        }
        if (header.getCompressionAlgorithm() != null) {
            throw WalletError.invalidRequest("The JWE must not be compressed.");
        }
        if (header.getKeyID() != null && !header.getKeyID().equals(key.getKeyID())) {
            throw WalletError.invalidRequest("The JWE is encrypted to another key (kid).");
        }
        try {
            jwe.decrypt(new ECDHDecrypter(key));
        } catch (JOSEException | IllegalStateException e) {
            throw WalletError.invalidRequest("The JWE does not decrypt with this request's key.");
        }
        Map<String, Object> payload = jwe.getPayload().toJSONObject();
        if (payload == null) {
            throw WalletError.invalidRequest("The JWE payload is not a JSON object of response parameters.");
        }
        return new WalletResponse(vpToken(payload.get(OpenId4VpSpec.VP_TOKEN)), text(payload, OpenId4VpSpec.STATE),
                text(payload, "error"), text(payload, "error_description"));
    }

    /** The vp_token member as JSON text (an object, as §8.1 has it); anything else is passed as is, to fail its checks. */
    private static Optional<String> vpToken(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        try {
            return Optional.of(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw WalletError.invalidRequest("vp_token is not JSON.");
        }
    }

    private static Optional<String> text(Map<String, Object> payload, String name) {
        Object value = payload.get(name);
        if (value != null && !(value instanceof String)) {
            throw WalletError.invalidRequest(name + " is not a string.");
        }
        return Optional.ofNullable((String) value);
    }
}
