package io.sigillum.gateway.routing;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The {@code Forwarded} element (RFC 7239 §4) the gateway states for a request: who connected
 * ({@code for}), over which scheme ({@code proto}) and which host it addressed ({@code host}).
 * The gateway is the public entry, so it states this afresh rather than extending what a client
 * sent: a client's own {@code Forwarded} is not passed on.
 */
final class ForwardedHeader {

    private ForwardedHeader() {
    }

    /** @param client the client's address (the peer, or whom trusted proxies forwarded for), null when not known */
    static String of(ServerRequest request, InetAddress client) {
        StringBuilder element = new StringBuilder("for=").append(node(client))
                .append(";proto=").append(request.isSecure() ? "https" : "http");
        request.headers().first(HeaderNames.HOST).ifPresent(host -> element.append(";host=").append(value(host)));
        return element.toString();
    }

    /** RFC 7239 §6: an IPv6 address in brackets, quoted; an address not known, {@code unknown}. */
    private static String node(InetAddress address) {
        if (address == null) {
            return "unknown";
        }
        return address instanceof Inet6Address v6 ? "\"[" + stripScope(v6.getHostAddress()) + "]\"" : address.getHostAddress();
    }

    private static String stripScope(String v6) {
        int percent = v6.indexOf('%');
        return percent < 0 ? v6 : v6.substring(0, percent);
    }

    /** A token as it is; anything else (a host with a port has ':') as a quoted-string (RFC 9110 §5.6.4). */
    private static String value(String text) {
        if (!text.isEmpty() && text.chars().allMatch(ForwardedHeader::tchar)) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean tchar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
