package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The parts every certificate Sigillum builds shares: names, serial numbers, validity and the
 * ECDSA signature. Kept in one place so the CA and the leaf profiles only state their extensions.
 */
final class CertificateSigner {

    /** Back-dating notBefore tolerates clocks of other processes that run slightly behind. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateSigner() {
    }

    static X500Name name(String commonName) {
        // A builder, not a parsed string, so a comma or '=' in the CN cannot add attributes.
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Sigillum development")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey subjectKey,
                                            Duration validity) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(validity)), subject, subjectKey);
    }

    static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 for key identifiers is unavailable", e);
        }
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalStateException("the built certificate does not parse", e);
        }
    }

    private static BigInteger serialNumber() {
        // RFC 5280 §4.1.2.2: positive, at most 20 octets; 159 random bits stay within both.
        return new BigInteger(159, RANDOM).add(BigInteger.ONE);
    }
}
