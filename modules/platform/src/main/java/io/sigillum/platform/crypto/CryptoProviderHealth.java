package io.sigillum.platform.crypto;

import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Reports the active cryptographic provider in {@code /health/live}. Always up: the JDK's
 * provider is slower, not wrong; the {@code fast} flag says which one signs.
 */
@Liveness
@ApplicationScoped
class CryptoProviderHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        ActiveProvider provider = CryptoProviders.active();
        var response = HealthCheckResponse.named("crypto-provider")
                .withData("provider", provider.name())
                .withData("version", provider.version())
                .withData("fast", provider.fast());
        if (!provider.fast() && provider.reason() != null) {
            response.withData("reason", provider.reason());
        }
        return response.up().build();
    }
}
