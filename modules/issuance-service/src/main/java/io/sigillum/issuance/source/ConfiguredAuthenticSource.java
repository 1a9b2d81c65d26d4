package io.sigillum.issuance.source;

import io.sigillum.issuance.configuration.CredentialConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The authentic source issuance asks: {@code sigillum.issuance.authentic-source} is
 * {@code database} (the default) or {@code http}.
 */
@ApplicationScoped
public class ConfiguredAuthenticSource {

    private final AuthenticSource source;

    @Inject
    ConfiguredAuthenticSource(@ConfigProperty(name = "sigillum.issuance.authentic-source", defaultValue = "database") String kind,
                              People people, HttpAuthenticSource http) {
        this.source = switch (kind) {
            case "database" -> people;
            case "http" -> http;
            default -> throw new IllegalStateException("sigillum.issuance.authentic-source is database or http, not " + kind);
        };
    }

    /** See {@link AuthenticSource#attributes}. */
    public SourceAnswer attributes(String subject, CredentialConfiguration configuration) {
        return source.attributes(subject, configuration);
    }
}
