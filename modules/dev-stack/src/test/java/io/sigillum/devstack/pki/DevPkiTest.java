package io.sigillum.devstack.pki;

import io.sigillum.crypto.keystore.Pkcs12Stores;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.devstack.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevPkiTest {

    private static final String PASSWORD = "test-store-password";

    @TempDir
    Path root;

    @Test
    void firstStartCreatesCaKeyStoresAndTrustStoreWithPrivateFilesOwnerOnly() throws Exception {
        StackLayout layout = StackLayout.at(root);
        List<Path> created = new DevPki(layout, PASSWORD).ensure(List.of("broker", "issuance"));

        assertEquals(Set.of(Path.of("var/pki/ca.pem"), Path.of("var/pki/ca-key.pem"), Path.of("var/pki/broker.p12"),
                Path.of("var/pki/issuance.p12"), Path.of("var/pki/truststore.p12")), Set.copyOf(created));
        assertEquals("rw-------", mode(layout.caKey()));
        assertEquals("rw-------", mode(layout.keyStore("issuance")));
        assertEquals("rw-------", mode(layout.keyStore("broker")));
        assertEquals("rwx------", mode(layout.pki()));
        assertTrue(mode(layout.caCertificate()).startsWith("rw-r"), "the CA certificate is public");
    }

    @Test
    void keyStoreChainValidatesAgainstTheCaAndNamesLoopback() throws Exception {
        StackLayout layout = StackLayout.at(root);
        new DevPki(layout, PASSWORD).ensure(List.of("issuance"));

        X509Certificate ca = Pem.decodeCertificates(Files.readString(layout.caCertificate())).get(0);
        KeyStore store = Pkcs12Stores.load(Files.readAllBytes(layout.keyStore("issuance")), PASSWORD.toCharArray());
        assertTrue(store.isKeyEntry(DevPki.KEY_ALIAS));
        X509Certificate leaf = (X509Certificate) store.getCertificate(DevPki.KEY_ALIAS);
        assertTrue(leaf.getSubjectAlternativeNames().contains(List.of(7, "127.0.0.1")));
        assertTrue(leaf.getSubjectAlternativeNames().contains(List.of(2, "localhost")));

        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf)), parameters);

        KeyStore trust = Pkcs12Stores.load(Files.readAllBytes(layout.trustStore()), PASSWORD.toCharArray());
        assertEquals(ca, trust.getCertificate(DevPki.CA_ALIAS));
    }

    @Test
    void laterStartsKeepWhatExistsAndAddOnlyWhatIsMissing() throws Exception {
        StackLayout layout = StackLayout.at(root);
        DevPki pki = new DevPki(layout, PASSWORD);
        pki.ensure(List.of("issuance"));
        String ca = Files.readString(layout.caCertificate());
        byte[] issuance = Files.readAllBytes(layout.keyStore("issuance"));

        assertEquals(List.of(), pki.ensure(List.of("issuance")));
        assertEquals(List.of(Path.of("var/pki/gateway.p12")), pki.ensure(List.of("issuance", "gateway")));
        assertEquals(ca, Files.readString(layout.caCertificate()));
        assertArrayEquals(issuance, Files.readAllBytes(layout.keyStore("issuance")));
    }

    @Test
    void discardedStoresComeBackUnderANewPasswordWithTheSameCa() throws Exception {
        StackLayout layout = StackLayout.at(root);
        new DevPki(layout, PASSWORD).ensure(List.of("issuance"));
        String ca = Files.readString(layout.caCertificate());

        DevPki renewed = new DevPki(layout, "another-password");
        renewed.discardStores();
        assertEquals(Set.of(Path.of("var/pki/issuance.p12"), Path.of("var/pki/truststore.p12")),
                Set.copyOf(renewed.ensure(List.of("issuance"))));
        assertEquals(ca, Files.readString(layout.caCertificate()));
        KeyStore store = Pkcs12Stores.load(Files.readAllBytes(layout.keyStore("issuance")), "another-password".toCharArray());
        assertTrue(store.isKeyEntry(DevPki.KEY_ALIAS));
    }

    @Test
    void jwtKeyFilesArePkcs8PrivateOwnerOnlyAndPublicPem() throws Exception {
        StackLayout layout = StackLayout.at(root);
        List<Path> created = DevJwtKey.ensure(layout);

        assertEquals(List.of(Path.of("var/dev/jwt-signing-key.pem"), Path.of("var/dev/jwt-public.pem")), created);
        assertEquals("rw-------", mode(layout.jwtSigningKey()));
        assertTrue(Files.readString(layout.jwtSigningKey()).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(Files.readString(layout.jwtPublicKey()).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals(List.of(), DevJwtKey.ensure(layout), "an existing key is kept");
        DevJwtKey key = DevJwtKey.load(layout);
        assertEquals(256, key.publicKey().getParams().getCurve().getField().getFieldSize());
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
