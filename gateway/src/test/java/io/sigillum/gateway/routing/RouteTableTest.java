package io.sigillum.gateway.routing;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.sigillum.gateway.Upstreams;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {

    private static final Upstreams UPSTREAMS = new Upstreams(Map.of(
            "issuance", URI.create("https://issuance:8081/"), "verification", URI.create("https://verification:8082")));

    private static RouteTable table(Map<String, String> settings) {
        return RouteTable.from(Config.just(ConfigSources.create(settings)), UPSTREAMS);
    }

    @Test
    void theShippedTableSendsTheWalletFacingIssuancePathsToIssuance() {
        RouteTable table = RouteTable.from(Config.just(ConfigSources.classpath("application.yaml")), UPSTREAMS);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/.well-known/openid-credential-issuer", "issuance-metadata"),
                Map.entry("/.well-known/openid-credential-issuer/tenant", "issuance-metadata"),
                Map.entry("/.well-known/oauth-authorization-server", "issuance-metadata"),
                Map.entry("/.well-known/jwt-vc-issuer", "issuance-metadata"),
                Map.entry("/token", "issuance-token"),
                Map.entry("/nonce", "issuance-nonce"),
                Map.entry("/credential", "issuance-credential"),
                Map.entry("/deferred-credential", "issuance-deferred-credential"),
                Map.entry("/notification", "issuance-notification"),
                Map.entry("/credential-offers/abc", "issuance-credential-offers"));
        expected.forEach((path, route) -> {
            Route match = table.match(path);
            assertEquals(route, match == null ? null : match.name(), path);
            assertEquals("https://issuance:8081", match.base(), "no doubled slash before the path");
        });
        for (String outside : List.of("/", "/tokens", "/credential-offers", "/credentials", "/.well-known/openid-configuration",
                "/status-lists/1", "/admin")) {
            assertNull(table.match(outside), outside);
        }
    }

    @Test
    void theLongestPrefixWinsAndAddingARouteIsConfiguration() {
        RouteTable table = table(Map.of(
                "sigillum.gateway.routes.wallet.upstream", "issuance",
                "sigillum.gateway.routes.wallet.paths", "/oid4vp, /credential",
                "sigillum.gateway.routes.verifier.upstream", "verification",
                "sigillum.gateway.routes.verifier.paths.0", "/oid4vp/request",
                "sigillum.gateway.routes.verifier.paths.1", "/rp/"));
        assertEquals("wallet", table.match("/oid4vp/x").name());
        assertEquals("verifier", table.match("/oid4vp/request/7").name());
        assertEquals("verifier", table.match("/rp/transactions").name());
        assertEquals("https://verification:8082", table.match("/rp/transactions").base());
        assertNull(table.match("/rp"), "a prefix ending in / covers only what is below it");
    }

    @Test
    void aWrongTableStopsTheStart() {
        assertTrue(assertThrows(IllegalStateException.class, () -> table(Map.of(
                "sigillum.gateway.routes.x.upstream", "trust-registry",
                "sigillum.gateway.routes.x.paths", "/trust"))).getMessage().contains("sigillum.gateway.upstream.trust-registry.url"));
        assertThrows(IllegalStateException.class, () -> table(Map.of(
                "sigillum.gateway.routes.x.upstream", "issuance",
                "sigillum.gateway.routes.x.paths", "token")));
        assertThrows(IllegalStateException.class, () -> table(Map.of(
                "sigillum.gateway.routes.x.upstream", "issuance",
                "sigillum.gateway.routes.x.paths", "/token",
                "sigillum.gateway.routes.y.upstream", "verification",
                "sigillum.gateway.routes.y.paths", "/token")));
        assertThrows(IllegalStateException.class, () -> table(Map.of("sigillum.gateway.routes.x.paths", "/token")));
    }
}
