package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trustedlist.model.TrustServiceProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issuer identifiers of trust service providers: stable, by registration identifier first, else by name. */
class ProviderIdentifiersTest {

    private static TrustServiceProvider provider(String name, String... tradeNames) {
        return new TrustServiceProvider(name, List.of(tradeNames), List.of());
    }

    @Test
    void aRegistrationIdentifierAmongTheTradeNamesWins() {
        assertEquals("urn:sigillum:trusted-list:DE:VATDE-123456789",
                ProviderIdentifiers.of("DE", provider("Bundesdruckerei GmbH", "BDR", "VATDE-123456789")));
        assertEquals("urn:sigillum:trusted-list:FR:NTRFR-552100554",
                ProviderIdentifiers.of("FR", provider("Renamed SA", " NTRFR-552100554 ")), "the name does not count");
    }

    @Test
    void elseTheNameInNfcPercentEncoded() {
        String decomposed = "Unive\u0301rsite\u0301 d'Exemple";
        assertEquals("urn:sigillum:trusted-list:FR:name:Univ%C3%A9rsit%C3%A9%20d%27Exemple",
                ProviderIdentifiers.of("FR", provider("  " + decomposed + " ", "Trade name", "VAT-not-a-registration")));
    }

    @Test
    void aVeryLongNameIsHashed() {
        String id = ProviderIdentifiers.of("DE", provider("Ä".repeat(200)));
        assertTrue(id.matches("urn:sigillum:trusted-list:DE:sha256:[0-9a-f]{64}"), id);
        assertEquals(id, ProviderIdentifiers.of("DE", provider("Ä".repeat(200))), "stable");
    }

    @Test
    void anchorIdentifiersAreUnreservedAndDifferPerIssuer() {
        String one = ListedProviders.anchorId("DE", "urn:a", "ab".repeat(32));
        String two = ListedProviders.anchorId("DE", "urn:b", "ab".repeat(32));
        assertTrue(one.matches("tl-DE-[0-9a-f]{32}"), one);
        assertTrue(!one.equals(two));
    }
}
