package io.sigillum.crypto.x509;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DerCertificatesTest {

    private static final X509Certificate CA =
            CertificateAuthority.selfSigned("DerCertificatesTest CA", Duration.ofDays(1)).certificate();

    @Test
    void aChainRoundTripsThroughX5c() throws Exception {
        List<String> x5c = DerCertificates.toX5c(List.of(CA, CA));

        assertEquals(Base64.getEncoder().encodeToString(CA.getEncoded()), x5c.get(0), "standard base64, not base64url");
        assertEquals(List.of(CA, CA), DerCertificates.fromX5c(x5c));
    }

    @Test
    void onlyExactlyOneDerCertificatePasses() throws Exception {
        byte[] der = CA.getEncoded();
        byte[] trailing = Arrays.copyOf(der, der.length + 1);
        byte[] pem = ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);

        assertEquals(CA, DerCertificates.parse(der));
        assertThrows(IllegalArgumentException.class, () -> DerCertificates.parse(trailing));
        assertThrows(IllegalArgumentException.class, () -> DerCertificates.parse(pem));
        assertThrows(IllegalArgumentException.class, () -> DerCertificates.parse(Arrays.copyOf(der, der.length / 2)));
        assertThrows(IllegalArgumentException.class, () -> DerCertificates.fromX5c(List.of("not base64!")));
    }
}
