package io.sigillum.gateway.client;

import io.helidon.config.Config;
import io.helidon.http.Headers;
import io.helidon.webserver.http.ServerRequest;
import io.sigillum.gateway.config.ConfigLists;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * Who sent a request. The peer that connected, unless that peer is one of the configured trusted
 * proxies: then the forwarding header is read from its right end, past every trusted proxy, to
 * the first address that is not one. Only what a trusted proxy appended is believed, so a client
 * cannot name itself someone else by sending the header. Configuration:
 * <pre>
 * sigillum.gateway.client-address:
 *   trusted-proxies: [10.0.0.0/8, fd00::/8]   # CIDRs of the load balancers/ingress; none by default
 *   header: x-forwarded-for                   # or forwarded (RFC 7239): what those proxies write
 * </pre>
 * The rate limits of open routes count per this address, and the {@code Forwarded} element the
 * gateway sends upstream names it.
 */
public final class ClientAddresses {

    private final List<AddressRange> trustedProxies;
    private final ForwardedFor header;

    ClientAddresses(List<AddressRange> trustedProxies, ForwardedFor header) {
        this.trustedProxies = List.copyOf(trustedProxies);
        this.header = header;
    }

    /** @throws IllegalStateException when a proxy range or the header is not understood (the key is named) */
    public static ClientAddresses from(Config config) {
        Config node = config.get("sigillum.gateway.client-address");
        try {
            List<AddressRange> proxies = ConfigLists.strings(node.get("trusted-proxies")).stream()
                    .map(AddressRange::parse).toList();
            ForwardedFor header = ForwardedFor.named(node.get("header").asString().orElse("x-forwarded-for"));
            return new ClientAddresses(proxies, header);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sigillum.gateway.client-address: " + e.getMessage(), e);
        }
    }

    /** The client's address, or empty when the connection has none (not an IP socket). */
    public Optional<InetAddress> of(ServerRequest request) {
        if (!(request.remotePeer().address() instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return Optional.empty();
        }
        return Optional.of(resolve(inet.getAddress(), request.headers()));
    }

    /** The client behind a peer that sent these headers. */
    InetAddress resolve(InetAddress peer, Headers headers) {
        InetAddress client = Addresses.canonical(peer);
        if (trustedProxies.isEmpty() || !trusted(client)) {
            return client;
        }
        List<Optional<InetAddress>> hops = header.hops(headers);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = hops.get(i);
            if (hop.isEmpty()) {
                // Beyond a hop that is no address nothing can be believed: the nearest known one stands.
                return client;
            }
            client = hop.get();
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        for (AddressRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
