package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example DCQL query of OpenID4VP 1.0 parses, as a Verifier and as a Wallet, into what it says. */
class SpecExamplesTest {

    static List<String> queries() {
        return Examples.QUERIES;
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyExampleParses(String name) throws DcqlException {
        DcqlQuery asVerifier = DcqlParser.forVerifier().parse(Examples.text(name));
        DcqlQuery asWallet = DcqlParser.forWallet().parse(Examples.text(name));
        assertEquals(asVerifier, asWallet);
        assertFalse(asVerifier.credentials().isEmpty());
    }

    @Test
    void theSimpleSdJwtVcQuery() {
        CredentialQuery query = Examples.query("simple.json").credentials().getFirst();
        assertEquals("my_credential", query.id());
        assertEquals("dc+sd-jwt", query.format());
        assertFalse(query.multiple(), "multiple defaults to false");
        assertTrue(query.requireCryptographicHolderBinding(), "holder binding defaults to true");
        assertEquals(new CredentialMeta.SdJwtVc(List.of("https://credentials.example.com/identity_credential")), query.meta());
        assertEquals(List.of(ClaimsPathPointer.of("family_name"), ClaimsPathPointer.of("given_name"),
                        ClaimsPathPointer.of("address", "street_address")),
                query.claims().orElseThrow().stream().map(ClaimsQuery::path).toList());
        assertEquals(Optional.empty(), query.claimSets());
        assertEquals(Optional.empty(), query.trustedAuthorities());
    }

    @Test
    void theMdocQueryHasADoctypeAndNamespacedPaths() {
        CredentialQuery query = Examples.query("simple_mdoc.json").credentials().getFirst();
        assertEquals(new CredentialMeta.Mdoc("org.iso.7367.1.mVRC"), query.meta());
        assertEquals(ClaimsPathPointer.of("org.iso.7367.1", "vehicle_holder"), query.claims().orElseThrow().getFirst().path());
    }

    @Test
    void credentialSetsKeepTheirOptionsInOrderAndRequiredDefaultsToTrue() {
        DcqlQuery query = Examples.query("credentials_alternatives.json");
        List<CredentialSetQuery> sets = query.credentialSets().orElseThrow();
        assertEquals(List.of(List.of("pid"), List.of("other_pid"), List.of("pid_reduced_cred_1", "pid_reduced_cred_2")),
                sets.get(0).options());
        assertTrue(sets.get(0).required());
        assertFalse(sets.get(1).required());
        assertEquals(5, query.credentials().size());
    }

    @Test
    void claimSetsKeepTheVerifiersOrderOfPreference() {
        CredentialQuery query = Examples.query("claims_alternatives.json").credentials().getFirst();
        assertEquals(List.of(List.of("a", "c", "d", "e"), List.of("a", "b", "e")), query.claimSets().orElseThrow());
        assertEquals(ClaimsPathPointer.of("postal_code"), query.claim("b").orElseThrow().path());
    }

    @Test
    void valuesAreKept() {
        List<ClaimsQuery> claims = Examples.query("value_matching_simple.json").credentials().getFirst().claims().orElseThrow();
        assertEquals(Optional.of(List.of("Doe")), claims.get(0).values());
        assertEquals(Optional.empty(), claims.get(1).values());
        assertEquals(Optional.of(List.of("90210", "90211")), claims.get(3).values());
    }

    @Test
    void w3cTypeValuesAreTyped() {
        CredentialQuery query = Examples.query("dcql_jwt_vc.json").credentials().getFirst();
        assertEquals(new CredentialMeta.W3cVc(List.of(List.of("IDCredential"))), query.meta());
    }

    @Test
    void theMultiCredentialQueryMixesFormats() {
        DcqlQuery query = Examples.query("multi_credentials.json");
        assertEquals(List.of("dc+sd-jwt", "mso_mdoc"), query.credentials().stream().map(CredentialQuery::format).toList());
        assertEquals(Optional.empty(), query.credentialSets());
    }
}
