package io.sigillum.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;

/**
 * Whose bucket a request takes a token from. Subjects and addresses have distinct prefixes, so a
 * token whose {@code sub} looks like an address never shares that address's bucket.
 */
final class ClientKey {

    private static final HexFormat HEX = HexFormat.of();

    private ClientKey() {
    }

    static String subject(String subject) {
        return "s:" + subject;
    }

    /**
     * An IPv4 peer by its address; an IPv6 peer by its /64, the prefix a subscriber is given whole
     * (RFC 6177), so rotating through one's own addresses does not buy fresh buckets. A client of
     * unknown address (null) shares one bucket with all others like it.
     */
    static String address(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return "6:" + HEX.formatHex(v6.getAddress(), 0, 8);
        }
        return address == null ? "?" : "4:" + address.getHostAddress();
    }
}
