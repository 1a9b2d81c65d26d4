package io.sigillum.e2e.stack;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;

/**
 * An HTTPS client that trusts only the development CA, given as the PEM that {@code sigillum ca}
 * prints, with hostname verification on: what a user's curl or wallet does with that CA.
 */
public final class DevCaClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;

    /** @param caPem the CA certificate, PEM */
    public DevCaClient(String caPem) {
        this.client = HttpClient.newBuilder()
                .sslContext(trusting(caPem))
                .connectTimeout(TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * @param uri         what to GET
     * @param bearerToken an access token, or null for none
     * @return the answer
     */
    public HttpResponse<String> get(URI uri, String bearerToken) {
        return get(uri, bearerToken, "application/json");
    }

    /**
     * @param uri         an https URL of the stack
     * @param bearerToken an access token, or null for none
     * @param accept      the media type asked for
     * @return the answer
     */
    public HttpResponse<String> get(URI uri, String bearerToken, String accept) {
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET(), bearerToken);
    }

    /**
     * @param uri         an https URL of the stack
     * @param bearerToken an access token, or null for none
     * @param json        the request body
     * @return the answer
     */
    public HttpResponse<String> post(URI uri, String bearerToken, String json) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), bearerToken);
    }

    /**
     * @param uri         an https URL of the stack
     * @param bearerToken an access token, or null for none
     * @param json        the request body
     * @return the answer
     */
    public HttpResponse<String> put(URI uri, String bearerToken, String json) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), bearerToken);
    }

    /** The client itself, trusting the development CA: for a wallet talking to the stack. */
    public HttpClient client() {
        return client;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearerToken) {
        request.timeout(TIMEOUT);
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        HttpRequest built = request.build();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(built.method() + " " + built.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + built.method() + " " + built.uri(), e);
        }
    }

    private static SSLContext trusting(String caPem) {
        try {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)));
            if (certificates.isEmpty()) {
                throw new AssertionError("sigillum ca printed no certificate:\n" + caPem);
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("dev-ca-" + i++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new AssertionError("cannot trust the CA that sigillum ca printed: " + e, e);
        }
    }
}
