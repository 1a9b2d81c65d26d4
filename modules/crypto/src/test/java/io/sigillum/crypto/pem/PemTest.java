package io.sigillum.crypto.pem;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.ServerCertificateRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PemTest {

    @Test
    void certificateChainRoundTripsInOrder() {
        CertificateAuthority ca = CertificateAuthority.selfSigned("CA", Duration.ofDays(1));
        IssuedCertificate leaf = ca.issueServerCertificate(
                new ServerCertificateRequest("svc", List.of(), Duration.ofDays(1)));

        String pem = Pem.encodeCertificates(leaf.chain());
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), pem);
        assertEquals(2, pem.split("-----BEGIN CERTIFICATE-----", -1).length - 1);

        List<X509Certificate> decoded = Pem.decodeCertificates(pem);
        assertEquals(leaf.chain(), decoded);
        assertEquals(List.of(ca.certificate()), Pem.decodeCertificates(Pem.encodeCertificate(ca.certificate())));
    }

    @Test
    void privateKeyRoundTripsAsPkcs8AndStillSigns() throws Exception {
        KeyPair keys = EcKeyPairs.p256();
        String pem = Pem.encodePrivateKey(keys.getPrivate());
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS#8, not the OpenSSL EC form");

        PrivateKey decoded = Pem.decodePrivateKey(pem);
        assertInstanceOf(ECPrivateKey.class, decoded);
        assertArrayEquals(keys.getPrivate().getEncoded(), decoded.getEncoded());

        byte[] message = "hello".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(decoded);
        signer.update(message);
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(keys.getPublic());
        verifier.update(message);
        assertTrue(verifier.verify(signer.sign()));
    }

    @Test
    void publicKeyRoundTrips() {
        KeyPair keys = EcKeyPairs.p256();
        String pem = Pem.encodePublicKey(keys.getPublic());
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----"), pem);
        PublicKey decoded = Pem.decodePublicKey(pem);
        assertInstanceOf(ECPublicKey.class, decoded);
        assertEquals(keys.getPublic(), decoded);
    }

    @Test
    void missingBlocksAreReportedNotReturnedAsNull() {
        String publicOnly = Pem.encodePublicKey(EcKeyPairs.p256().getPublic());
        assertThrows(IllegalArgumentException.class, () -> Pem.decodePrivateKey(publicOnly));
        assertThrows(IllegalArgumentException.class, () -> Pem.decodeCertificates(publicOnly));
        assertThrows(IllegalArgumentException.class, () -> Pem.decodePublicKey(""));
        assertThrows(IllegalArgumentException.class,
                () -> Pem.decodeCertificates("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
    }
}
