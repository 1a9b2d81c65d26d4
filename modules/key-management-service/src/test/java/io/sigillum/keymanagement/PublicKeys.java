package io.sigillum.keymanagement;

import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.sigillum.crypto.sign.Verifier;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Verifies signatures the way a relying party would: with the public key found in a published JWK Set. */
final class PublicKeys {

    private PublicKeys() {
    }

    static List<String> kids(JsonArray jwks) {
        return jwks.getValuesAs(JsonObject.class).stream().map(k -> k.getString("kid")).sorted().toList();
    }

    static Optional<JsonObject> find(JsonArray jwks, String kid) {
        return jwks.getValuesAs(JsonObject.class).stream().filter(k -> kid.equals(k.getString("kid"))).findFirst();
    }

    /** Nimbus does not export OKP keys to the JCA: wrap {@code x} in an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4). */
    private static PublicKey ed25519(OctetKeyPair okp) throws Exception {
        byte[] prefix = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] x = okp.getX().decode();
        byte[] spki = new byte[prefix.length + x.length];
        System.arraycopy(prefix, 0, spki, 0, prefix.length);
        System.arraycopy(x, 0, spki, prefix.length, x.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    static PublicKey publicKey(JsonObject jwk) {
        try {
            JWK parsed = JWK.parse(jwk.toString());
            return parsed instanceof OctetKeyPair okp ? ed25519(okp) : ((AsymmetricJWK) parsed).toPublicKey();
        } catch (Exception e) {
            throw new AssertionError("the published JWK does not parse: " + jwk, e);
        }
    }

    static boolean verifies(JsonObject jwk, byte[] input, String signature) {
        return Verifier.of(publicKey(jwk)).verify(input, Base64.getUrlDecoder().decode(signature));
    }
}
