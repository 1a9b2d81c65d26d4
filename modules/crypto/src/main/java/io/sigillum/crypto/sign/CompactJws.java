package io.sigillum.crypto.sign;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.sign.JwsVerificationException.Reason;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Signs and verifies compact JWS (RFC 7515 §7.1) with a {@link Signer} and a {@link Verifier}.
 *
 * <p>Verification is strict: the {@code alg} header must be one the caller allows <em>and</em>
 * the verifying key's own algorithm, so {@code none}, HMAC with a public key as secret (key
 * confusion) and one EC algorithm passed off as another are all refused before any signature
 * check. Critical headers (RFC 7515 §4.1.11) and unencoded payloads (RFC 7797) are refused:
 * this library processes no extension.
 */
public final class CompactJws {

    private CompactJws() {
    }

    /**
     * @param signer the signer
     * @return a header builder with {@code alg}, {@code kid} and, when the signer has a
     *         certificate chain, {@code x5c} (RFC 7515 §4.1.6) filled in
     */
    public static JWSHeader.Builder header(Signer signer) {
        JWSHeader.Builder builder = new JWSHeader.Builder(signer.algorithm().toNimbus()).keyID(signer.keyId());
        List<X509Certificate> chain = signer.certificateChain();
        if (!chain.isEmpty()) {
            List<Base64> x5c = new ArrayList<>(chain.size());
            for (X509Certificate certificate : chain) {
                try {
                    x5c.add(Base64.encode(certificate.getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw new IllegalStateException("certificate of key " + signer.keyId() + " cannot be encoded", e);
                }
            }
            builder.x509CertChain(x5c);
        }
        return builder;
    }

    /**
     * Signs with the header {@link #header(Signer)} makes.
     *
     * @param signer  the signer
     * @param payload the payload
     * @return the compact serialisation
     */
    public static String sign(Signer signer, byte[] payload) {
        return sign(signer, header(signer).build(), payload);
    }

    /**
     * @param signer  the signer
     * @param header  the protected header; its {@code alg} must be the signer's
     * @param payload the payload
     * @return the compact serialisation
     * @throws IllegalArgumentException when the header names another algorithm, or asks for an
     *                                  unencoded payload (RFC 7797), which this library does not make
     * @throws SigningException         when the signer fails
     */
    public static String sign(Signer signer, JWSHeader header, byte[] payload) {
        if (!header.isBase64URLEncodePayload()) {
            throw new IllegalArgumentException("unencoded payloads (b64: false) are not supported");
        }
        if (!signer.algorithm().toNimbus().equals(header.getAlgorithm())) {
            throw new IllegalArgumentException("key " + signer.keyId() + " signs " + signer.algorithm().jwsName()
                    + ", not " + header.getAlgorithm());
        }
        JWSObject jws = new JWSObject(header, new Payload(payload));
        byte[] signingInput = jws.getSigningInput();
        byte[] signature = signer.sign(signingInput);
        return new String(signingInput, StandardCharsets.US_ASCII) + "." + Base64URL.encode(signature);
    }

    /**
     * Verifies with the verifier's own algorithm as the only one allowed.
     *
     * @see #verify(String, Verifier, Set)
     */
    public static VerifiedJws verify(String compact, Verifier verifier) throws JwsVerificationException {
        return verify(compact, verifier, EnumSet.of(verifier.algorithm()));
    }

    /**
     * @param compact  a compact JWS
     * @param verifier the key to check it with
     * @param allowed  the algorithms the caller accepts (e.g. the ones its profile allows)
     * @return the verified header and payload
     * @throws JwsVerificationException when it is malformed, names an algorithm not allowed or not
     *                                  the key's, carries a critical header, or does not verify
     */
    public static VerifiedJws verify(String compact, Verifier verifier, Set<SignatureAlgorithm> allowed)
            throws JwsVerificationException {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(allowed, "allowed");
        if (compact == null) {
            throw new JwsVerificationException(Reason.MALFORMED, "no JWS");
        }
        Base64URL[] parts;
        Header parsed;
        try {
            parts = JOSEObject.split(compact);
            if (parts.length != 3) {
                throw new JwsVerificationException(Reason.MALFORMED, "a compact JWS has three parts");
            }
            parsed = Header.parse(parts[0]);
        } catch (ParseException e) {
            throw new JwsVerificationException(Reason.MALFORMED, "malformed JWS: " + e.getMessage());
        }
        if (!(parsed instanceof JWSHeader header)) {
            throw new JwsVerificationException(Reason.ALGORITHM_NOT_ALLOWED,
                    "alg " + parsed.getAlgorithm() + " is not a signature algorithm");
        }
        String alg = header.getAlgorithm().getName();
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromJwsName(alg)
                .orElseThrow(() -> new JwsVerificationException(Reason.ALGORITHM_NOT_ALLOWED, "alg " + alg + " is not allowed"));
        if (!allowed.contains(algorithm)) {
            throw new JwsVerificationException(Reason.ALGORITHM_NOT_ALLOWED, "alg " + alg + " is not allowed here");
        }
        if (algorithm != verifier.algorithm()) {
            throw new JwsVerificationException(Reason.ALGORITHM_NOT_ALLOWED,
                    "alg " + alg + " does not match the key, which verifies " + verifier.algorithm().jwsName());
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new JwsVerificationException(Reason.UNSUPPORTED_HEADER, "critical headers " + header.getCriticalParams());
        }
        if (!header.isBase64URLEncodePayload()) {
            throw new JwsVerificationException(Reason.UNSUPPORTED_HEADER, "unencoded payloads (b64: false) are not supported");
        }
        JWSObject jws;
        try {
            jws = new JWSObject(parts[0], parts[1], parts[2]);
        } catch (ParseException e) {
            throw new JwsVerificationException(Reason.MALFORMED, "malformed JWS: " + e.getMessage());
        }
        byte[] signature = strictDecode(parts[2]);
        if (signature == null || !verifier.verify(jws.getSigningInput(), signature)) {
            throw new JwsVerificationException(Reason.BAD_SIGNATURE, "signature does not verify");
        }
        return new VerifiedJws(header, jws.getPayload().toBytes());
    }

    /** @return the bytes, or {@code null} when the text is not canonical unpadded base64url */
    private static byte[] strictDecode(Base64URL part) {
        String text = part.toString();
        byte[] bytes = part.decode();
        return Base64URL.encode(bytes).toString().equals(text) ? bytes : null;
    }

}
