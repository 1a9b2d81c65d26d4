package io.sigillum.wallet.verify;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64;
import io.sigillum.crypto.x509.CertificatePathValidator;
import io.sigillum.crypto.x509.PathValidation;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Check;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The issuer's key from the {@code x5c} header of the issuer-signed JWT (SD-JWT VC, X.509
 * certificates as issuer key resolution): the chain must lead to a configured trust anchor, and the
 * leaf must name the credential's {@code iss}.
 */
final class IssuerCertificates {

    private static final int SAN_DNS = 2;
    private static final int SAN_URI = 6;

    private IssuerCertificates() {
    }

    /**
     * @param issuerSignedJwt the compact issuer-signed JWT
     * @return its {@code x5c} chain, leaf first
     * @throws WalletException {@link Check#CERTIFICATE_CHAIN} without {@code x5c}; {@link Check#MALFORMED}
     */
    static List<X509Certificate> chain(String issuerSignedJwt) {
        List<Base64> x5c;
        try {
            x5c = JWSObject.parse(issuerSignedJwt).getHeader().getX509CertChain();
        } catch (ParseException e) {
            throw WalletException.failedCheck(Check.MALFORMED, "the issuer-signed JWT cannot be read: " + e.getMessage(), e);
        }
        if (x5c == null || x5c.isEmpty()) {
            throw WalletException.failedCheck(Check.CERTIFICATE_CHAIN,
                    "the issuer-signed JWT has no x5c header, so its key cannot be tied to a trust anchor", null);
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>(x5c.size());
            for (Base64 der : x5c) {
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der.decode())));
            }
            return chain;
        } catch (CertificateException e) {
            throw WalletException.failedCheck(Check.CERTIFICATE_CHAIN, "an x5c certificate cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @return the subject of the anchor the chain leads to
     * @throws WalletException {@link Check#CERTIFICATE_CHAIN} with the PKIX reason
     */
    static String validate(CertificatePathValidator validator, List<X509Certificate> chain, Instant at) {
        PathValidation result = validator.validate(chain, at, Optional.empty());
        if (result instanceof PathValidation.Invalid invalid) {
            throw WalletException.failedCheck(Check.CERTIFICATE_CHAIN, "the x5c chain of "
                    + chain.get(0).getSubjectX500Principal().getName() + " is not trusted: " + invalid.reason()
                    + " (" + invalid.detail() + ")", null);
        }
        return ((PathValidation.Valid) result).anchor().getSubjectX500Principal().getName();
    }

    /**
     * The leaf names the issuer when a uniformResourceIdentifier subjectAltName equals {@code iss},
     * or, for an {@code https} issuer, a dNSName equals its host.
     *
     * @throws WalletException {@link Check#ISSUER_CERTIFICATE_NAME} otherwise
     */
    static void requireNames(X509Certificate leaf, String issuer) {
        Collection<List<?>> names;
        try {
            names = leaf.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            throw WalletException.failedCheck(Check.ISSUER_CERTIFICATE_NAME, "the x5c leaf's subjectAltName cannot be read", e);
        }
        String host = host(issuer);
        if (names != null) {
            for (List<?> name : names) {
                Object type = name.get(0);
                Object value = name.get(1);
                if (Integer.valueOf(SAN_URI).equals(type) && issuer.equals(value)) {
                    return;
                }
                if (Integer.valueOf(SAN_DNS).equals(type) && host != null && host.equalsIgnoreCase(String.valueOf(value))) {
                    return;
                }
            }
        }
        throw WalletException.failedCheck(Check.ISSUER_CERTIFICATE_NAME, "the x5c leaf "
                + leaf.getSubjectX500Principal().getName() + " names neither the URI " + issuer
                + " nor its host in its subjectAltName", null);
    }

    private static String host(String issuer) {
        try {
            URI uri = URI.create(issuer);
            return "https".equalsIgnoreCase(uri.getScheme()) ? uri.getHost() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
