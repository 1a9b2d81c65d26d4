package io.sigillum.keymanagement.backend;

import io.sigillum.keymanagement.backend.software.MasterKeySource;
import io.sigillum.keymanagement.backend.software.SoftwareBackend;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The backends this service runs with, and which one each purpose uses:
 * {@code sigillum.kms.backend.<purpose>}, else {@code sigillum.kms.backend} ({@code software}).
 * Opened at start-up, so a missing master key or HSM stops the service with one clear line
 * instead of failing the first signature.
 */
@ApplicationScoped
public class KeyBackends {

    private static final Logger LOG = Logger.getLogger(KeyBackends.class.getName());

    private final Config config;
    private final Map<String, KeyBackend> backends = new ConcurrentHashMap<>();

    @Inject
    KeyBackends(Config config) {
        this.config = config;
    }

    @PostConstruct
    void open() {
        MasterKeySource source = new MasterKeySource(
                config.getOptionalValue("sigillum.kms.master-key", String.class),
                Path.of(config.getValue("sigillum.kms.master-key-file", String.class)),
                config.getValue("sigillum.kms.master-key.generate", Boolean.class),
                config.getValue("sigillum.kms.master-key.allow-weak", Boolean.class));
        SoftwareBackend software = new SoftwareBackend(source.load());
        backends.put(software.name(), software);
        LOG.info(() -> "key backends: " + backends.keySet() + "; default " + defaultName());
    }

    /** Opens the backends when the application starts, not at the first request. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        named(defaultName());
    }

    /** @return the backend that makes new keys of this purpose */
    public KeyBackend forPurpose(String purpose) {
        return named(config.getOptionalValue("sigillum.kms.backend." + purpose, String.class).orElseGet(this::defaultName));
    }

    /**
     * @return the backend of this name
     * @throws KeyBackendException when it is not configured in this service
     */
    public KeyBackend named(String name) {
        return Optional.ofNullable(backends.get(name))
                .orElseThrow(() -> new KeyBackendException("key backend '" + name + "' is not configured in this service"));
    }

    private String defaultName() {
        return config.getOptionalValue("sigillum.kms.backend", String.class).orElse(SoftwareBackend.NAME);
    }
}
