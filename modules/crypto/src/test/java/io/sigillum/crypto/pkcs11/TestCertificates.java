package io.sigillum.crypto.pkcs11;

import io.sigillum.crypto.x509.CertificateAuthority;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Certificates for keys the tests did not make themselves: the CA certifies a given public key. */
final class TestCertificates {

    private TestCertificates() {
    }

    static X509Certificate issue(CertificateAuthority ca, String commonName, PublicKey subjectKey) throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(
                new JcaX509CertificateHolder(ca.certificate()).getSubject(),
                BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofMinutes(1))), Date.from(now.plus(Duration.ofDays(1))),
                new X500Name("CN=" + commonName), subjectKey);
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(ca.privateKey());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
