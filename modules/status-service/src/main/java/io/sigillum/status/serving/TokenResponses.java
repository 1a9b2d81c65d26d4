package io.sigillum.status.serving;

import io.sigillum.status.entry.StatusProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;

/**
 * Answers {@code GET /status-lists/{listId}}: the list's current token from memory (draft §8.1), JWT or
 * CWT by {@code Accept}, with an {@code ETag} per form and {@code Cache-Control: max-age} from the
 * token's {@code ttl}; {@code If-None-Match} answers 304. No database, no key-management call.
 */
@ApplicationScoped
public class TokenResponses {

    private static final MediaType JWT = MediaType.valueOf(TokenForm.JWT.mediaType());
    private static final MediaType CWT = MediaType.valueOf(TokenForm.CWT.mediaType());

    private final ServedTokens served;
    private final TokenHistory history;
    private final boolean historical;

    @Inject
    TokenResponses(ServedTokens served, TokenHistory history,
                   @ConfigProperty(name = "sigillum.status.historical-resolution", defaultValue = "false") boolean historical) {
        this.served = served;
        this.history = history;
        this.historical = historical;
    }

    /**
     * @param listId      the list
     * @param time        the request's {@code time} (unix seconds, draft §8.4), or null for the current token
     * @param ifNoneMatch the request's {@code If-None-Match}, or null
     * @param acceptable  the request's acceptable media types, most preferred first
     * @return 200 with the token, or 304
     */
    public Response respond(String listId, String time, String ifNoneMatch, List<MediaType> acceptable) {
        ServedToken current = served.get(listId).orElseThrow(StatusProblems::unknownList);
        if (time != null && !historical) {
            throw StatusProblems.historyNotOffered();
        }
        ServedToken token = time == null ? current : validAt(current, HistoricalTime.parse(time));
        TokenForm form = form(acceptable);
        String etag = token.etag(form);
        String cacheControl = token.cacheControl(Instant.now());
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        // Vary: the answer depends on Accept, so a shared cache must not hand a CWT to a JWT client.
        return Response.ok(token.body(form), form.mediaType()).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /**
     * The token valid at {@code time}: the current one from memory when it covers the time, else
     * the database's (past tokens are asked for rarely); 406 when none was valid then (§8.4).
     */
    private ServedToken validAt(ServedToken current, Instant time) {
        if (current.validAt(time)) {
            return current;
        }
        return history.issuedBy(current.listId(), time).filter(past -> past.validAt(time))
                .orElseThrow(() -> StatusProblems.noTokenAt(time));
    }

    /** The first acceptable form in the client's order of preference; JWT for a wildcard. */
    static TokenForm form(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(JWT)) {
                return TokenForm.JWT;
            }
            if (type.isCompatible(CWT)) {
                return TokenForm.CWT;
            }
        }
        // JAX-RS answered 406 already when neither form is acceptable; no Accept at all means any.
        return TokenForm.JWT;
    }

    /** RFC 9110 §13.1.2: {@code *}, or a list of entity tags, weak ones compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
