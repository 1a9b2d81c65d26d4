package io.sigillum.platform.outbound;

import io.sigillum.crypto.keystore.Pkcs12Stores;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTP clients for calls to other services: HTTP/1.1, a 2 s connect timeout, and the
 * deployment's trust store ({@code sigillum.tls.trust-store.path}) when one is configured.
 */
public final class OutboundHttpClients {

    private OutboundHttpClients() {
    }

    /** @param config this service's configuration */
    public static HttpClient client(Config config) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2));
        Optional<String> trustStore = config.getOptionalValue("sigillum.tls.trust-store.path", String.class);
        if (trustStore.isPresent()) {
            // The dev stack protects every store with one password, sigillum.tls.password.
            char[] password = config.getOptionalValue("sigillum.tls.trust-store.password", String.class)
                    .or(() -> config.getOptionalValue("sigillum.tls.password", String.class))
                    .orElse("").toCharArray();
            builder.sslContext(trusting(Path.of(trustStore.get()), password));
        }
        return builder.build();
    }

    private static SSLContext trusting(Path trustStore, char[] password) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(Pkcs12Stores.load(Files.readAllBytes(trustStore), password));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the trust store " + trustStore.getFileName(), e);
        }
    }
}
