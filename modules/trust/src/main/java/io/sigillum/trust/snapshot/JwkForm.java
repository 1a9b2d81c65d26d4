package io.sigillum.trust.snapshot;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.sigillum.crypto.jwk.PublicJwks;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key anchors as public JWKs (RFC 7517) with exactly the members RFC 7638 §3.2 requires, in its
 * order: {@code kty}, {@code crv}, {@code x}, {@code y} for EC (RFC 7518 §6.2.1) and
 * {@code kty}, {@code crv}, {@code x} for Ed25519 (RFC 8037 §2). No {@code kid}, {@code use} or
 * {@code alg}: the anchor's id names it, and the key's curve fixes its algorithm.
 */
final class JwkForm {

    static final List<String> EC_MEMBERS = List.of("crv", "kty", "x", "y");
    static final List<String> OKP_MEMBERS = List.of("crv", "kty", "x");

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4) before its 32 key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private JwkForm() {
    }

    /** @return the JWK members of the key, in RFC 7638 order */
    static Map<String, String> members(PublicKey key) {
        Map<String, Object> all = PublicJwks.of(key, null).toJSONObject();
        Map<String, String> members = new LinkedHashMap<>();
        for (String name : "EC".equals(all.get("kty")) ? EC_MEMBERS : OKP_MEMBERS) {
            members.put(name, (String) all.get(name));
        }
        return members;
    }

    /**
     * @param members the JWK's members, already limited to those above
     * @return the public key
     * @throws IllegalArgumentException when they are not an EC P-256/384/521 or Ed25519 public key
     */
    static PublicKey key(Map<String, Object> members) {
        JWK jwk;
        try {
            jwk = JWK.parse(members);
        } catch (ParseException | RuntimeException e) {
            // Nimbus also refuses EC points that are not on the named curve here.
            throw new IllegalArgumentException("not a valid public JWK (RFC 7517)");
        }
        try {
            if (jwk instanceof ECKey ec && !ec.isPrivate()) {
                Curve curve = ec.getCurve();
                if (Curve.P_256.equals(curve) || Curve.P_384.equals(curve) || Curve.P_521.equals(curve)) {
                    return ec.toECPublicKey();
                }
            } else if (jwk instanceof OctetKeyPair okp && !okp.isPrivate() && Curve.Ed25519.equals(okp.getCurve())) {
                byte[] x = okp.getX().decode();
                if (x.length == 32) {
                    byte[] spki = new byte[ED25519_SPKI_PREFIX.length + x.length];
                    System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
                    System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
                    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                }
            }
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable public key");
        }
        throw new IllegalArgumentException("not an EC P-256, P-384, P-521 or Ed25519 public key");
    }
}
