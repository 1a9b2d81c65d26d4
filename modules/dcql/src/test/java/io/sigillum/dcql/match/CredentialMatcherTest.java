package io.sigillum.dcql.match;

import io.sigillum.dcql.Examples;
import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.sdjwt.ClaimPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One credential against one Credential Query (§6.1, §6.3, §6.4.1, Appendix B). */
class CredentialMatcherTest {

    static final String PID = "https://credentials.example.com/identity_credential";

    static SdJwtVcCredential pid(String claims) {
        return new SdJwtVcCredential(PID, Examples.object(claims), true);
    }

    static CredentialQuery sdJwtQuery(String members) {
        return Examples.inline("{'credentials': [{'id': 'q', 'format': 'dc+sd-jwt', 'meta': {'vct_values': ['" + PID + "']}"
                + (members.isEmpty() ? "" : ", " + members) + "}]}").credentials().getFirst();
    }

    static CredentialMatch.Satisfied satisfied(CredentialQuery query, Credential credential) {
        return assertInstanceOf(CredentialMatch.Satisfied.class, CredentialMatcher.match(query, credential));
    }

    static List<Mismatch.Kind> mismatches(CredentialQuery query, Credential credential) {
        return assertInstanceOf(CredentialMatch.Unsatisfied.class, CredentialMatcher.match(query, credential))
                .mismatches().stream().map(Mismatch::kind).toList();
    }

    @Test
    void simpleClaimsAreSelected() {
        CredentialMatch.Satisfied match = satisfied(Examples.query("simple.json").credentials().getFirst(),
                pid("{'family_name': 'Doe', 'given_name': 'John', 'birthdate': '1940-01-01', 'address': {'street_address': 'Main St 1', 'locality': 'X'}}"));
        assertEquals("my_credential", match.queryId());
        assertEquals(List.of(ClaimPath.of("family_name"), ClaimPath.of("given_name"), ClaimPath.of("address", "street_address")),
                match.claimPaths());
        assertEquals("Main St 1", match.claims().get(2).value());
        assertEquals(Optional.empty(), match.claimSet());
    }

    @Test
    void aMissingClaimFailsTheQuery() {
        List<Mismatch.Kind> kinds = mismatches(Examples.query("simple.json").credentials().getFirst(),
                pid("{'family_name': 'Doe', 'given_name': 'John', 'address': {'locality': 'X'}}"));
        assertEquals(List.of(Mismatch.Kind.CLAIM_MISSING), kinds);
    }

    @Test
    void withoutClaimsNothingSelectivelyDisclosableIsRequested() {
        assertEquals(List.of(), satisfied(sdJwtQuery(""), pid("{'given_name': 'John'}")).claims());
    }

    @Test
    void theArrayWildcardSelectsEveryElement() {
        CredentialMatch.Satisfied match = satisfied(sdJwtQuery("'claims': [{'path': ['degrees', null, 'type']}]"),
                new SdJwtVcCredential(PID, Examples.arthurDent(), true));
        assertEquals(List.of(ClaimPath.of("degrees", 0, "type"), ClaimPath.of("degrees", 1, "type")), match.claimPaths());
    }

    @Test
    void anArrayIndexSelectsOneElement() {
        CredentialQuery query = sdJwtQuery("'claims': [{'path': ['nationalities', 1]}]");
        assertEquals(List.of(ClaimPath.of("nationalities", 1)),
                satisfied(query, new SdJwtVcCredential(PID, Examples.arthurDent(), true)).claimPaths());
        assertEquals(List.of(Mismatch.Kind.CLAIM_MISSING), mismatches(query, pid("{'nationalities': ['British']}")));
    }

