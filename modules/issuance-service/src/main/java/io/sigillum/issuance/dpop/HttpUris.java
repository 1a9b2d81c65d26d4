package io.sigillum.issuance.dpop;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The comparison form of an {@code http} or {@code https} URI for the {@code htu} check
 * (RFC 9449 §4.3 check 9): query and fragment dropped, then RFC 3986 syntax-based normalization
 * (§6.2.2: case, percent-encoding, dot segments) and scheme-based normalization (§6.2.3: default
 * port, empty path).
 */
final class HttpUris {

    private HttpUris() {
    }

    /**
     * @param text an {@code htu} claim
     * @return its comparison form
     * @throws IllegalArgumentException when it is not an absolute http(s) URI with a host
     */
    static String normalize(String text) {
        try {
            return normalize(new URI(text));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI");
        }
    }

    /**
     * @param uri an absolute http(s) URI
     * @return its comparison form
     * @throws IllegalArgumentException when it is not an absolute http(s) URI with a host
     */
    static String normalize(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> throw new IllegalArgumentException("not an http or https URI");
        };
        if (uri.isOpaque() || uri.getHost() == null) {
            throw new IllegalArgumentException("not a URI with a host");
        }
        StringBuilder normal = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            normal.append(percentEncoding(uri.getRawUserInfo())).append('@');
        }
        normal.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() != -1 && uri.getPort() != defaultPort) {
            normal.append(':').append(uri.getPort());
        }
        String path = removeDotSegments(percentEncoding(uri.getRawPath() == null ? "" : uri.getRawPath()));
        return normal.append(path.isEmpty() ? "/" : path).toString();
    }

    /** RFC 3986 §6.2.2.1–2: upper-case hex digits, and unreserved characters decoded. */
    private static String percentEncoding(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int value = Integer.parseInt(raw, i + 1, i + 3, 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** RFC 3986 §2.3. */
    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** RFC 3986 §5.2.4, on the segments of an absolute path. */
    static String removeDotSegments(String path) {
        Deque<String> output = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        // segments[0] is empty: the path is empty or starts with '/'.
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    output.addLast("");
                }
            } else if (segment.equals("..")) {
                output.pollLast();
                if (last) {
                    output.addLast("");
                }
            } else {
                output.addLast(segment);
            }
        }
        return output.isEmpty() ? "" : "/" + String.join("/", output);
    }
}
