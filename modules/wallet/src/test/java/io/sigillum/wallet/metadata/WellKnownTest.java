package io.sigillum.wallet.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WellKnownTest {

    /** OID4VCI 1.0 §12.2.2's own examples, RFC 8414 §3.1's, and a port. */
    @ParameterizedTest
    @CsvSource({
            "https://issuer.example.com/tenant, openid-credential-issuer, https://issuer.example.com/.well-known/openid-credential-issuer/tenant",
            "https://tenant.issuer.example.com, openid-credential-issuer, https://tenant.issuer.example.com/.well-known/openid-credential-issuer",
            "https://tenant.issuer.example.com/, openid-credential-issuer, https://tenant.issuer.example.com/.well-known/openid-credential-issuer",
            "https://example.com/issuer1, oauth-authorization-server, https://example.com/.well-known/oauth-authorization-server/issuer1",
            "https://example.com/a/b/, oauth-authorization-server, https://example.com/.well-known/oauth-authorization-server/a/b",
            "https://localhost:8443/issuer, openid-credential-issuer, https://localhost:8443/.well-known/openid-credential-issuer/issuer",
    })
    void insertsTheWellKnownPathBetweenHostAndPath(String identifier, String suffix, String expected) {
        assertEquals(URI.create(expected), WellKnown.of(URI.create(identifier), suffix));
    }
}
