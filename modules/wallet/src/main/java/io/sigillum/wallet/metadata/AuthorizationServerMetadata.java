package io.sigillum.wallet.metadata;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * OAuth 2.0 Authorization Server Metadata (RFC 8414 §2), as far as this wallet uses it.
 *
 * @param issuer          {@code issuer}
 * @param tokenEndpoint   {@code token_endpoint}
 * @param grantTypes      {@code grant_types_supported}, if given
 * @param dpopAlgorithms  {@code dpop_signing_alg_values_supported} (RFC 9449 §5.1), if given
 */
public record AuthorizationServerMetadata(String issuer, URI tokenEndpoint, Optional<List<String>> grantTypes,
                                          Optional<List<String>> dpopAlgorithms) {

    /** Checks that nothing is null. */
    public AuthorizationServerMetadata {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(grantTypes, "grantTypes");
        Objects.requireNonNull(dpopAlgorithms, "dpopAlgorithms");
    }
}
