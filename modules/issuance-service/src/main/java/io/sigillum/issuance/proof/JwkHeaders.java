package io.sigillum.issuance.proof;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.sigillum.crypto.jwk.Thumbprints;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The public key a proof JWT carries in its {@code jwk} header (RFC 7515 §4.1.3), as OID4VCI key
 * proofs (Appendix F.1) and DPoP proofs (RFC 9449 §4.2) do. Only public keys are taken: a JWK with
 * any private or symmetric member is refused before it is parsed.
 */
public final class JwkHeaders {

    /**
     * The members that make a JWK private or symmetric: {@code d} (EC, OKP and RSA), the RSA
     * private members (RFC 7518 §6.3.2) and {@code k} (RFC 7518 §6.4.1).
     */
    public static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4), before the 32 key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private JwkHeaders() {
    }

    /**
     * A usable public key from a {@code jwk} header.
     *
     * @param key        the key, for {@link io.sigillum.crypto.sign.Verifier#of}
     * @param thumbprint its RFC 7638 SHA-256 thumbprint, base64url
     */
    public record HeaderKey(PublicKey key, String thumbprint) {
    }

    /**
     * @param members the {@code jwk} header's members
     * @return whether any member makes the JWK private or symmetric
     */
    public static boolean hasPrivateMembers(Map<?, ?> members) {
        for (Object name : members.keySet()) {
            if (PRIVATE_MEMBERS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param members the {@code jwk} header's members, without private ones
     * @return the public key and its thumbprint
     * @throws IllegalArgumentException with a message safe to return to the client when the JWK is
     *                                  malformed, private, or not an EC P-256/384/521 or Ed25519 key
     */
    public static HeaderKey publicKey(Map<?, ?> members) {
        if (hasPrivateMembers(members)) {
            throw new IllegalArgumentException("the jwk holds private key members");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            if (!(member.getKey() instanceof String name)) {
                throw new IllegalArgumentException("the jwk is not a JSON object");
            }
            copy.put(name, member.getValue());
        }
        JWK jwk;
        try {
            jwk = JWK.parse(copy);
        } catch (ParseException | RuntimeException e) {
            // Nimbus also refuses EC points that are not on the named curve here.
            throw new IllegalArgumentException("the jwk is not a valid public JWK (RFC 7517)");
        }
        if (jwk.isPrivate()) {
            throw new IllegalArgumentException("the jwk holds private key members");
        }
        return new HeaderKey(toPublicKey(jwk), Thumbprints.sha256(jwk));
    }

    private static PublicKey toPublicKey(JWK jwk) {
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
            throw new IllegalArgumentException("the jwk is not a usable public key");
        }
        throw new IllegalArgumentException("the jwk is not an EC P-256, P-384, P-521 or Ed25519 public key");
    }
}
