package io.sigillum.verification.outbound;

import io.sigillum.platform.outbound.OutboundHttpClients;
import io.sigillum.platform.outbound.TokenFile;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.http.HttpClient;
import java.util.Optional;

/**
 * The one HTTP client this service calls key management, the trust registry and status lists
 * with (trusting the deployment's CA when one is configured), and its service token
 * ({@code sigillum.verification.service-token-file}: roles {@code kms-signer} and
 * {@code verifier-rp}), read again when the deployment renews the file.
 */
@ApplicationScoped
public class OutboundHttp {

    private final HttpClient client = OutboundHttpClients.client(ConfigProvider.getConfig());
    private final Optional<TokenFile> token = ConfigProvider.getConfig()
            .getOptionalValue("sigillum.verification.service-token-file", String.class).map(TokenFile::new);

    public HttpClient client() {
        return client;
    }

    /** The current service token. */
    public String token() {
        return token.orElseThrow(() -> new IllegalStateException("sigillum.verification.service-token-file is not set")).get();
    }
}
