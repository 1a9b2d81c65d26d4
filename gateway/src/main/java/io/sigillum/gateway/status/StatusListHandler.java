package io.sigillum.gateway.status;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * {@code GET /status-lists/{listId}} at the edge: the same contract as the status service's
 * (draft-ietf-oauth-status-list §8.1; JWT or CWT by {@code Accept}, {@code ETag}, {@code If-None-Match}
 * → 304, {@code Cache-Control: max-age}), answered from {@link StatusListCache}, with {@code Age}
 * and {@value CacheState#HEADER_NAME} saying how fresh the answer is and where it came from.
 */
final class StatusListHandler implements Handler {

    // The answer depends on Accept: shared caches downstream must key on it too.
    private static final Header VARY = HeaderValues.createCached(HeaderNames.VARY, "Accept");
    private static final Header STALE_CACHE_CONTROL = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "max-age=0");

    private final StatusListCache cache;
    private final ForwardUncached uncached;
    private final LongSupplier clock;

    /** @param uncached where requests with a query go, or null when no status service is configured */
    StatusListHandler(StatusListCache cache, ForwardUncached uncached, LongSupplier clock) {
        this.cache = cache;
        this.uncached = uncached;
        this.clock = clock;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        String listId = request.path().pathParameters().get("listId");
        if (!ListIds.acceptable(listId)) {
            StatusProblems.unknownList(response);
            return;
        }
        String query = request.query().rawValue();
        if (!query.isEmpty()) {
            if (query.length() > ForwardUncached.MAX_QUERY) {
                StatusProblems.invalidQuery(response);
            } else if (uncached == null) {
                StatusProblems.badGateway(response);
            } else {
                uncached.forward(listId, query, request, response);
            }
            return;
        }
        Optional<TokenForm> form = AcceptedForm.choose(request.headers().first(HeaderNames.ACCEPT).orElse(null));
        if (form.isEmpty()) {
            StatusProblems.notAcceptable(response);
            return;
        }
        switch (cache.answer(listId, form.get())) {
            case StatusListCache.Answer.Served served -> serve(request, response, served);
            case StatusListCache.Answer.Absent absent -> {
                response.header(absent.state().header());
                StatusProblems.unknownList(response);
            }
            case StatusListCache.Answer.Unavailable unavailable -> {
                if (unavailable.timedOut()) {
                    StatusProblems.gatewayTimeout(response);
                } else {
                    StatusProblems.badGateway(response);
                }
            }
        }
    }

    private void serve(ServerRequest request, ServerResponse response, StatusListCache.Answer.Served served) {
        CachedToken token = served.token();
        long now = clock.getAsLong();
        response.header(VARY)
                .header(served.state().header())
                .header(served.state() == CacheState.STALE ? STALE_CACHE_CONTROL : token.cacheControl(now))
                .header(token.age(now));
        if (token.etagHeader() != null) {
            response.header(token.etagHeader());
            Optional<String> ifNoneMatch = request.headers().first(HeaderNames.IF_NONE_MATCH);
            if (ifNoneMatch.isPresent() && EntityTags.matches(ifNoneMatch.get(), token.etag())) {
                response.status(Status.NOT_MODIFIED_304).send();
                return;
            }
        }
        response.header(token.form().contentType()).header(token.contentLength());
        // The output stream wraps the held bytes; send(byte[]) would copy them into a fresh buffer per answer.
        try (OutputStream out = response.outputStream()) {
            out.write(token.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
