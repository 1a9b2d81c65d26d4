package io.sigillum.trustregistry.anchor;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trustregistry.TrustProblems;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the certificate of an {@code x509} anchor strictly: standard base64 of exactly one DER
 * certificate (RFC 7515 §4.1.6's form, no line breaks), or PEM (RFC 7468) holding exactly one
 * {@code CERTIFICATE} block and nothing else but white space. Anything else is refused, never
 * guessed at: junk around a PEM block, two blocks, base64url, trailing bytes after the DER.
 */
public final class AnchorMaterial {

    /** The largest DER certificate accepted, as for chains. */
    static final int MAX_CERTIFICATE_BYTES = TrustEvaluator.MAX_CERTIFICATE_BYTES;

    // Base64 of the largest certificate, plus the PEM armour and line breaks.
    private static final int MAX_TEXT_LENGTH = (MAX_CERTIFICATE_BYTES + 2) / 3 * 4 * 66 / 64 + 100;
    private static final Pattern PEM = Pattern.compile(
            "\\A\\s*-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----\\s*\\z");

    private AnchorMaterial() {
    }

    /**
     * @return the certificate
     * @throws jakarta.ws.rs.WebApplicationException 400 when the text is not one certificate
     */
    public static X509Certificate certificate(String text) {
        if (text == null || text.isEmpty()) {
            throw TrustProblems.invalidRequest("An x509 anchor needs 'certificate': base64 DER or PEM.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw TrustProblems.malformedKeyMaterial("'certificate' is larger than " + MAX_CERTIFICATE_BYTES + " bytes of DER.");
        }
        byte[] der = text.contains("-----") ? pem(text) : base64(text, "'certificate' is neither PEM nor standard base64"
                + " (RFC 4648 §4, no line breaks).");
        if (der.length > MAX_CERTIFICATE_BYTES) {
            throw TrustProblems.malformedKeyMaterial("'certificate' is larger than " + MAX_CERTIFICATE_BYTES + " bytes of DER.");
        }
        try {
            return DerCertificates.parse(der);
        } catch (IllegalArgumentException e) {
            throw TrustProblems.malformedKeyMaterial("'certificate' is not exactly one DER X.509 certificate.");
        }
    }

    private static byte[] pem(String text) {
        Matcher block = PEM.matcher(text);
        if (!block.matches()) {
            throw TrustProblems.malformedKeyMaterial("A PEM 'certificate' holds exactly one CERTIFICATE block and nothing"
                    + " else (RFC 7468).");
        }
        return base64(block.group(1).replaceAll("\\s", ""), "The PEM block's content is not base64.");
    }

    private static byte[] base64(String text, String refusal) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw TrustProblems.malformedKeyMaterial(refusal);
        }
    }

    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate has no encoding", e);
        }
    }

    /** @return hex SHA-256 of the bytes */
    static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
