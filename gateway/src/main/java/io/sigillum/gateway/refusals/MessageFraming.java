package io.sigillum.gateway.refusals;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;

import java.util.List;

/**
 * Whether a request's body boundaries are unambiguous. Helidon reads a body as chunked when
 * {@code Transfer-Encoding: chunked} is present and ignores {@code Content-Length} then; another
 * server on the path may read the other one, and the bytes left over become a smuggled request.
 * RFC 9112 §6.1 lets a server refuse such a request and requires it to close the connection;
 * §6.3 makes any transfer coding other than a final {@code chunked} a 400.
 */
final class MessageFraming {

    private MessageFraming() {
    }

    /** Why the framing is refused, or null when it is sound. */
    static String refusal(Headers headers) {
        if (!headers.contains(HeaderNames.TRANSFER_ENCODING)) {
            return null;
        }
        if (headers.contains(HeaderNames.CONTENT_LENGTH)) {
            return "The request has both Content-Length and Transfer-Encoding (RFC 9112 §6.1).";
        }
        List<String> codings = headers.all(HeaderNames.TRANSFER_ENCODING, List::of);
        if (codings.size() != 1 || !codings.getFirst().strip().equals("chunked")) {
            return "The only transfer coding accepted is chunked (RFC 9112 §6.3).";
        }
        return null;
    }
}
