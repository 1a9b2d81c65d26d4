package io.sigillum.wallet.dpop;

import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Urls;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest {@code DPoP-Nonce} each server sent (RFC 9449 §8.2: a server may send a new nonce on
 * any response, and the client uses the latest in its next proof to that server). A server is an
 * origin: scheme, host and port.
 */
public final class DpopNonces {

    private final Map<String, String> latest = new ConcurrentHashMap<>();

    /** @return the latest nonce the server of this URI sent, if any */
    public Optional<String> forTarget(URI target) {
        return Optional.ofNullable(latest.get(Urls.origin(target)));
    }

    /** Remembers the reply's {@code DPoP-Nonce}, if it has one. */
    public void observe(HttpReply reply) {
        reply.header(DpopSpec.NONCE_HEADER).filter(nonce -> !nonce.isBlank())
                .ifPresent(nonce -> latest.put(Urls.origin(reply.uri()), nonce));
    }
}
