package io.sigillum.trust.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Certificates the profiles of {@code sigillum-crypto} refuse to make on purpose (a CA under a CA
 * whose path length forbids it, a CA without keyCertSign, a certificate signed by an end entity,
 * cross-certificates, an anchor that expires before its leaf), built directly with BouncyCastle.
 */
public final class RawCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private final X500Name issuer;
    private final KeyPair issuerKeys;
    private X500Name subject;
    private PublicKey subjectKey;
    private Instant notBefore = Instant.now().minusSeconds(300);
    private Instant notAfter = Instant.now().plusSeconds(30L * 24 * 3600);
    private Integer pathLength;
    private boolean ca;
    private int keyUsage = KeyUsage.digitalSignature;

    private RawCertificates(X500Name issuer, KeyPair issuerKeys) {
        this.issuer = issuer;
        this.issuerKeys = issuerKeys;
    }

    /** @return a builder of a certificate signed by this issuer's keys */
    public static RawCertificates issuedBy(X509Certificate issuerCertificate, KeyPair issuerKeys) {
        return new RawCertificates(X500Name.getInstance(issuerCertificate.getSubjectX500Principal().getEncoded()), issuerKeys);
    }

    /** @return a builder of a certificate signed by keys named {@code issuerName} */
    public static RawCertificates issuedBy(String issuerName, KeyPair issuerKeys) {
        return new RawCertificates(new X500Name("CN=" + issuerName), issuerKeys);
    }

    public RawCertificates subject(String commonName, PublicKey key) {
        this.subject = new X500Name("CN=" + commonName);
        this.subjectKey = key;
        return this;
    }

    public RawCertificates subject(javax.security.auth.x500.X500Principal name, PublicKey key) {
        this.subject = X500Name.getInstance(name.getEncoded());
        this.subjectKey = key;
        return this;
    }

    /** A CA: basicConstraints CA (with a path length when not null), keyUsage keyCertSign and cRLSign. */
    public RawCertificates ca(Integer pathLength) {
        this.ca = true;
        this.pathLength = pathLength;
        this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign;
        return this;
    }

    public RawCertificates keyUsage(int bits) {
        this.keyUsage = bits;
        return this;
    }

    public RawCertificates validity(Instant from, Instant until) {
        this.notBefore = from;
        this.notAfter = until;
        return this;
    }

    public X509Certificate build() {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            if (ca) {
                builder.addExtension(Extension.basicConstraints, true,
                        pathLength == null ? new BasicConstraints(true) : new BasicConstraints(pathLength));
            }
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException("test certificate not built", e);
        }
    }
}
