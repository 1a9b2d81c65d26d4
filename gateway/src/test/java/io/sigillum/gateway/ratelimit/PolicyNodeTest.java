package io.sigillum.gateway.ratelimit;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyNodeTest {

    private static Optional<RateLimitPolicy> read(Map<String, String> settings) {
        Config config = Config.builder().sources(ConfigSources.create(settings))
                .disableEnvironmentVariablesSource().disableSystemPropertiesSource().build();
        return PolicyNode.read("route", config.get("route"), config.get("default"));
    }

    @Test
    void aRouteOverridesItsKindsDefaultKeyByKey() {
        RateLimitPolicy policy = read(Map.of("default.capacity", "100", "default.refill-per-second", "10",
                "route.capacity", "20")).orElseThrow();
        assertEquals(20, policy.capacity());
        assertEquals(Duration.ofSeconds(2), policy.refillPeriod(), "20 at 10 a second");
        assertEquals(2, policy.windowSeconds());

        RateLimitPolicy slow = read(Map.of("default.capacity", "100", "default.refill-per-second", "10",
                "route.refill-period", "PT1H")).orElseThrow();
        assertEquals(100, slow.capacity());
        assertEquals(Duration.ofHours(1), slow.refillPeriod());
    }

    @Test
    void decimalRatesAndWindowsRoundedUp() {
        RateLimitPolicy half = read(Map.of("route.capacity", "3", "route.refill-per-second", "0.5")).orElseThrow();
        assertEquals(Duration.ofSeconds(6), half.refillPeriod());
        RateLimitPolicy fast = read(Map.of("route.capacity", "5", "route.refill-per-second", "100")).orElseThrow();
        assertEquals(Duration.ofMillis(50), fast.refillPeriod());
        assertEquals(1, fast.windowSeconds(), "w is at least 1 (draft-11 §3.1.3)");
        assertEquals("\"route\";q=5;w=1", RateLimitFields.policy(fast).values());
    }

    @Test
    void zeroOrNothingIsUnlimited() {
        assertTrue(read(Map.of()).isEmpty());
        assertTrue(read(Map.of("default.capacity", "100", "default.refill-per-second", "10", "route.capacity", "0")).isEmpty());
    }

    @Test
    void mistakesStopTheGatewayNamingTheKey() {
        for (Map<String, String> wrong : java.util.List.of(
                Map.of("route.capacity", "10"),
                Map.of("route.capacity", "-1"),
                Map.of("route.capacity", "ten", "route.refill-per-second", "1"),
                Map.of("route.capacity", "10", "route.refill-per-second", "0"),
                Map.of("route.capacity", "10", "route.refill-per-second", "fast"),
                Map.of("route.capacity", "10", "route.refill-period", "PT0S"),
                Map.of("route.capacity", "10", "route.refill-period", "an hour"),
                Map.of("route.capacity", "10", "route.refill-per-second", "1", "route.refill-period", "PT1S"))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> read(wrong), wrong.toString());
            assertTrue(refused.getMessage().startsWith("route."), refused.getMessage());
        }
    }

    @Test
    void policyNamesAreStructuredFieldStrings() {
        assertEquals("\"a-b.c_d\"", RateLimitFields.string("a-b.c_d"));
        assertEquals("\"q\\\"b\\\\\"", RateLimitFields.string("q\"b\\"));
        assertEquals(1, Seconds.ceil(1));
        assertEquals(1, Seconds.ceil(1_000_000_000));
        assertEquals(2, Seconds.ceil(1_000_000_001));
        assertEquals(0, Seconds.ceil(0));
    }
}
