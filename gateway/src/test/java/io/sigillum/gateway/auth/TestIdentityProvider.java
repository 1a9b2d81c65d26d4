package io.sigillum.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.sigillum.crypto.keystore.Pkcs12Stores;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.ServerCertificateRequest;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider for tests: its JWKS at {@code https://127.0.0.1:<port>/jwks}, served by the
 * JDK's HTTPS server with a certificate from a test CA that {@link #trustStore()} holds. The test
 * decides what it publishes, makes it fail, and counts the fetches. RSA tokens are signed by
 * Nimbus, independently of the code under test.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String ISSUER = "https://idp.test.example";
    public static final char[] TRUST_PASSWORD = "changeit".toCharArray();

    private final HttpsServer server;
    private final Path trustStore;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile int status = 200;
    private volatile byte[] body = "{\"keys\":[]}".getBytes(StandardCharsets.UTF_8);
    private volatile boolean declareLength = true;

    public TestIdentityProvider() {
        try {
            CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum test IdP CA", Duration.ofDays(1));
            IssuedCertificate tls = ca.issueServerCertificate(new ServerCertificateRequest("idp", List.of(), Duration.ofDays(1)));
            char[] password = "idp".toCharArray();
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(Pkcs12Stores.load(Pkcs12Stores.keyStore("idp", tls.privateKey(), tls.chain(), password), password), password);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(keys.getKeyManagers(), null, null);
            trustStore = Files.createTempFile("idp-trust-", ".p12");
            trustStore.toFile().deleteOnExit();
            Files.write(trustStore, Pkcs12Stores.trustStore(Map.of("idp-ca", ca.certificate()), TRUST_PASSWORD));
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(ssl));
            server.createContext("/jwks", exchange -> {
                fetches.incrementAndGet();
                byte[] answer = body;
                exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
                // Length 0 makes the JDK's server send the body chunked, with no Content-Length.
                exchange.sendResponseHeaders(status, declareLength ? answer.length : 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWKS URL. */
    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A PKCS#12 trust store (password {@link #TRUST_PASSWORD}) holding the CA of the server's certificate. */
    public Path trustStore() {
        return trustStore;
    }

    /** The gateway's settings to trust this server and take its JWKS, with these algorithms allowed. */
    public Map<String, String> settings(String algorithms) {
        return Map.of("sigillum.gateway.jwt.publickey.location", url(),
                "sigillum.gateway.jwt.issuer", ISSUER,
                "sigillum.gateway.jwt.algorithms", algorithms,
                "sigillum.tls.trust-store.path", trustStore.toString(),
                "sigillum.tls.password", new String(TRUST_PASSWORD));
    }

    /** Publishes these keys' public halves from now on. */
    public void publish(JWK... keys) {
        publishRaw(new JWKSet(Arrays.stream(keys).map(JWK::toPublicJWK).toList()).toString());
        status = 200;
    }

    /** Publishes this text as it is. */
    public void publishRaw(String document) {
        body = document.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers the JWKS request with this status from now on (200 to recover). */
    public void answer(int status) {
        this.status = status;
    }

    /** Whether the answer carries Content-Length (or comes chunked). */
    public void declareLength(boolean declare) {
        this.declareLength = declare;
    }

    /** How many times the JWKS has been requested. */
    public int fetches() {
        return fetches.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A fresh RSA key of this size with a kid, for signing. */
    public static RSAKey rsaKey(String keyId, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).keyUse(KeyUse.SIGNATURE).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token of this issuer with these groups, valid for five minutes from {@code now}, signed by Nimbus. */
    public static String token(RSAKey key, JWSAlgorithm alg, String keyId, Instant now, String... groups) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("rp-1").claim("groups", List.of(groups))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(keyId).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Parses a JWK in a test, where a bad one is the test's own mistake. */
    static JWK jwk(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
