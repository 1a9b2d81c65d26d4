package io.sigillum.wallet.metadata;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Credential Issuer Metadata (OID4VCI 1.0 §12.2.4), as far as this wallet uses it.
 *
 * @param credentialIssuer     {@code credential_issuer}
 * @param authorizationServers {@code authorization_servers}, empty when the issuer is its own
 * @param credentialEndpoint   {@code credential_endpoint}
 * @param nonceEndpoint        {@code nonce_endpoint}
 * @param deferredEndpoint     {@code deferred_credential_endpoint}
 * @param notificationEndpoint {@code notification_endpoint}
 * @param batchSize            {@code batch_credential_issuance.batch_size}
 * @param configurations       {@code credential_configurations_supported} by identifier
 */
public record IssuerMetadata(String credentialIssuer, List<String> authorizationServers, URI credentialEndpoint,
                             Optional<URI> nonceEndpoint, Optional<URI> deferredEndpoint, Optional<URI> notificationEndpoint,
                             Optional<Integer> batchSize, Map<String, CredentialConfiguration> configurations) {

    /** Checks that nothing is null and copies the collections. */
    public IssuerMetadata {
        Objects.requireNonNull(credentialIssuer, "credentialIssuer");
        authorizationServers = List.copyOf(authorizationServers);
        Objects.requireNonNull(credentialEndpoint, "credentialEndpoint");
        Objects.requireNonNull(nonceEndpoint, "nonceEndpoint");
        Objects.requireNonNull(deferredEndpoint, "deferredEndpoint");
        Objects.requireNonNull(notificationEndpoint, "notificationEndpoint");
        Objects.requireNonNull(batchSize, "batchSize");
        configurations = Map.copyOf(configurations);
    }
}