    @Test
    void valuesMatchOnlyWhenTypeAndValueAreEqual() {
        CredentialQuery query = Examples.query("value_matching_simple.json").credentials().getFirst();
        String claims = "{'family_name': 'Doe', 'given_name': 'John', 'address': {'street_address': 'Main St 1'}, 'postal_code': '%s'}";
        assertEquals(List.of(ClaimPath.of("family_name"), ClaimPath.of("given_name"), ClaimPath.of("address", "street_address"),
                ClaimPath.of("postal_code")), satisfied(query, pid(claims.formatted("90211"))).claimPaths());
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(query, pid(claims.formatted("10115"))));
        // Exact: no trimming, no case folding.
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(query, pid(claims.formatted("90210 "))));
    }

    @Test
    void integersBooleansAndStringsNeverMatchEachOther() {
        CredentialQuery age = sdJwtQuery("'claims': [{'path': ['age'], 'values': [18]}]");
        assertEquals(List.of(ClaimPath.of("age")), satisfied(age, pid("{'age': 18}")).claimPaths());
        assertEquals(List.of(ClaimPath.of("age")), satisfied(age, new SdJwtVcCredential(PID, Map.of("age", 18L), true)).claimPaths());
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(age, pid("{'age': '18'}")));
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(age, pid("{'age': 18.0}")));
        CredentialQuery adult = sdJwtQuery("'claims': [{'path': ['age_over_18'], 'values': [true]}]");
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(adult, pid("{'age_over_18': 'true'}")));
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(adult, pid("{'age_over_18': 1}")));
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(adult, pid("{'age_over_18': {'value': true}}")));
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(adult, pid("{'age_over_18': null}")));
    }

    @Test
    void withAWildcardOnlyTheElementsWithAcceptedValuesAreSelected() {
        CredentialQuery query = sdJwtQuery("'claims': [{'path': ['nationalities', null], 'values': ['DE', 'AT']}]");
        assertEquals(List.of(ClaimPath.of("nationalities", 1)), satisfied(query, pid("{'nationalities': ['FR', 'DE']}")).claimPaths());
        assertEquals(List.of(Mismatch.Kind.CLAIM_VALUE), mismatches(query, pid("{'nationalities': ['FR', 'IT']}")));
    }

    @Test
    void theFirstSatisfiableClaimSetIsChosen() {
        CredentialQuery query = Examples.query("claims_alternatives.json").credentials().getFirst();
        CredentialMatch.Satisfied both = satisfied(query,
                pid("{'last_name': 'Doe', 'postal_code': '90210', 'locality': 'X', 'region': 'Y', 'date_of_birth': '1940-01-01'}"));
        assertEquals(Optional.of(List.of("a", "c", "d", "e")), both.claimSet());
        assertEquals(List.of(ClaimPath.of("last_name"), ClaimPath.of("locality"), ClaimPath.of("region"), ClaimPath.of("date_of_birth")),
                both.claimPaths(), "only the chosen set's claims: postal_code is not selected");

        CredentialMatch.Satisfied fallback = satisfied(query, pid("{'last_name': 'Doe', 'postal_code': '90210', 'locality': 'X', 'date_of_birth': '1940-01-01'}"));
        assertEquals(Optional.of(List.of("a", "b", "e")), fallback.claimSet());
        assertEquals(List.of(ClaimPath.of("last_name"), ClaimPath.of("postal_code"), ClaimPath.of("date_of_birth")), fallback.claimPaths());

        CredentialMatch.Unsatisfied neither = assertInstanceOf(CredentialMatch.Unsatisfied.class,
                CredentialMatcher.match(query, pid("{'last_name': 'Doe', 'locality': 'X', 'date_of_birth': '1940-01-01'}")));
        assertEquals(Mismatch.Kind.NO_CLAIM_SET, neither.mismatches().getFirst().kind());
        assertTrue(neither.mismatches().stream().anyMatch(m -> m.kind() == Mismatch.Kind.CLAIM_MISSING && m.detail().contains("claim \"d\"")));
    }

    @Test
    void aValueMismatchMovesOnToTheNextClaimSet() {
        CredentialQuery query = sdJwtQuery("'claims': [{'id': 'adult', 'path': ['age_over_18'], 'values': [true]},"
                + " {'id': 'born', 'path': ['birthdate']}], 'claim_sets': [['adult'], ['born']]");
        CredentialMatch.Satisfied match = satisfied(query, pid("{'age_over_18': false, 'birthdate': '2010-01-01'}"));
        assertEquals(Optional.of(List.of("born")), match.claimSet());
    }

    @Test
    void aVctOutsideVctValuesDoesNotMatch() {
        CredentialQuery query = Examples.query("simple.json").credentials().getFirst();
        SdJwtVcCredential other = new SdJwtVcCredential("https://othercredentials.example/pid",
                Examples.object("{'family_name': 'Doe', 'given_name': 'John', 'address': {'street_address': 'Main St 1'}}"), true);
        assertEquals(List.of(Mismatch.Kind.CREDENTIAL_TYPE), mismatches(query, other));
    }

    @Test
    void anotherFormatDoesNotMatch() {
        CredentialQuery query = Examples.query("simple_mdoc.json").credentials().getFirst();
        assertEquals(List.of(Mismatch.Kind.FORMAT), mismatches(query, pid("{'given_name': 'John'}")));
    }

    @Test
    void mdocClaimsAreMatchedByNamespaceAndElement() {
        CredentialQuery query = Examples.query("simple_mdoc.json").credentials().getFirst();
        MdocCredential mvrc = new MdocCredential("org.iso.7367.1.mVRC", Map.of(
                "org.iso.7367.1", Map.of("vehicle_holder", "Erika Mustermann", "registration_number", "K-AB 123"),
                "org.iso.18013.5.1", Map.of("given_name", "Erika")), true);
        assertEquals(List.of(ClaimPath.of("org.iso.7367.1", "vehicle_holder"), ClaimPath.of("org.iso.18013.5.1", "given_name")),
                satisfied(query, mvrc).claimPaths());
        MdocCredential withoutGivenName = new MdocCredential("org.iso.7367.1.mVRC",
                Map.of("org.iso.7367.1", Map.of("vehicle_holder", "Erika Mustermann")), true);
        assertEquals(List.of(Mismatch.Kind.CLAIM_MISSING), mismatches(query, withoutGivenName));
    }

    @Test
    void anMdocOfAnotherDoctypeDoesNotMatch() {
        CredentialQuery query = Examples.query("simple_mdoc.json").credentials().getFirst();
        MdocCredential mdl = new MdocCredential("org.iso.18013.5.1.mDL", Map.of(
                "org.iso.7367.1", Map.of("vehicle_holder", "Erika Mustermann"), "org.iso.18013.5.1", Map.of("given_name", "Erika")), true);
        CredentialMatch.Unsatisfied unsatisfied = assertInstanceOf(CredentialMatch.Unsatisfied.class, CredentialMatcher.match(query, mdl));
        assertEquals(Mismatch.Kind.CREDENTIAL_TYPE, unsatisfied.mismatches().getFirst().kind());
        assertTrue(unsatisfied.mismatches().getFirst().detail().contains("org.iso.18013.5.1.mDL"));
    }

    @Test
    void holderBindingIsRequiredUnlessTheQueryWaivesIt() {
        SdJwtVcCredential unbound = new SdJwtVcCredential(PID, Examples.object("{'given_name': 'John'}"), false);
        assertEquals(List.of(Mismatch.Kind.HOLDER_BINDING), mismatches(sdJwtQuery(""), unbound));
        satisfied(sdJwtQuery("'require_cryptographic_holder_binding': false"), unbound);
    }

    @Test
    void w3cTypesMustIncludeOneAlternative() {
        CredentialQuery query = Examples.query("dcql_jwt_vc.json").credentials().getFirst();
        Map<String, Object> vc = Examples.object("{'credentialSubject': {'family_name': 'Doe', 'given_name': 'John'}}");
        satisfied(query, new W3cCredential("jwt_vc_json", Set.of("VerifiableCredential", "IDCredential"), vc, true));
        assertEquals(List.of(Mismatch.Kind.CREDENTIAL_TYPE),
                mismatches(query, new W3cCredential("jwt_vc_json", Set.of("VerifiableCredential"), vc, true)));
        assertEquals(List.of(Mismatch.Kind.FORMAT),
                mismatches(query, new W3cCredential("ldp_vc", Set.of("VerifiableCredential", "IDCredential"), vc, true)));
    }

    @Test
    void aClaimAskedTwiceIsSelectedOnce() throws Exception {
        CredentialQuery query = io.sigillum.dcql.query.DcqlParser.forWallet().parse(
                "{\"credentials\": [{\"id\": \"q\", \"format\": \"dc+sd-jwt\", \"meta\": {\"vct_values\": [\"" + PID + "\"]},"
                        + " \"claims\": [{\"path\": [\"given_name\"]}, {\"path\": [\"given_name\"]}]}]}").credentials().getFirst();
        assertEquals(List.of(ClaimPath.of("given_name")), satisfied(query, pid("{'given_name': 'John'}")).claimPaths());
    }

    @Test
    void mismatchesNameNoClaimValue() {
        CredentialQuery query = sdJwtQuery("'claims': [{'path': ['postal_code'], 'values': ['90210']}]");
        CredentialMatch.Unsatisfied unsatisfied = assertInstanceOf(CredentialMatch.Unsatisfied.class,
                CredentialMatcher.match(query, pid("{'postal_code': 'SECRET-12345'}")));
        assertTrue(unsatisfied.toString().indexOf("SECRET") < 0, unsatisfied.toString());
    }
}
