package io.sigillum.trustregistry.anchor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.trustregistry.TrustProblems;

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
 * Public JWKs (RFC 7517) of key anchors: EC on P-256, P-384 or P-521 (RFC 7518 §6.2) or OKP
 * Ed25519 (RFC 8037 §2), as the trust model's {@code KeyAnchor} accepts them. Stored with exactly
 * the members RFC 7638 §3.2 names, in its order, as the snapshot writes them.
 */
public final class JwkKeys {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EC_MEMBERS = List.of("crv", "kty", "x", "y");
    private static final List<String> OKP_MEMBERS = List.of("crv", "kty", "x");
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4) before its 32 key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private JwkKeys() {
    }

    /**
     * @param members a JWK's members as the request carried them
     * @return its public key
     * @throws jakarta.ws.rs.WebApplicationException 400 when it is no JWK, 422 for a private or
     *                                               unsupported one
     */
    public static PublicKey fromRequest(Map<String, Object> members) {
        JWK jwk;
        try {
            jwk = JWK.parse(members);
        } catch (ParseException | RuntimeException e) {
            // Nimbus also refuses EC points that are not on the named curve here.
            throw TrustProblems.malformedKeyMaterial("'jwk' is not a valid JWK (RFC 7517).");
        }
        if (jwk.isPrivate()) {
            throw TrustProblems.refusedByModel("'jwk' holds private key members; an anchor is a public key.");
        }
        PublicKey key = publicKey(jwk);
        if (key == null) {
            throw TrustProblems.refusedByModel("'jwk' is not an EC P-256, P-384, P-521 or Ed25519 key.");
        }
        return key;
    }

    /** @return the key of a stored JWK, which was checked when it was added */
    static PublicKey fromStored(String json) {
        try {
            PublicKey key = publicKey(JWK.parse(json));
            if (key == null) {
                throw new IllegalStateException("a stored anchor JWK is no longer a supported key");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("a stored anchor JWK does not parse", e);
        }
    }

    /** @return the key's RFC 7638 members, in order */
    static Map<String, Object> members(PublicKey key) {
        Map<String, Object> all = PublicJwks.of(key, null).toJSONObject();
        Map<String, Object> members = new LinkedHashMap<>();
        for (String name : "EC".equals(all.get("kty")) ? EC_MEMBERS : OKP_MEMBERS) {
            members.put(name, all.get(name));
        }
        return members;
    }

    /** @return the stored form: the RFC 7638 members as compact JSON */
    static String canonicalJson(PublicKey key) {
        try {
            return JSON.writeValueAsString(members(key));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JWK is not JSON", e);
        }
    }

    /** @return the members of a stored JWK */
    static Map<String, Object> storedMembers(String json) {
        try {
            return JSON.readValue(json, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored anchor JWK does not parse", e);
        }
    }

    private static PublicKey publicKey(JWK jwk) {
        try {
            if (jwk instanceof ECKey ec) {
                Curve curve = ec.getCurve();
                if (Curve.P_256.equals(curve) || Curve.P_384.equals(curve) || Curve.P_521.equals(curve)) {
                    return ec.toECPublicKey();
                }
            } else if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
                byte[] x = okp.getX().decode();
                if (x.length == 32) {
                    byte[] spki = new byte[ED25519_SPKI_PREFIX.length + x.length];
                    System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
                    System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
                    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                }
            }
        } catch (JOSEException | GeneralSecurityException e) {
            return null;
        }
        return null;
    }
}
