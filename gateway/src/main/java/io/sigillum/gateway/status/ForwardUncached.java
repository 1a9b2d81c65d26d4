package io.sigillum.gateway.status;

import io.helidon.http.ClientResponseHeaders;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests with a query (historical resolution, {@code ?time=}, draft-ietf-oauth-status-list §8.4)
 * ask for a token other than the current one: the cache holds only current tokens, so these go to
 * the status service as they are, uncached, and its answer comes back with
 * {@value CacheState#HEADER_NAME}{@code : bypass}.
 */
final class ForwardUncached {

    /** The aggregation's path, at the gateway and at the status service alike. */
    static final String AGGREGATION_PATH = "/status-list-aggregation";

    /** Longer queries are refused: the status API has one short parameter. */
    static final int MAX_QUERY = 256;

    private static final List<HeaderName> PASSED_BACK = List.of(HeaderNames.CONTENT_TYPE, HeaderNames.ETAG,
            HeaderNames.CACHE_CONTROL, HeaderNames.VARY, HeaderNames.AGE);

    private final WebClient client;
    private final String base;

    ForwardUncached(WebClient client, URI statusService) {
        this.client = client;
        String url = statusService.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** @param rawQuery the request's query, still encoded, at most {@link #MAX_QUERY} characters */
    void forward(String listId, String rawQuery, ServerRequest request, ServerResponse response) {
        URI target;
        try {
            target = URI.create(base + "/status-lists/" + listId + "?" + rawQuery);
        } catch (IllegalArgumentException e) {
            StatusProblems.invalidQuery(response);
            return;
        }
        forward(target, request, response);
    }

    /**
     * The Status List Aggregation (draft §9.3), asked for rarely (a relying party's prefetch), so
     * not cached here; the service serves it from memory. Its query, if any, is not passed on.
     */
    void forwardAggregation(ServerRequest request, ServerResponse response) {
        forward(URI.create(base + AGGREGATION_PATH), request, response);
    }

    private void forward(URI target, ServerRequest request, ServerResponse response) {
        // The query goes on as the client encoded it.
        HttpClientRequest upstream = client.get().skipUriEncoding(true).uri(target);
        request.headers().first(HeaderNames.ACCEPT).ifPresent(accept -> upstream.header(HeaderNames.ACCEPT, accept));
        request.headers().first(HeaderNames.IF_NONE_MATCH).ifPresent(tags -> upstream.header(HeaderNames.IF_NONE_MATCH, tags));
        int status;
        byte[] body;
        List<Header> passed = new ArrayList<>();
        try (HttpClientResponse answer = upstream.request()) {
            status = answer.status().code();
            ClientResponseHeaders headers = answer.headers();
            for (HeaderName name : PASSED_BACK) {
                headers.first(name).ifPresent(value -> passed.add(HeaderValues.create(name, value)));
            }
            try (InputStream in = answer.inputStream()) {
                body = in.readNBytes(FetchStatusListWithWebClient.MAX_BODY + 1);
            }
        } catch (RuntimeException | IOException e) {
            if (timedOut(e)) {
                StatusProblems.gatewayTimeout(response);
            } else {
                StatusProblems.badGateway(response);
            }
            return;
        }
        // 501 is an answer, not a failure: historical resolution is off there (draft §8.4).
        if ((status >= 500 && status != 501) || body.length > FetchStatusListWithWebClient.MAX_BODY) {
            // Upstream's own 5xx bodies may name its internals: the gateway says it in its words.
            StatusProblems.badGateway(response);
            return;
        }
        passed.forEach(response::header);
        response.header(CacheState.BYPASS.header()).status(status);
        if (status == 304) {
            response.send();
        } else {
            response.send(body);
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
