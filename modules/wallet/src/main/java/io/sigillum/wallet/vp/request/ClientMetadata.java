package io.sigillum.wallet.vp.request;

import com.nimbusds.jose.jwk.JWKSet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of {@code client_metadata} (§5.1) the wallet acts on.
 *
 * @param jwks      the Verifier's keys for response encryption, if any
 * @param encValues {@code encrypted_response_enc_values_supported}, {@code [A128GCM]} when absent (§8.3)
 */
public record ClientMetadata(Optional<JWKSet> jwks, List<String> encValues) {

    /** No metadata: no keys, the default {@code enc}. */
    public static final ClientMetadata NONE = new ClientMetadata(Optional.empty(), List.of(Oid4vpSpec.DEFAULT_ENC));

    /** Checks that nothing is null and copies the list. */
    public ClientMetadata {
        Objects.requireNonNull(jwks, "jwks");
        encValues = List.copyOf(encValues);
    }
}
