package io.sigillum.trust.evaluation.internal;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.trust.evaluation.Evaluation.Reason;

import javax.security.auth.x500.X500Principal;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks on an untrusted chain that come before any signature is verified, each linear in
 * the input and bounded: how many certificates, how large, whether they decode, whether they
 * chain by name without a loop. PKIX then does the real validation.
 */
public final class ChainGuards {

    /** The most certificates a chain may hold; real ones hold two to four. */
    public static final int MAX_CHAIN_LENGTH = 10;
    /** The largest DER certificate accepted; real ones are under 4 KiB. */
    public static final int MAX_CERTIFICATE_BYTES = 16 * 1024;
    /** The base64 length of a certificate of {@link #MAX_CERTIFICATE_BYTES}. */
    private static final int MAX_BASE64_LENGTH = 4 * ((MAX_CERTIFICATE_BYTES + 2) / 3);

    private ChainGuards() {
    }

    /**
     * @param x5c the certificates as a JOSE {@code x5c} carries them: standard base64 (not
     *            base64url) of DER, leaf first (RFC 7515 §4.1.6)
     * @return the certificates
     * @throws Refusal {@code MALFORMED} for too many, too large, bad base64 or not exactly DER
     */
    public static List<X509Certificate> decodeX5c(List<String> x5c) throws Refusal {
        requireLength(x5c == null ? 0 : x5c.size());
        List<byte[]> der = new ArrayList<>(x5c.size());
        for (int i = 0; i < x5c.size(); i++) {
            String item = x5c.get(i);
            if (item == null || item.length() > MAX_BASE64_LENGTH) {
                throw Refusal.of(Reason.MALFORMED, "x5c item " + i + " is missing or larger than " + MAX_CERTIFICATE_BYTES + " bytes");
            }
            try {
                der.add(Base64.getDecoder().decode(item));
            } catch (IllegalArgumentException e) {
                throw Refusal.of(Reason.MALFORMED, "x5c item " + i + " is not standard base64");
            }
        }
        return decodeDer(der);
    }

    /**
     * @param der the certificates' DER encodings, leaf first (a COSE {@code x5chain}, RFC 9360)
     * @return the certificates
     * @throws Refusal {@code MALFORMED} for too many, too large, or not exactly one DER certificate each
     */
    public static List<X509Certificate> decodeDer(List<byte[]> der) throws Refusal {
        requireLength(der == null ? 0 : der.size());
        List<X509Certificate> chain = new ArrayList<>(der.size());
        for (int i = 0; i < der.size(); i++) {
            byte[] item = der.get(i);
            if (item == null || item.length > MAX_CERTIFICATE_BYTES) {
                throw Refusal.of(Reason.MALFORMED, "certificate " + i + " is missing or larger than " + MAX_CERTIFICATE_BYTES + " bytes");
            }
            try {
                chain.add(DerCertificates.parse(item));
            } catch (IllegalArgumentException e) {
                throw Refusal.of(Reason.MALFORMED, "certificate " + i + " is not one DER X.509 certificate");
            }
        }
        return chain;
    }

    /**
     * Checks an already parsed chain: its length and sizes ({@code MALFORMED}), then that each
     * certificate is issued, by name, by the next, and that no subject name comes twice
     * ({@code CHAIN_INVALID}). A repeated name is a loop: a repeated certificate, or CAs
     * certifying each other round in a circle.
     *
     * @throws Refusal when it breaks one of these rules
     */
    public static void requireShape(List<X509Certificate> chain) throws Refusal {
        requireLength(chain == null ? 0 : chain.size());
        Map<X500Principal, Integer> subjects = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            if (certificate == null) {
                throw Refusal.of(Reason.MALFORMED, "certificate " + i + " is missing");
            }
            requireSize(certificate, i);
            Integer earlier = subjects.putIfAbsent(certificate.getSubjectX500Principal(), i);
            if (earlier != null) {
                throw Refusal.of(Reason.CHAIN_INVALID, "certificates " + earlier + " and " + i + " have the same subject: a loop");
            }
            if (i > 0 && !chain.get(i - 1).getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
                throw Refusal.of(Reason.CHAIN_INVALID, "certificate " + (i - 1) + " is not issued by certificate " + i + " (name chaining)");
            }
        }
    }

    private static void requireLength(int length) throws Refusal {
        if (length == 0) {
            throw Refusal.of(Reason.MALFORMED, "no certificate");
        }
        if (length > MAX_CHAIN_LENGTH) {
            throw Refusal.of(Reason.MALFORMED, "more than " + MAX_CHAIN_LENGTH + " certificates");
        }
    }

    private static void requireSize(X509Certificate certificate, int index) throws Refusal {
        try {
            if (certificate.getEncoded().length > MAX_CERTIFICATE_BYTES) {
                throw Refusal.of(Reason.MALFORMED, "certificate " + index + " is larger than " + MAX_CERTIFICATE_BYTES + " bytes");
            }
        } catch (CertificateEncodingException e) {
            throw Refusal.of(Reason.MALFORMED, "certificate " + index + " cannot be encoded");
        }
    }
}
