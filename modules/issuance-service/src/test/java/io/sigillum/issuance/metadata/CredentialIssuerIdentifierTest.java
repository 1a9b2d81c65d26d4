package io.sigillum.issuance.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CredentialIssuerIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://issuer.example", "https://issuer.example:8443/tenant-a", "https://issuer.example/"})
    void acceptsHttpsUrlsWithAnOptionalPath(String value) {
        assertEquals(value, CredentialIssuerIdentifier.validate(value).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://issuer.example", "https://issuer.example?tenant=a", "https://issuer.example#x",
            "https://user@issuer.example", "issuer.example", "https:///path", "not a url"})
    void refusesWhatOid4vciForbids(String value) {
        assertThrows(IllegalArgumentException.class, () -> CredentialIssuerIdentifier.validate(value));
    }
}
