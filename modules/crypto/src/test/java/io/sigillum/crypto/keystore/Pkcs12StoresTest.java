package io.sigillum.crypto.keystore;

import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.ServerCertificateRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Pkcs12StoresTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();

    private static CertificateAuthority ca;
    private static IssuedCertificate server;

    @BeforeAll
    static void issue() {
        ca = CertificateAuthority.selfSigned("CA", Duration.ofDays(1));
        server = ca.issueServerCertificate(new ServerCertificateRequest("svc", List.of(), Duration.ofDays(1)));
    }

    @Test
    void keyStoreHoldsTheKeyAndChainUnderTheStorePassword() throws Exception {
        KeyStore store = Pkcs12Stores.load(
                Pkcs12Stores.keyStore("svc", server.privateKey(), server.chain(), PASSWORD), PASSWORD);
        assertEquals(List.of("svc"), Collections.list(store.aliases()));
        assertTrue(store.isKeyEntry("svc"));
        assertArrayEquals(server.privateKey().getEncoded(), store.getKey("svc", PASSWORD).getEncoded());
        assertEquals(server.chain(), List.of(store.getCertificateChain("svc")));
    }

    @Test
    void trustStoreHoldsTrustedCertificates() throws Exception {
        KeyStore store = Pkcs12Stores.load(
                Pkcs12Stores.trustStore(Map.of("ca", ca.certificate()), PASSWORD), PASSWORD);
        assertTrue(store.isCertificateEntry("ca"));
        assertEquals(ca.certificate(), store.getCertificate("ca"));
    }

    @Test
    void wrongPasswordIsRefused() {
        byte[] encoded = Pkcs12Stores.keyStore("svc", server.privateKey(), server.chain(), PASSWORD);
        assertThrows(IllegalArgumentException.class, () -> Pkcs12Stores.load(encoded, "wrong".toCharArray()));
    }

    @Test
    void jsseCompletesAHandshakeToLocalhostWithTheseStores() throws Exception {
        KeyStore keyStore = Pkcs12Stores.load(
                Pkcs12Stores.keyStore("svc", server.privateKey(), server.chain(), PASSWORD), PASSWORD);
        KeyStore trustStore = Pkcs12Stores.load(
                Pkcs12Stores.trustStore(Map.of("ca", ca.certificate()), PASSWORD), PASSWORD);

        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trustStore);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trustManagers.getTrustManagers(), null);

        List<String> hosts = List.of("localhost", "127.0.0.1");
        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, hosts.size(), InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < hosts.size(); i++) {
                    try (SSLSocket socket = (SSLSocket) listener.accept(); OutputStream out = socket.getOutputStream()) {
                        out.write(42);
                        out.flush();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            for (String host : hosts) {
                try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory()
                        .createSocket(host, listener.getLocalPort())) {
                    SSLParameters parameters = client.getSSLParameters();
                    // What an HTTPS client does: the certificate must name the host it dialled.
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                    client.setSSLParameters(parameters);
                    InputStream in = client.getInputStream();
                    assertEquals(42, in.read(), host);
                    assertEquals(server.certificate(), client.getSession().getPeerCertificates()[0]);
                }
            }
            serving.get(10, TimeUnit.SECONDS);
        }
    }
}
