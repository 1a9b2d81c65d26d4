package io.sigillum.gateway.routing;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.sigillum.gateway.Upstreams;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {

    private static final Upstreams UPSTREAMS = new Upstreams(Map.of(
            "issuance", URI.create("https://issuance:8081/"), "verification", URI.create("https://verification:8082"),
            "status", URI.create("https://status:8083"), "trust-registry", URI.create("https://trust-registry:8084"),
            "key-management", URI.create("https://key-management:8085")));

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
                "/status-lists/1", "/admin", "/offers", "/admin/offers", "/admin/issuance", "/admin/issuance/",
                "/admin/issuance/token", "/admin/status/status-list-aggregation", "/admin/keys/signatures",
                "/admin/keys/signing-keys/credential-signing", "/admin/keys/jwks", "/issuers", "/allocations")) {
            assertNull(table.match(outside), outside);
        }
        for (String open : expected.values()) {
            assertTrue(table.routes().stream().filter(r -> r.name().equals(open)).allMatch(r -> r.access().open()), open);
        }
    }

    @Test
    void aRouteWaitsForItsUpstreamAsLongAsItSaysOrAsLongAsTheGatewayDoes() {
        RouteTable shipped = RouteTable.from(Config.just(ConfigSources.classpath("application.yaml")), UPSTREAMS);
        assertEquals(Duration.ofSeconds(10), shipped.match("/token").upstreamTimeout());
        assertEquals(Duration.ofSeconds(30), shipped.match("/credential").upstreamTimeout(), "a batch signed through the KMS");
        assertEquals(Duration.ofSeconds(35), shipped.match("/verifier/transactions/abc").upstreamTimeout(),
                "a relying party's long poll waits up to 30 seconds");

        RouteTable set = table(Map.of("sigillum.gateway.upstream-timeout", "PT3S",
                "sigillum.gateway.routes.a.upstream", "issuance", "sigillum.gateway.routes.a.paths", "/a",
                "sigillum.gateway.routes.b.upstream", "issuance", "sigillum.gateway.routes.b.paths", "/b",
                "sigillum.gateway.routes.b.upstream-timeout", "PT0.5S"));
        assertEquals(Duration.ofSeconds(3), set.match("/a").upstreamTimeout());
        assertEquals(Duration.ofMillis(500), set.match("/b").upstreamTimeout());

        IllegalStateException zero = assertThrows(IllegalStateException.class, () -> table(Map.of(
                "sigillum.gateway.routes.b.upstream", "issuance", "sigillum.gateway.routes.b.paths", "/b",
                "sigillum.gateway.routes.b.upstream-timeout", "PT0S")));
        assertTrue(zero.getMessage().contains("route b: upstream-timeout"), zero.getMessage());
    }

    /** The admin APIs sit under /admin/<service>, each path mapped to the service's own, with the specs' roles. */
    @Test
    void theShippedAdminRoutesStripTheirPrefixAndNeedTheSpecsRoles() {
        RouteTable table = RouteTable.from(Config.just(ConfigSources.classpath("application.yaml")), UPSTREAMS);
        record Expected(String route, String base, String upstreamPath, Set<String> roles) {
        }
        Map<String, Expected> expected = Map.ofEntries(
                Map.entry("/admin/issuance/offers", new Expected("admin-issuance", "https://issuance:8081", "/offers", Set.of("issuer-admin"))),
                Map.entry("/admin/issuance/offers/o-1", new Expected("admin-issuance", "https://issuance:8081", "/offers/o-1", Set.of("issuer-admin"))),
                Map.entry("/admin/issuance/people/p%201/credential-status", new Expected("admin-issuance", "https://issuance:8081",
                        "/people/p%201/credential-status", Set.of("issuer-admin"))),
                Map.entry("/admin/issuance/credentials/c-1/status", new Expected("admin-issuance", "https://issuance:8081",
                        "/credentials/c-1/status", Set.of("issuer-admin"))),
                Map.entry("/admin/status/allocations", new Expected("admin-status-allocations", "https://status:8083",
                        "/allocations", Set.of("status-issuer"))),
                Map.entry("/admin/status/status-lists", new Expected("admin-status-lists", "https://status:8083",
                        "/status-lists", Set.of("status-admin"))),
                Map.entry("/admin/status/status-lists/3/entries/17", new Expected("admin-status-lists", "https://status:8083",
                        "/status-lists/3/entries/17", Set.of("status-admin"))),
                Map.entry("/admin/trust/issuers", new Expected("admin-trust-issuers", "https://trust-registry:8084",
                        "/issuers", Set.of("trust-admin", "verifier-rp"))),
                Map.entry("/admin/trust/trusted-lists", new Expected("admin-trust-registry", "https://trust-registry:8084",
                        "/trusted-lists", Set.of("trust-admin"))),
                Map.entry("/admin/trust/anchors/a-1/removal", new Expected("admin-trust-registry", "https://trust-registry:8084",
                        "/anchors/a-1/removal", Set.of("trust-admin"))),
                Map.entry("/trust/evaluations", new Expected("trust-verifiers", "https://trust-registry:8084",
                        "/evaluations", Set.of("trust-admin", "verifier-rp"))),
                Map.entry("/admin/keys/keys/k-1/retirement", new Expected("admin-keys", "https://key-management:8085",
                        "/keys/k-1/retirement", Set.of("kms-admin"))),
                Map.entry("/admin/keys/rotations", new Expected("admin-keys", "https://key-management:8085",
                        "/rotations", Set.of("kms-admin"))));
        expected.forEach((path, want) -> {
            Route match = table.match(path);
            assertEquals(want.route(), match == null ? null : match.name(), path);
            assertEquals(want.base(), match.base(), path);
            assertEquals(want.upstreamPath(), match.upstreamPath(path), path);
            assertEquals(want.roles(), match.access().rolesAllowed(), path);
        });
        assertTrue(table.anyProtected());
    }

    /** OpenID4VP: the wallet's request and response URIs are open, the relying parties' transactions need their role. */
    @Test
    void theShippedVerifierRoutesSitUnderVerifier() {
        RouteTable table = RouteTable.from(Config.just(ConfigSources.classpath("application.yaml")), UPSTREAMS);
        Route request = table.match("/verifier/requests/r-1");
        assertEquals("verification-wallet", request.name());
        assertEquals("/requests/r-1", request.upstreamPath("/verifier/requests/r-1"));
        assertTrue(request.access().open());
        Route response = table.match("/verifier/responses/r-1");
        assertEquals("verification-wallet", response.name());
        assertEquals("/responses/r-1", response.upstreamPath("/verifier/responses/r-1"));
        Route transaction = table.match("/verifier/transactions/t-1/qr");
        assertEquals("verification-transactions", transaction.name());
        assertEquals("https://verification:8082", transaction.base());
        assertEquals("/transactions/t-1/qr", transaction.upstreamPath("/verifier/transactions/t-1/qr"));
        assertEquals(Set.of("verifier-rp"), transaction.access().rolesAllowed());
        for (String outside : List.of("/verifier", "/verifier/", "/verifier/requests", "/verifier/transactionsx", "/requests/r-1",
                "/transactions/t-1")) {
            assertNull(table.match(outside), outside);
        }
    }

    @Test
    void rolesAndStripPrefixAreConfigurationToo() {
        RouteTable table = table(Map.of(
                "sigillum.gateway.routes.rp.upstream", "verification",
                "sigillum.gateway.routes.rp.paths", "/rp/transactions",
                "sigillum.gateway.routes.rp.strip-prefix", "/rp",
                "sigillum.gateway.routes.rp.roles", "verifier-rp, trust-admin"));
        Route rp = table.match("/rp/transactions/t-1");
        assertEquals("/transactions/t-1", rp.upstreamPath("/rp/transactions/t-1"));
        assertEquals(Set.of("verifier-rp", "trust-admin"), rp.access().rolesAllowed());
        assertFalse(table(Map.of("sigillum.gateway.routes.x.upstream", "issuance",
                "sigillum.gateway.routes.x.paths", "/token")).anyProtected());
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
                "sigillum.gateway.routes.x.upstream", "wallet-backup",
                "sigillum.gateway.routes.x.paths", "/backup"))).getMessage().contains("sigillum.gateway.upstream.wallet-backup.url"));
        assertThrows(IllegalStateException.class, () -> table(Map.of(
                "sigillum.gateway.routes.x.upstream", "issuance",
                "sigillum.gateway.routes.x.paths", "token")));
        assertThrows(IllegalStateException.class, () -> table(Map.of(
                "sigillum.gateway.routes.x.upstream", "issuance",
                "sigillum.gateway.routes.x.paths", "/token",
                "sigillum.gateway.routes.y.upstream", "verification",
                "sigillum.gateway.routes.y.paths", "/token")));
        assertThrows(IllegalStateException.class, () -> table(Map.of("sigillum.gateway.routes.x.paths", "/token")));
        // A path not strictly below its strip-prefix would reach the upstream at a path nobody meant.
        for (String[] wrong : new String[][] {{"/admin/offers", "/admin/issuance"}, {"/admin/issuance", "/admin/issuance"},
                {"/admin/issuancex/offers", "/admin/issuance"}, {"/admin/issuance/offers", "/admin/issuance/"},
                {"/admin/issuance/offers", "admin"}}) {
            assertThrows(IllegalStateException.class, () -> table(Map.of(
                    "sigillum.gateway.routes.x.upstream", "issuance",
                    "sigillum.gateway.routes.x.paths", wrong[0],
                    "sigillum.gateway.routes.x.strip-prefix", wrong[1])), String.join(" under ", wrong));
        }
        // An empty role list is not read as "open".
        assertTrue(assertThrows(IllegalStateException.class, () -> table(Map.of(
                "sigillum.gateway.routes.x.upstream", "issuance",
                "sigillum.gateway.routes.x.paths", "/admin/x",
                "sigillum.gateway.routes.x.roles", " , "))).getMessage().contains("roles is empty"));
    }
}
