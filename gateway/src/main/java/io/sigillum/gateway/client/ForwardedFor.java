package io.sigillum.gateway.client;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hops a request passed, as the header the proxies in front of the gateway write: the
 * {@code for} parameters of {@code Forwarded} (RFC 7239 §4, §6) or the list of
 * {@code X-Forwarded-For}. First the client as the outermost proxy saw it, last the proxy nearest
 * the gateway. A hop that is not an address ({@code unknown}, an obfuscated identifier, garbage)
 * is empty: nothing to its left can be told apart.
 */
enum ForwardedFor {
    FORWARDED(HeaderNames.FORWARDED),
    X_FORWARDED_FOR(HeaderNames.X_FORWARDED_FOR);

    /** More hops than any real chain of proxies; a longer list is read from its right end only. */
    static final int MAX_HOPS = 32;

    private final HeaderName header;

    ForwardedFor(HeaderName header) {
        this.header = header;
    }

    /** @throws IllegalArgumentException for a name other than {@code forwarded} or {@code x-forwarded-for} */
    static ForwardedFor named(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "forwarded" -> FORWARDED;
            case "x-forwarded-for" -> X_FORWARDED_FOR;
            default -> throw new IllegalArgumentException("not a forwarding header the gateway reads: " + name
                    + " (forwarded or x-forwarded-for)");
        };
    }

    /** The hops in the request's header lines, in order; empty when it has none. */
    List<Optional<InetAddress>> hops(Headers headers) {
        List<String> elements = new ArrayList<>();
        if (headers.contains(header)) {
            for (String line : headers.get(header).allValues()) {
                for (String element : line.split(",", -1)) {
                    elements.add(element.strip());
                }
            }
        }
        List<String> last = elements.subList(Math.max(0, elements.size() - MAX_HOPS), elements.size());
        List<Optional<InetAddress>> hops = new ArrayList<>(last.size());
        for (String element : last) {
            hops.add(this == FORWARDED ? forParameter(element).flatMap(ForwardedFor::node) : node(element));
        }
        return hops;
    }

    /** The {@code for} value of one {@code Forwarded} element, unquoted. */
    private static Optional<String> forParameter(String element) {
        for (String pair : element.split(";", -1)) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                String value = pair.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** RFC 7239 §6 node: {@code 192.0.2.43}, {@code 192.0.2.43:47011}, {@code [2001:db8::17]}, {@code [2001:db8::17]:4711}. */
    private static Optional<InetAddress> node(String node) {
        String address = node;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0 || !port(address.substring(close + 1))) {
                return Optional.empty();
            }
            address = address.substring(1, close);
            return address.indexOf(':') >= 0 ? Addresses.parse(address) : Optional.empty();
        }
        int colon = address.indexOf(':');
        if (colon >= 0 && address.indexOf(':', colon + 1) < 0) {
            // IPv4 with a port; a bare IPv6 literal (several colons) is taken as written, as some proxies do.
            if (!port(address.substring(colon))) {
                return Optional.empty();
            }
            address = address.substring(0, colon);
        }
        return Addresses.parse(address);
    }

    private static boolean port(String suffix) {
        return suffix.isEmpty() || suffix.length() > 1 && suffix.length() <= 6 && suffix.charAt(0) == ':'
                && suffix.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
