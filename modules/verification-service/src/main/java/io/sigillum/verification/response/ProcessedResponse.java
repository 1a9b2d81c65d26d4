package io.sigillum.verification.response;

import java.util.Optional;

/**
 * What a processed response tells the wallet, once the transaction's end is committed.
 *
 * @param redirectUri same-device and verified: where the wallet sends the user (OpenID4VP 1.0 §8.2)
 * @param refusal     the presentation failed its checks: why, in the words of the failure reasons
 *                    alone (the relying party reads the details); the wallet is answered with an
 *                    error rather than a 200 it could take for acceptance
 */
record ProcessedResponse(Optional<String> redirectUri, Optional<String> refusal) {
}
