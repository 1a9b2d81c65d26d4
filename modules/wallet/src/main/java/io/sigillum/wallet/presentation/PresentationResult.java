package io.sigillum.wallet.presentation;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one presentation did: to whom, what was sent, and where the Verifier wants the End-User next.
 *
 * @param clientId     the Verifier's {@code client_id}, with its prefix
 * @param responseUri  where the response was posted
 * @param responseMode {@code direct_post} or {@code direct_post.jwt}
 * @param vpToken      the VP Token sent: Credential Query id → presentations (OID4VP 1.0 §8.1); empty when an
 *                     error was sent instead, or when a previous response was replayed
 * @param error        the error response sent instead of a VP Token (§8.5), e.g. {@code access_denied}
 *                     when no held credential satisfies the query
 * @param redirectUri  the {@code redirect_uri} of the Verifier's answer (§8.2), if any
 */
public record PresentationResult(String clientId, URI responseUri, String responseMode, Map<String, List<String>> vpToken,
                                 Optional<String> error, Optional<URI> redirectUri) {

    /** Checks that nothing is null and copies the VP Token, keeping its order. */
    public PresentationResult {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(responseUri, "responseUri");
        Objects.requireNonNull(responseMode, "responseMode");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        vpToken.forEach((id, presentations) -> copy.put(id, List.copyOf(presentations)));
        vpToken = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(redirectUri, "redirectUri");
    }

    /** @return whether presentations were sent (rather than an error) */
    public boolean presented() {
        return error.isEmpty();
    }

    /** @return a summary without the presentations, which carry personal data */
    @Override
    public String toString() {
        return "PresentationResult[" + clientId + ", " + responseMode + ", " + (error.isPresent() ? "error " + error.get()
                : "presented " + vpToken.keySet()) + redirectUri.map(r -> ", redirect " + r).orElse("") + "]";
    }
}
