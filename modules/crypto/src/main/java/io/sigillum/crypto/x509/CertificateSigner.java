package io.sigillum.crypto.x509;

import io.sigillum.crypto.sign.Signer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.RuntimeOperatorException;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The parts every certificate Sigillum builds shares: names, serial numbers, validity and the
 * signature. Kept in one place so the CA and the leaf profiles only state their extensions.
 */
final class CertificateSigner {

    /** Back-dating notBefore tolerates clocks of other processes that run slightly behind. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
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

    static X500Name name(SubjectName subject) {
        // Most significant first, as X.500 orders a name: country, region, organisation, common name.
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        if (subject.country() != null) {
            builder.addRDN(BCStyle.C, subject.country());
        }
        if (subject.stateOrProvince() != null) {
            builder.addRDN(BCStyle.ST, subject.stateOrProvince());
        }
        if (subject.organization() != null) {
            builder.addRDN(BCStyle.O, subject.organization());
        }
        return builder.addRDN(BCStyle.CN, subject.commonName()).build();
    }

    /** A certificate valid from a few minutes ago until {@code validity} from now. */
    static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey subjectKey,
                                            Duration validity) {
        Instant now = Instant.now();
        return builder(issuer, subject, subjectKey, now.minus(CLOCK_SKEW), now.plus(validity));
    }

    static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey subjectKey,
                                            Instant notBefore, Instant notAfter) {
        return new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
    }

    static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 for key identifiers is unavailable", e);
        }
    }

    /**
     * Signs through the {@link Signer}, then checks the result against the issuer's public key, so
     * a signer holding another key than the CA certificate's fails here and not at every relying party.
     *
     * @throws IllegalArgumentException when the signer cannot sign or its key is not the issuer's
     */
    static X509Certificate sign(X509v3CertificateBuilder builder, Signer issuer, PublicKey issuerKey) {
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(builder.build(new SignerContentSigner(issuer)));
        } catch (RuntimeOperatorException e) {
            throw new IllegalArgumentException("cannot sign with key " + issuer.keyId() + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalStateException("the built certificate does not parse", e);
        }
        try {
            certificate.verify(issuerKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("key " + issuer.keyId() + " is not the key of the issuing certificate", e);
        }
        return certificate;
    }

    private static BigInteger serialNumber() {
        // RFC 5280 §4.1.2.2: positive, at most 20 octets; 159 random bits stay within both and
        // exceed the 63 bits of CSPRNG output ISO/IEC 18013-5 Annex B asks for.
        return new BigInteger(159, RANDOM).add(BigInteger.ONE);
    }
}
