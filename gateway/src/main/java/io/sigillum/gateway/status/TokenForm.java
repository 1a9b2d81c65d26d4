package io.sigillum.gateway.status;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;

/** The two forms of a Status List Token (draft-ietf-oauth-status-list §5.1, §5.2, §14) and their media types. */
public enum TokenForm {
    JWT("application/statuslist+jwt"),
    CWT("application/statuslist+cwt");

    private final String mediaType;
    // Built once: every answer and every upstream request carries one of these.
    private final Header contentType;
    private final Header accept;

    TokenForm(String mediaType) {
        this.mediaType = mediaType;
        this.contentType = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, mediaType);
        this.accept = HeaderValues.createCached(HeaderNames.ACCEPT, mediaType);
    }

    public String mediaType() {
        return mediaType;
    }

    Header contentType() {
        return contentType;
    }

    Header accept() {
        return accept;
    }
}
