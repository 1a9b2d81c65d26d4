package io.sigillum.gateway.status;

/**
 * Which list ids the gateway will look up at all: at most {@value #MAX_LENGTH} characters of
 * {@code [A-Za-z0-9_-]} (the status API's own bound). Anything else is answered 404 at once, so
 * garbage reaches neither the cache nor the status service.
 */
final class ListIds {

    static final int MAX_LENGTH = 64;

    private ListIds() {
    }

    static boolean acceptable(String listId) {
        if (listId == null || listId.isEmpty() || listId.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < listId.length(); i++) {
            char c = listId.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
