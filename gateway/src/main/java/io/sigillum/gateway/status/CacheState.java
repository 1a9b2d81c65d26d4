package io.sigillum.gateway.status;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;

/** How an answer was made, as told in {@value #HEADER_NAME}. */
public enum CacheState {
    /** From memory, within upstream's max-age. */
    HIT,
    /** Not held (or changed upstream): fetched from the status service for this request. */
    MISS,
    /** From memory past upstream's max-age: a revalidation is under way, or upstream is failing. */
    STALE,
    /** Past max-age; this request waited for upstream, which answered 304: the held bytes are current. */
    REVALIDATED,
    /** Not a request the cache answers (a historical one, with a query): passed to the status service as it is. */
    BYPASS;

    /** The response header that names the state. */
    public static final String HEADER_NAME = "X-Sigillum-Cache";

    private final Header header = HeaderValues.createCached(HeaderNames.create(HEADER_NAME), name().toLowerCase(java.util.Locale.ROOT));

    Header header() {
        return header;
    }
}
