package io.sigillum.gateway.refusals;

import io.helidon.config.Config;

/**
 * How large a request may be.
 *
 * @param maxBodyBytes   {@code server.max-payload-size} (Helidon's own key), 1 MiB unless set:
 *                       larger bodies are answered 413, by declared length before any route runs,
 *                       chunked ones once the limit is read
 * @param maxHeaderBytes {@code sigillum.gateway.max-header-size}, 16 KiB unless set: a larger
 *                       header section is answered 431 (RFC 6585 §5)
 * @param parserHeaderBytes {@code server.protocols.http_1_1.max-headers-size}: where Helidon stops
 *                       reading a header section (and answers a bare 400); above the 431 limit,
 *                       four times it unless set, so the 431 is what clients meet
 */
public record RequestLimits(long maxBodyBytes, int maxHeaderBytes, int parserHeaderBytes) {

    static final long DEFAULT_MAX_BODY = 1024 * 1024;
    static final int DEFAULT_MAX_HEADER = 16 * 1024;

    public RequestLimits {
        if (maxBodyBytes < 0 || maxHeaderBytes <= 0 || parserHeaderBytes <= maxHeaderBytes) {
            throw new IllegalArgumentException("request limits: server.max-payload-size must be 0 or more and "
                    + "server.protocols.http_1_1.max-headers-size above sigillum.gateway.max-header-size ("
                    + maxHeaderBytes + ")");
        }
    }

    public static RequestLimits from(Config config) {
        long body = config.get("server.max-payload-size").asLong().orElse(DEFAULT_MAX_BODY);
        int header = config.get("sigillum.gateway.max-header-size").asInt().orElse(DEFAULT_MAX_HEADER);
        int parser = config.get("server.protocols.http_1_1.max-headers-size").asInt().orElse(4 * header);
        return new RequestLimits(body, header, parser);
    }
}
