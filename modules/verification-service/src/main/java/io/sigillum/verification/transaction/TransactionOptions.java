package io.sigillum.verification.transaction;

import io.sigillum.verification.protocol.OpenId4VpSpec;

import java.util.Optional;

/**
 * What the relying party chose for a transaction, checked.
 *
 * @param responseMode   {@code direct_post.jwt} or {@code direct_post}
 * @param flow           {@code cross_device} or {@code same_device}
 * @param redirectUri    same-device only: where the wallet sends the user back
 * @param clientIdPrefix {@code x509_hash}, {@code x509_san_dns} or {@code redirect_uri}
 */
public record TransactionOptions(String responseMode, String flow, Optional<String> redirectUri, String clientIdPrefix) {

    public static final String CROSS_DEVICE = "cross_device";
    public static final String SAME_DEVICE = "same_device";

    /** Whether the wallet encrypts its answer (§8.3). */
    public boolean encrypted() {
        return OpenId4VpSpec.DIRECT_POST_JWT.equals(responseMode);
    }
}
