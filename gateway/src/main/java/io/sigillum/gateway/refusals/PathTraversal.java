package io.sigillum.gateway.refusals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request path could name something outside the route it matches once an upstream
 * decodes and normalises it (RFC 3986 §5.2.4 removes dot-segments). The gateway matches routes on
 * the raw path and forwards it unchanged, so any segment that is, or decodes to, {@code .} or
 * {@code ..}, or that hides a separator ({@code %2f}, a backslash, NUL), is refused rather than
 * guessed at.
 */
final class PathTraversal {

    /** Encoded more deeply than this, a segment is refused unread: no honest client does it. */
    private static final int DECODE_ROUNDS = 3;

    private PathTraversal() {
    }

    /** @param rawPath the path as the client sent it, still percent-encoded, without the query */
    static boolean refused(String rawPath) {
        if (rawPath.indexOf('\\') >= 0) {
            return true; // some servers (and every Windows path API) read it as '/'
        }
        for (String segment : rawPath.split("/", -1)) {
            if (unsafe(segment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unsafe(String raw) {
        String segment = raw;
        for (int round = 0; ; round++) {
            if (isDot(segment)) {
                return true;
            }
            if (round > 0 && (segment.indexOf('/') >= 0 || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0)) {
                return true; // a separator that only appears once decoded
            }
            if (segment.indexOf('%') < 0) {
                return false;
            }
            if (round == DECODE_ROUNDS) {
                return true;
            }
            try {
                // Some stacks decode twice (%252e%252e): every round is checked, not only the first.
                segment = URLDecoder.decode(segment, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return true;
            }
        }
    }

    /** {@code .} or {@code ..}, also before matrix parameters ({@code ..;x}), which some servers strip. */
    private static boolean isDot(String segment) {
        int semicolon = segment.indexOf(';');
        String name = semicolon < 0 ? segment : segment.substring(0, semicolon);
        return name.equals(".") || name.equals("..");
    }
}
