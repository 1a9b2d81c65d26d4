package io.sigillum.crypto.jwk;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.internal.KeyAlgorithms;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Objects;

/**
 * Public JWKs (RFC 7517) for signature keys: {@code EC} for P-256/384/521 (RFC 7518 §6.2) and
 * {@code OKP} for Ed25519 (RFC 8037 §2). Never private members.
 */
public final class PublicJwks {

    private PublicJwks() {
    }

    /**
     * @param publicKey an EC (P-256, P-384, P-521) or Ed25519 public key
     * @param keyId     the {@code kid}, or {@code null} for none
     * @return the public JWK with {@code use: sig} and the {@code alg} the key signs with
     * @throws IllegalArgumentException for another kind of key
     */
    public static JWK of(PublicKey publicKey, String keyId) {
        Objects.requireNonNull(publicKey, "publicKey");
        SignatureAlgorithm algorithm = KeyAlgorithms.forKey(publicKey);
        if (publicKey instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(algorithm.toNimbus())
                    .keyID(keyId)
                    .build();
        }
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(ed25519Bytes(publicKey)))
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(algorithm.toNimbus())
                .keyID(keyId)
                .build();
    }

    /** RFC 8037 §2: {@code x} is the 32-byte public key, as the SubjectPublicKeyInfo carries it (RFC 8410 §4). */
    private static byte[] ed25519Bytes(PublicKey publicKey) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return info.getPublicKeyData().getOctets();
    }
}
