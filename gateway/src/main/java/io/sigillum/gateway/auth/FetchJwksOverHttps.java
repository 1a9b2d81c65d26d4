package io.sigillum.gateway.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Fetches a JWKS with the gateway's web client (its trust store, no redirects: a redirect could
 * lead off https), within a size limit and a deadline for the whole answer: the read timeout alone
 * would let a server that trickles a byte at a time hold the fetch for ever.
 */
final class FetchJwksOverHttps implements FetchJwks {

    /** RFC 7517 §8.5.1; identity providers mostly answer plain JSON, which is accepted as well. */
    private static final String ACCEPT = "application/jwk-set+json, application/json";

    private final WebClient client;
    private final URI uri;
    private final int maxBytes;
    private final Duration deadline;

    /**
     * @param client   a client with the connect and read timeouts set, following no redirects
     * @param maxBytes the largest document accepted
     * @param deadline the time the whole answer may take
     */
    FetchJwksOverHttps(WebClient client, URI uri, int maxBytes, Duration deadline) {
        this.client = client;
        this.uri = uri;
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    @Override
    public String fetch() throws JwksFetchFailed {
        long end = System.nanoTime() + deadline.toNanos();
        try (HttpClientResponse response = client.get(uri.toString()).header(HeaderNames.ACCEPT, ACCEPT).request()) {
            int status = response.status().code();
            if (status != 200) {
                throw new JwksFetchFailed("the server answered " + status);
            }
            OptionalLong length = response.headers().contentLength();
            if (length.isPresent() && length.getAsLong() > maxBytes) {
                throw new JwksFetchFailed("the JWKS is " + length.getAsLong() + " bytes, more than jwks-max-size " + maxBytes);
            }
            // RFC 8259 §8.1: JSON exchanged between systems is UTF-8.
            return new String(readAtMost(response.inputStream(), end), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // The exception's class says enough (refused, timed out, TLS); its message may quote the peer.
            throw new JwksFetchFailed("the JWKS could not be fetched (" + e.getClass().getSimpleName() + ")");
        }
    }

    private byte[] readAtMost(InputStream body, long end) throws IOException, JwksFetchFailed {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            read.write(buffer, 0, n);
            if (read.size() > maxBytes) {
                throw new JwksFetchFailed("the JWKS is more than jwks-max-size " + maxBytes + " bytes");
            }
            if (System.nanoTime() - end > 0) {
                throw new JwksFetchFailed("the JWKS took longer than jwks-timeout " + deadline);
            }
        }
        return read.toByteArray();
    }
}
