package io.sigillum.gateway.client;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressesTest {

    private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(
            List.of(AddressRange.parse("10.0.0.0/8"), AddressRange.parse("fd00::/8")), ForwardedFor.X_FORWARDED_FOR);

    private static InetAddress ip(String literal) {
        return Addresses.parse(literal).orElseThrow();
    }

    private static WritableHeaders<?> xff(String... lines) {
        WritableHeaders<?> headers = WritableHeaders.create();
        for (String line : lines) {
            headers.add(HeaderNames.X_FORWARDED_FOR, line);
        }
        return headers;
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItClaims() {
        assertEquals(ip("203.0.113.9"), BEHIND_PROXIES.resolve(ip("203.0.113.9"), xff("198.51.100.1")));
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        ClientAddresses direct = new ClientAddresses(List.of(), ForwardedFor.X_FORWARDED_FOR);
        assertEquals(ip("10.1.2.3"), direct.resolve(ip("10.1.2.3"), xff("198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        // The client put 6.6.6.6 in front itself; the trusted proxies appended what they saw.
        assertEquals(ip("198.51.100.1"), BEHIND_PROXIES.resolve(ip("10.0.0.2"), xff("6.6.6.6, 198.51.100.1, 10.0.0.7")));
        assertEquals(ip("198.51.100.1"), BEHIND_PROXIES.resolve(ip("10.0.0.2"), xff("6.6.6.6", "198.51.100.1,10.0.0.7")),
                "several header lines are one list");
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAtTheNearestKnownProxy() {
        assertEquals(ip("10.0.0.7"), BEHIND_PROXIES.resolve(ip("10.0.0.2"), xff("198.51.100.1, unknown, 10.0.0.7")));
        assertEquals(ip("10.0.0.2"), BEHIND_PROXIES.resolve(ip("10.0.0.2"), xff("evil.example")),
                "a host name is not resolved, and not believed");
    }

    @Test
    void allHopsTrustedOrNoHeaderLeavesTheOutermostKnown() {
        assertEquals(ip("10.9.9.9"), BEHIND_PROXIES.resolve(ip("10.0.0.2"), xff("10.9.9.9, 10.0.0.7")));
        assertEquals(ip("10.0.0.2"), BEHIND_PROXIES.resolve(ip("10.0.0.2"), xff()));
    }

    @Test
    void ipv6HopsAndMappedPeersAreUnderstood() {
        assertEquals(ip("2001:db8::17"), BEHIND_PROXIES.resolve(ip("fd00::1"), xff("2001:db8::17")));
        assertEquals(ip("2001:db8::17"), BEHIND_PROXIES.resolve(ip("fd00::1"), xff("[2001:db8::17]:4711")));
        assertEquals(ip("198.51.100.1"), BEHIND_PROXIES.resolve(ip("::ffff:10.0.0.2"), xff("198.51.100.1:8080")),
                "an IPv4-mapped peer is its IPv4 address; a port after an IPv4 hop is dropped");
    }

    @Test
    void theForwardedHeaderIsReadByItsForParameters() {
        ClientAddresses forwarded = new ClientAddresses(List.of(AddressRange.parse("10.0.0.0/8")), ForwardedFor.FORWARDED);
        WritableHeaders<?> headers = WritableHeaders.create();
        headers.add(HeaderNames.FORWARDED, "for=6.6.6.6, for=\"[2001:db8:cafe::17]:4711\";proto=https, proto=http;For=10.0.0.7");
        assertEquals(ip("2001:db8:cafe::17"), forwarded.resolve(ip("10.0.0.2"), headers));
        headers.set(HeaderNames.FORWARDED, "for=198.51.100.1, for=_hidden");
        assertEquals(ip("10.0.0.2"), forwarded.resolve(ip("10.0.0.2"), headers), "an obfuscated node hides what is before it");
        assertEquals(ip("10.0.0.2"), forwarded.resolve(ip("10.0.0.2"), xff("198.51.100.1")),
                "only the configured header is read: X-Forwarded-For is not what these proxies write");
    }

    @Test
    void aVeryLongListIsReadFromItsRightEndOnly() {
        String many = String.join(",", java.util.Collections.nCopies(1000, "10.0.0.1"));
        assertEquals(ip("10.0.0.1"), BEHIND_PROXIES.resolve(ip("10.0.0.2"), xff("198.51.100.1," + many)),
                "past " + ForwardedFor.MAX_HOPS + " hops the walk stops at the last it read");
    }

    @Test
    void rangesAreCidrLiterals() {
        assertTrue(AddressRange.parse("10.0.0.0/8").contains(ip("10.255.0.1")));
        assertFalse(AddressRange.parse("10.0.0.0/8").contains(ip("11.0.0.1")));
        assertTrue(AddressRange.parse("192.0.2.7").contains(ip("192.0.2.7")));
        assertFalse(AddressRange.parse("192.0.2.7").contains(ip("192.0.2.8")));
        assertTrue(AddressRange.parse("0.0.0.0/0").contains(ip("203.0.113.1")));
        assertFalse(AddressRange.parse("0.0.0.0/0").contains(ip("2001:db8::1")), "families never match");
        assertTrue(AddressRange.parse("2001:db8::/32").contains(ip("2001:db8:ffff::1")));
        for (String bad : List.of("10.0.0.1/8", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "localhost", "example.org/24",
                "10.0.0", "256.0.0.0/8", "::/129")) {
            assertThrows(IllegalArgumentException.class, () -> AddressRange.parse(bad), bad);
        }
    }

    @Test
    void configurationNamesTheKeyWhenItIsWrong() {
        ClientAddresses configured = ClientAddresses.from(Config.just(ConfigSources.create(Map.of(
                "sigillum.gateway.client-address.trusted-proxies", "10.0.0.0/8, 192.0.2.1",
                "sigillum.gateway.client-address.header", "Forwarded"))));
        WritableHeaders<?> headers = WritableHeaders.create();
        headers.add(HeaderNames.FORWARDED, "for=198.51.100.1");
        assertEquals(ip("198.51.100.1"), configured.resolve(ip("192.0.2.1"), headers));
        IllegalStateException badRange = assertThrows(IllegalStateException.class, () -> ClientAddresses.from(Config.just(
                ConfigSources.create(Map.of("sigillum.gateway.client-address.trusted-proxies", "proxy.internal")))));
        assertTrue(badRange.getMessage().startsWith("sigillum.gateway.client-address"), badRange.getMessage());
        assertThrows(IllegalStateException.class, () -> ClientAddresses.from(Config.just(
                ConfigSources.create(Map.of("sigillum.gateway.client-address.header", "x-real-ip")))));
    }
}
