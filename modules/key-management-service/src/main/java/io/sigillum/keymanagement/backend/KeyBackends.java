package io.sigillum.keymanagement.backend;

import io.sigillum.crypto.pkcs11.Pkcs11Config;
import io.sigillum.crypto.pkcs11.Pkcs11Exception;
import io.sigillum.crypto.pkcs11.Pkcs11Token;
import io.sigillum.keymanagement.backend.pkcs11.Pkcs11Backend;
import io.sigillum.keymanagement.backend.software.MasterKeySource;
import io.sigillum.keymanagement.backend.software.SoftwareBackend;
import io.sigillum.keymanagement.key.KeyPurpose;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
    private Pkcs11Token token;

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
        config.getOptionalValue("sigillum.kms.pkcs11.library", String.class).filter(library -> !library.isBlank())
                .ifPresent(library -> backends.put(Pkcs11Backend.NAME, new Pkcs11Backend(openToken(library))));
        for (KeyPurpose purpose : KeyPurpose.values()) {
            // A purpose configured for a backend this service does not run fails the start, not the first key.
            forPurpose(purpose.value());
        }
        LOG.info(() -> "key backends: " + backends.keySet() + "; default " + defaultName());
    }

    private Pkcs11Token openToken(String library) {
        long slot = config.getOptionalValue("sigillum.kms.pkcs11.slot", Long.class)
                .orElseThrow(() -> new KeyBackendException("sigillum.kms.pkcs11.slot is not set (the HSM slot id)"));
        char[] pin = config.getOptionalValue("sigillum.kms.pkcs11.pin", String.class)
                .orElseThrow(() -> new KeyBackendException("sigillum.kms.pkcs11.pin is not set (the HSM user PIN, a secret)"))
                .toCharArray();
        try {
            token = Pkcs11Token.open(Pkcs11Config.of(Path.of(library), slot), pin);
            return token;
        } catch (Pkcs11Exception e) {
            throw new KeyBackendException("cannot open the HSM: " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(pin, '\0');
        }
    }

    @PreDestroy
    void close() {
        if (token != null) {
            token.close();
        }
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
