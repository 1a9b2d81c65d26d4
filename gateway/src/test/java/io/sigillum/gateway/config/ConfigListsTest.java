package io.sigillum.gateway.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigListsTest {

    private static Config over(Map<String, String> settings) {
        return Config.builder()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }

    @Test
    void aListOrOneCommaSeparatedValue() {
        assertEquals(List.of("issuer-admin"), ConfigLists.strings(over(Map.of()).get("sigillum.gateway.routes.admin-issuance.roles")));
        assertEquals(List.of("a", "b"), ConfigLists.strings(Config.just(ConfigSources.create(Map.of("x", " a, ,b "))).get("x")));
        assertEquals(List.of(), ConfigLists.strings(Config.empty().get("x")));
    }

    /** An environment variable or system property overrides the shipped YAML list, as operators expect. */
    @Test
    void oneValueOverridesAShippedList() {
        Config config = over(Map.of("sigillum.gateway.routes.admin-issuance.roles", "ops, auditor"));
        assertEquals(List.of("ops", "auditor"), ConfigLists.strings(config.get("sigillum.gateway.routes.admin-issuance.roles")));
        Config paths = over(Map.of("sigillum.gateway.routes.issuance-token.paths", "/token,/oauth2/token"));
        assertEquals(List.of("/token", "/oauth2/token"), ConfigLists.strings(paths.get("sigillum.gateway.routes.issuance-token.paths")));
    }
}
