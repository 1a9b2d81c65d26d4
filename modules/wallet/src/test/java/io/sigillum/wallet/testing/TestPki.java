package io.sigillum.wallet.testing;

import io.sigillum.crypto.keystore.Pkcs12Stores;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.CredentialIssuerRequest;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.ServerCertificateRequest;
import io.sigillum.crypto.x509.SubjectName;
import io.sigillum.crypto.x509.VerifierCertificateRequest;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A test CA: TLS for the fake issuer and verifier, the issuer certificates credentials carry in x5c, and verifier certificates. */
public final class TestPki {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final CertificateAuthority root;

    /** @param name the root's common name */
    public TestPki(String name) {
        this.root = CertificateAuthority.selfSigned(name, Duration.ofDays(30));
    }

    /** @return the root certificate, the wallet's trust anchor */
    public X509Certificate root() {
        return root.certificate();
    }

    /** @return an SD-JWT VC issuer certificate naming {@code issuer} */
    public IssuedCertificate credentialIssuer(String issuer) {
        return root.issue(new CredentialIssuerRequest(SubjectName.of("Test Credential Issuer"), URI.create(issuer), Duration.ofDays(10)));
    }

    /** @return a verifier's request-signing certificate with the dNSName SAN {@code dnsName} */
    public IssuedCertificate verifier(String dnsName) {
        return root.issue(new VerifierCertificateRequest(SubjectName.of("Test Verifier"), dnsName, Duration.ofDays(10)));
    }

    /** @return a server SSL context with a certificate for localhost */
    public SSLContext serverContext() {
        IssuedCertificate tls = root.issueServerCertificate(new ServerCertificateRequest("localhost", List.of(), Duration.ofDays(1)));
        try {
            KeyStore store = Pkcs12Stores.load(Pkcs12Stores.keyStore("tls", tls.privateKey(), tls.chain(), PASSWORD), PASSWORD);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return an HTTP client that trusts this CA only */
    public HttpClient client() {
        try {
            KeyStore store = Pkcs12Stores.load(Pkcs12Stores.trustStore(Map.of("root", root()), PASSWORD), PASSWORD);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
