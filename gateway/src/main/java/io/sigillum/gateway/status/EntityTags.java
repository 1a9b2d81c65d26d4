package io.sigillum.gateway.status;

/** {@code If-None-Match} evaluation (RFC 9110 §13.1.2). */
final class EntityTags {

    private EntityTags() {
    }

    /**
     * @param ifNoneMatch the request's header value: {@code *}, or a comma-separated list of entity tags
     * @param etag        the current representation's (strong) entity tag, quoted
     * @return whether the client holds the current representation. Weak tags ({@code W/"…"}) are
     *         compared weakly, as §13.1.2 asks for this header.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        int start = 0;
        while (start <= ifNoneMatch.length()) {
            int comma = ifNoneMatch.indexOf(',', start);
            int end = comma < 0 ? ifNoneMatch.length() : comma;
            String tag = ifNoneMatch.substring(start, end).strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
