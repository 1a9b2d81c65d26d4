package io.sigillum.benchmarks.verification;

import io.sigillum.crypto.keystore.Pkcs12Stores;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.ServerCertificateRequest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The run's own TLS: a CA made for this run, one server key store every service serves with
 * (its certificate names {@code localhost} and {@code 127.0.0.1}), and a trust store with the CA
 * that the services' outbound clients and this run's clients trust. TLS is not optional here: the
 * test wallet speaks to issuers and verifiers over {@code https} only, and the verifier fetches
 * status lists over {@code https} only, as a deployment does.
 */
final class RunTls {

    /** Alias of the key entry, as the dev stack names it. */
    static final String KEY_ALIAS = "tls";
    /** The environment variable MicroProfile Config maps to {@code sigillum.tls.password}. */
    static final String PASSWORD_ENV = "SIGILLUM_TLS_PASSWORD";

    private final Path keyStore;
    private final Path trustStore;
    private final String password;
    private final SSLContext clientContext;

    private RunTls(Path keyStore, Path trustStore, String password, SSLContext clientContext) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
        this.password = password;
        this.clientContext = clientContext;
    }

    /** Makes the CA, the stores (in {@code directory}) and a client context that trusts the CA. */
    static RunTls create(Path directory) throws IOException, GeneralSecurityException {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum verification run CA", Duration.ofDays(2));
        IssuedCertificate server = ca.issueServerCertificate(
                new ServerCertificateRequest("sigillum verification run", List.of(), Duration.ofDays(1)));
        Path keyStore = directory.resolve("server.p12");
        Files.write(keyStore, Pkcs12Stores.keyStore(KEY_ALIAS, server.privateKey(), server.chain(), password.toCharArray()));
        Path trustStore = directory.resolve("truststore.p12");
        byte[] trust = Pkcs12Stores.trustStore(Map.of("run-ca", ca.certificate()), password.toCharArray());
        Files.write(trustStore, trust);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(Pkcs12Stores.load(trust, password.toCharArray()));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return new RunTls(keyStore, trustStore, password, context);
    }

    /**
     * @return the properties that make a service serve TLS with the run's key and trust the run's
     *         CA on its outbound calls; the passphrase comes from {@link #environment()}
     */
    Map<String, String> serviceProperties() {
        return Map.of(
                "server.tls.private-key.keystore.resource.path", keyStore.toAbsolutePath().toString(),
                "server.tls.private-key.keystore.key.alias", KEY_ALIAS,
                "server.tls.private-key.keystore.passphrase", "${sigillum.tls.password}",
                "sigillum.tls.trust-store.path", trustStore.toAbsolutePath().toString());
    }

    /** @return the password, handed over in the environment rather than on the command line */
    Map<String, String> environment() {
        return Map.of(PASSWORD_ENV, password);
    }

    /** @return an HTTP/1.1 client trusting the run's CA */
    HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(clientContext)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }
}
