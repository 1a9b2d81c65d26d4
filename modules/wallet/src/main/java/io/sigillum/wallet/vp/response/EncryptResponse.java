package io.sigillum.wallet.vp.response;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.RequestCheck;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.vp.request.ClientMetadata;
import io.sigillum.wallet.vp.request.Oid4vpSpec;

import java.security.interfaces.ECPublicKey;
import java.util.Optional;

/**
 * Encrypts an Authorization Response (OID4VP 1.0 §8.3): an unsigned JWE whose payload is the
 * response parameters as top-level members, to a key from {@code client_metadata.jwks}. The wallet
 * takes the first P-256 EC key whose {@code alg} is {@code ECDH-ES} (§8.3: {@code alg} MUST be
 * present and the JWE's is the key's) and whose {@code use}, if any, is {@code enc}; the JWE carries
 * its {@code kid}. The {@code enc} is the one this wallet prefers among the Verifier's
 * {@code encrypted_response_enc_values_supported} ({@code A128GCM} when absent): A256GCM first, as
 * HAIP 1.0 asks of a Wallet that makes both, which also requires ECDH-ES on P-256.
 */
final class EncryptResponse {

    private EncryptResponse() {
    }

    /**
     * @param payload      the response parameters as a JSON object
     * @param metadata     the Verifier's client metadata
     * @param toAnotherKey encrypt to a fresh key with the Verifier key's {@code kid} instead (a misbehaviour)
     * @return the compact JWE
     * @throws WalletException {@link RequestCheck#ENCRYPTION} without a usable key or {@code enc}
     */
    static String encrypt(String payload, ClientMetadata metadata, boolean toAnotherKey) {
        ECKey recipient = recipient(metadata);
        EncryptionMethod enc = enc(metadata);
        JWEHeader.Builder header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, enc);
        if (recipient.getKeyID() != null) {
            header.keyID(recipient.getKeyID());
        }
        try {
            ECPublicKey key = toAnotherKey ? (ECPublicKey) EcKeyPairs.p256().getPublic() : recipient.toECPublicKey();
            JWEObject jwe = new JWEObject(header.build(), new Payload(payload));
            jwe.encrypt(new ECDHEncrypter(key));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new WalletException(Step.RESPONSE, "the response cannot be encrypted: " + e.getMessage(), e);
        }
    }

    /**
     * Checks, before anything is presented, that a response can be encrypted for this Verifier.
     *
     * @throws WalletException {@link RequestCheck#ENCRYPTION} without a usable key or {@code enc}
     */
    static void requirePossible(ClientMetadata metadata) {
        recipient(metadata);
        enc(metadata);
    }

    private static ECKey recipient(ClientMetadata metadata) {
        return findRecipient(metadata).orElseThrow(() -> WalletException.refusedRequest(RequestCheck.ENCRYPTION,
                "direct_post.jwt needs a P-256 key with alg ECDH-ES in client_metadata.jwks (§8.3)", null));
    }

    private static EncryptionMethod enc(ClientMetadata metadata) {
        return findEnc(metadata).orElseThrow(() -> WalletException.refusedRequest(RequestCheck.ENCRYPTION,
                "none of " + metadata.encValues() + " is a content encryption this wallet makes " + Oid4vpSpec.SUPPORTED_ENC, null));
    }

    private static Optional<ECKey> findRecipient(ClientMetadata metadata) {
        return metadata.jwks().flatMap(jwks -> jwks.getKeys().stream()
                .filter(key -> key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && !key.isPrivate())
                .filter(key -> key.getAlgorithm() != null && Oid4vpSpec.ECDH_ES.equals(key.getAlgorithm().getName()))
                .filter(key -> key.getKeyUse() == null || KeyUse.ENCRYPTION.equals(key.getKeyUse()))
                .map(JWK::toECKey)
                .findFirst());
    }

    private static Optional<EncryptionMethod> findEnc(ClientMetadata metadata) {
        return Oid4vpSpec.SUPPORTED_ENC.stream().filter(metadata.encValues()::contains).findFirst().map(EncryptionMethod::parse);
    }
}
