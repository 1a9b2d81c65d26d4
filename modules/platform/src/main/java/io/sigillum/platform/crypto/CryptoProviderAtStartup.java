package io.sigillum.platform.crypto;

import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.util.logging.Logger;

/**
 * Installs the fast JCA provider before anything signs (signers keep the provider that was first
 * when they were made), logs which provider is active, and exposes it as the gauge
 * {@code sigillum_crypto_provider_fast} (1 when the fast provider is active) tagged with its name.
 */
@ApplicationScoped
class CryptoProviderAtStartup {

    private static final Logger LOG = Logger.getLogger(CryptoProviderAtStartup.class.getName());

    private final MetricRegistry metrics;

    @Inject
    CryptoProviderAtStartup(@RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry metrics) {
        this.metrics = metrics;
    }

    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 100) @Initialized(ApplicationScoped.class) Object started) {
        ActiveProvider provider = CryptoProviders.install();
        LOG.info(() -> "cryptographic provider: " + provider);
        metrics.gauge(Metadata.builder().withName("sigillum.crypto.provider.fast")
                        .withDescription("1 while the fast cryptographic provider is the first JCA provider, else 0").build(),
                provider, active -> active.fast() ? 1 : 0,
                new Tag("provider", provider.name()), new Tag("version", provider.version()));
    }
}
