package io.sigillum.sdjwt.verification;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.JwsVerificationException;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.sdjwt.HashAlgorithm;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.SdJwtSpec;
import io.sigillum.sdjwt.internal.JwtPayloads;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/** The checks of §7.3 step 5 on one Key Binding JWT. */
record KeyBindingCheck(KeyBindingPolicy policy, String kbJwt, String presented) {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4), before the 32 key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    Map<String, Object> verify(Map<String, Object> claims, HashAlgorithm algorithm) throws SdJwtException {
        Verifier holderKey = Verifier.of(holderKey(claims));
        VerifiedJws jws;
        try {
            jws = CompactJws.verify(kbJwt, holderKey, policy.algorithms());
        } catch (JwsVerificationException e) {
            throw new SdJwtException(e.reason() == JwsVerificationException.Reason.MALFORMED
                    ? Reason.KEY_BINDING_MALFORMED : Reason.KEY_BINDING_BAD_SIGNATURE,
                    "Key Binding JWT (§7.3 step 5): " + e.getMessage());
        }
        JOSEObjectType type = jws.header().getType();
        if (type == null || !SdJwtSpec.KB_JWT_TYPE.equals(type.getType())) {
            throw new SdJwtException(Reason.KEY_BINDING_WRONG_TYPE, "the Key Binding JWT's typ is kb+jwt (§4.3)");
        }
        Map<String, Object> kb = JwtPayloads.object(jws.payload());
        if (!policy.audience().equals(string(kb, SdJwtSpec.AUD))) {
            throw new SdJwtException(Reason.KEY_BINDING_WRONG_AUDIENCE, "aud is not this verifier (§7.3 step 5)");
        }
        if (!policy.nonce().equals(string(kb, SdJwtSpec.NONCE))) {
            throw new SdJwtException(Reason.KEY_BINDING_WRONG_NONCE, "nonce is not the expected one (§7.3 step 5)");
        }
        Instant iat = Instant.ofEpochSecond(seconds(kb));
        Instant now = policy.clock().instant();
        if (iat.isAfter(now.plus(policy.skew())) || iat.isBefore(now.minus(policy.maxAge()).minus(policy.skew()))) {
            throw new SdJwtException(Reason.KEY_BINDING_IAT_OUT_OF_WINDOW, "iat is outside the acceptable window (§7.3 step 5)");
        }
        if (!algorithm.digest(presented).equals(string(kb, SdJwtSpec.SD_HASH))) {
            throw new SdJwtException(Reason.KEY_BINDING_WRONG_SD_HASH, "sd_hash does not match the presented SD-JWT (§4.3.1)");
        }
        return kb;
    }

    private static String string(Map<String, Object> kb, String name) throws SdJwtException {
        if (kb.get(name) instanceof String value) {
            return value;
        }
        throw new SdJwtException(Reason.KEY_BINDING_MALFORMED, name + " is a required string of the Key Binding JWT (§4.3)");
    }

    private static long seconds(Map<String, Object> kb) throws SdJwtException {
        Object iat = kb.get(SdJwtSpec.IAT);
        if (iat instanceof Integer || iat instanceof Long) {
            return ((Number) iat).longValue();
        }
        if (iat instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            return big.longValue();
        }
        throw new SdJwtException(Reason.KEY_BINDING_MALFORMED, "iat is a required integer of the Key Binding JWT (§4.3)");
    }

    /** The holder's key from {@code cnf.jwk} of the processed payload (§4.1.2, §7.3 step 5). */
    private static PublicKey holderKey(Map<String, Object> claims) throws SdJwtException {
        if (claims.get(SdJwtSpec.CNF) instanceof Map<?, ?> cnf && cnf.get(SdJwtSpec.JWK) instanceof Map<?, ?> jwkMembers) {
            try {
                @SuppressWarnings("unchecked")
                JWK jwk = JWK.parse((Map<String, Object>) jwkMembers);
                if (!jwk.isPrivate()) {
                    if (jwk instanceof ECKey ec) {
                        return ec.toECPublicKey();
                    }
                    if (jwk instanceof OctetKeyPair okp && "Ed25519".equals(okp.getCurve().getName())) {
                        byte[] x = okp.getX().decode();
                        byte[] spki = new byte[ED25519_SPKI_PREFIX.length + x.length];
                        System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
                        System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
                        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                    }
                }
            } catch (ParseException | com.nimbusds.jose.JOSEException | java.security.GeneralSecurityException
                     | ClassCastException e) {
                // refused below: the key is unusable
            }
        }
        throw new SdJwtException(Reason.KEY_BINDING_KEY_MISSING, "cnf.jwk holds no usable public key (§7.3 step 5)");
    }
}
