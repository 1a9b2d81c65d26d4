package io.sigillum.trustregistry.snapshot;

/** {@code If-None-Match} (RFC 9110 §13.1.2): {@code *} or a list of entity tags, compared weakly. */
final class EntityTags {

    private EntityTags() {
    }

    /** @return whether the header names the current tag (quotes included) or is {@code *} */
    static boolean matches(String ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = opaque(currentTag);
        // Our tags hold no commas (digits, '-' and base64url), so a comma only separates tags.
        for (String tag : ifNoneMatch.split(",")) {
            if (opaque(tag.strip()).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    // Weak comparison: W/"x" and "x" match (RFC 9110 §8.8.3.2).
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
