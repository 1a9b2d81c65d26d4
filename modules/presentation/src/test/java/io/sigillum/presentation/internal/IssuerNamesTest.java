package io.sigillum.presentation.internal;

import io.sigillum.presentation.fixture.TestIssuer;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which {@code iss} values an SD-JWT VC issuer's leaf names (draft-ietf-oauth-sd-jwt-vc, X.509). */
class IssuerNamesTest {

    /** The leaf of {@code https://names.example}: URI SAN {@code https://names.example}, dNSName {@code names.example}. */
    private static final IssuerNames NAMES = IssuerNames.of(TestIssuer.of("names.example").leaf.certificate());

    @Test
    void readsBothKindsOfSubjectAltName() {
        assertEquals(Set.of("https://names.example"), NAMES.uris());
        assertEquals(Set.of("names.example"), NAMES.dnsNames());
    }

    @Test
    void aUriIssMustBeACertifiedUriAsWritten() {
        assertTrue(NAMES.name("https://names.example"));
        assertFalse(NAMES.name("https://names.example/"));
        assertFalse(NAMES.name("https://NAMES.example"));
        // The host alone is a dNSName, but an https iss is matched as a URI only.
        assertFalse(NAMES.name("names.example"));
    }

    @Test
    void aDnsIssIsMatchedAgainstTheDnsNamesIgnoringCase() {
        assertTrue(NAMES.name("dns:names.example"));
        assertTrue(NAMES.name("DNS:Names.Example"));
        // RFC 4501 §3: an authority (the resolver) and a query may come along; the name is what counts.
        assertTrue(NAMES.name("dns://192.0.2.1/names.example?type=A"));
        assertFalse(NAMES.name("dns:other.example"));
        assertFalse(NAMES.name("dns://names.example"));
        assertFalse(NAMES.name("dns:"));
    }
}
