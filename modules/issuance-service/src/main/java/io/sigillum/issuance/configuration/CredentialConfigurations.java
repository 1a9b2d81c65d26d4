package io.sigillum.issuance.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configurations this issuer offers: {@code sigillum.issuance.configurations} names them
 * (comma-separated); each is read from {@code <name>.json} in
 * {@code sigillum.issuance.configurations.dir} when set and holding it, else from the ones this
 * service ships ({@code credential-configurations/} on its class path).
 */
@ApplicationScoped
public class CredentialConfigurations {

    private final Map<String, CredentialConfiguration> byId;
    private final List<CredentialConfiguration> ordered;

    @Inject
    CredentialConfigurations(@ConfigProperty(name = "sigillum.issuance.configurations") List<String> names,
                             @ConfigProperty(name = "sigillum.issuance.configurations.dir") Optional<String> directory) {
        Map<String, CredentialConfiguration> read = new LinkedHashMap<>();
        for (String name : names) {
            CredentialConfiguration configuration = ConfigurationFile.parse(name, text(name, directory.map(Path::of)));
            if (read.putIfAbsent(configuration.id(), configuration) != null) {
                throw new IllegalStateException("two credential configurations have the id " + configuration.id());
            }
        }
        this.byId = Map.copyOf(read);
        this.ordered = List.copyOf(read.values());
    }

    /** Every configuration, in the order configured. */
    public Collection<CredentialConfiguration> all() {
        return ordered;
    }

    /** The configuration of that id, if this issuer has it. */
    public Optional<CredentialConfiguration> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    private static String text(String name, Optional<Path> directory) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalStateException("a credential configuration name is letters, digits, '.', '_' and '-': " + name);
        }
        Optional<Path> file = directory.map(d -> d.resolve(name + ".json")).filter(Files::isRegularFile);
        try {
            if (file.isPresent()) {
                return Files.readString(file.get());
            }
            try (InputStream shipped = CredentialConfigurations.class.getResourceAsStream(
                    "/credential-configurations/" + name + ".json")) {
                if (shipped == null) {
                    throw new IllegalStateException("no credential configuration named " + name);
                }
                return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read credential configuration " + name, e);
        }
    }
}
