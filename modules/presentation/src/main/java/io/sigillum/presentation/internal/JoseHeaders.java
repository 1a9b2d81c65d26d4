package io.sigillum.presentation.internal;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.presentation.FailureReason;
import io.sigillum.trust.evaluation.TrustEvaluator;

import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what a verifier needs from a compact JWS header before it can check the signature: that
 * {@code alg} is an allowed signature algorithm (so {@code none} and MACs are refused before any
 * key is looked at) and the {@code x5c} chain whose leaf holds the key. The signature check itself
 * re-reads the header strictly ({@link io.sigillum.crypto.sign.CompactJws}).
 */
public final class JoseHeaders {

    private JoseHeaders() {
    }

    /**
     * @param compact a compact JWS
     * @param allowed the algorithms accepted
     * @return its header
     * @throws Refusal {@link FailureReason#MALFORMED} when there is no readable header;
     *                 {@link FailureReason#ALGORITHM_NOT_ALLOWED} for {@code none}, a MAC or another
     *                 algorithm not allowed
     */
    public static JWSHeader signedHeader(String compact, Set<SignatureAlgorithm> allowed) throws Refusal {
        int dot = compact.indexOf('.');
        if (dot <= 0) {
            throw new Refusal(FailureReason.MALFORMED, "not a compact JWS");
        }
        return signedHeaderOf(compact.substring(0, dot), allowed);
    }

    /**
     * @param segment the first part of a compact JWS: the base64url of its header
     * @param allowed the algorithms accepted
     * @return the header
     * @throws Refusal as {@link #signedHeader}
     */
    public static JWSHeader signedHeaderOf(String segment, Set<SignatureAlgorithm> allowed) throws Refusal {
        Header header;
        try {
            header = Header.parse(new Base64URL(segment));
        } catch (ParseException | IllegalArgumentException e) {
            throw new Refusal(FailureReason.MALFORMED, "the JWS header is not a JSON object with alg");
        }
        if (!(header instanceof JWSHeader signed)) {
            throw new Refusal(FailureReason.ALGORITHM_NOT_ALLOWED, "alg " + header.getAlgorithm() + " is not a signature algorithm");
        }
        String alg = signed.getAlgorithm().getName();
        if (SignatureAlgorithm.fromJwsName(alg).filter(allowed::contains).isEmpty()) {
            throw new Refusal(FailureReason.ALGORITHM_NOT_ALLOWED, "alg " + alg + " is not allowed");
        }
        return signed;
    }

    /**
     * @param header      a JWS header
     * @param whenMissing the reason to refuse with when there is no usable {@code x5c}
     * @return its {@code x5c} as text, leaf first; nothing decoded yet
     * @throws Refusal when there is no {@code x5c} or it is longer than the trust evaluator accepts
     */
    public static List<String> x5c(JWSHeader header, FailureReason whenMissing) throws Refusal {
        List<Base64> chain = header.getX509CertChain();
        if (chain == null || chain.isEmpty()) {
            throw new Refusal(whenMissing, "no x5c header: the signing key cannot be tied to a trust anchor");
        }
        if (chain.size() > TrustEvaluator.MAX_CHAIN_LENGTH) {
            throw new Refusal(whenMissing, "x5c holds more than " + TrustEvaluator.MAX_CHAIN_LENGTH + " certificates");
        }
        List<String> x5c = new ArrayList<>(chain.size());
        chain.forEach(certificate -> x5c.add(certificate.toString()));
        return x5c;
    }

    /**
     * @param x5c         an {@code x5c} value, leaf first
     * @param whenInvalid the reason to refuse with when the leaf cannot be read
     * @return the chain with its leaf read
     * @throws Refusal when the leaf is not standard base64 of one DER certificate of a bounded size
     */
    public static SignerChain.X5c withLeaf(List<String> x5c, FailureReason whenInvalid) throws Refusal {
        byte[] der;
        try {
            der = java.util.Base64.getDecoder().decode(x5c.getFirst());
        } catch (IllegalArgumentException e) {
            throw new Refusal(whenInvalid, "the x5c leaf is not standard base64 (RFC 7515 §4.1.6)");
        }
        if (der.length == 0 || der.length > TrustEvaluator.MAX_CERTIFICATE_BYTES) {
            throw new Refusal(whenInvalid, "the x5c leaf is empty or larger than " + TrustEvaluator.MAX_CERTIFICATE_BYTES + " bytes");
        }
        X509Certificate leaf;
        try {
            leaf = DerCertificates.parse(der);
        } catch (IllegalArgumentException e) {
            throw new Refusal(whenInvalid, "the x5c leaf is not one DER certificate");
        }
        return new SignerChain.X5c(x5c, leaf);
    }
}
