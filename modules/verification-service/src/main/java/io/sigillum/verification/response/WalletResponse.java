package io.sigillum.verification.response;

import java.util.Optional;

/**
 * The response parameters of an answer, after decryption (OpenID4VP 1.0 §8.1, §8.5).
 *
 * @param vpToken          the {@code vp_token} as JSON text, when presented
 * @param state            the {@code state}
 * @param error            the wallet's error code, when it declined
 * @param errorDescription the wallet's explanation
 */
record WalletResponse(Optional<String> vpToken, Optional<String> state, Optional<String> error,
                      Optional<String> errorDescription) {
}
