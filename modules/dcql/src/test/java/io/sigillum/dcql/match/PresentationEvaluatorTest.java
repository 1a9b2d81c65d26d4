package io.sigillum.dcql.match;

import io.sigillum.dcql.Examples;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.sdjwt.ClaimPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Verifier checks a response against the whole query: Credential Queries, {@code multiple}, credential sets (§6.4.2). */
class PresentationEvaluatorTest {

    static final DcqlQuery ALTERNATIVES = Examples.query("credentials_alternatives.json");
    static final String PERSON = "{'given_name': 'John', 'family_name': 'Doe', 'address': {'street_address': 'Main St 1'}}";

    static SdJwtVcCredential vc(String vct, String claims) {
        return new SdJwtVcCredential(vct, Examples.object(claims), true);
    }

    static SdJwtVcCredential pid() {
        return vc("https://credentials.example.com/identity_credential", PERSON);
    }

    static List<Mismatch.Kind> kinds(List<Mismatch> mismatches) {
        return mismatches.stream().map(Mismatch::kind).toList();
    }

    @Test
    void theFirstOptionOfARequiredSetSatisfiesTheQuery() {
        DcqlResult result = PresentationEvaluator.evaluate(ALTERNATIVES, Map.of("pid", List.of(pid())));
        assertTrue(result.satisfied(), result.problems().toString());
        assertEquals(Set.of("pid"), result.satisfiedQueries());
        assertEquals(Optional.of(List.of("pid")), result.credentialSets().get(0).satisfiedOption());
        assertFalse(result.credentialSets().get(1).satisfied(), "the optional set may stay unsatisfied");
        assertEquals(List.of(Mismatch.Kind.NOT_PRESENTED), kinds(result.unsatisfiedQueries().get("nice_to_have")));
        assertEquals(List.of(ClaimPath.of("given_name"), ClaimPath.of("family_name"), ClaimPath.of("address", "street_address")),
                result.selected("pid").orElseThrow().getFirst().claimPaths());
    }

    @Test
    void anOptionOfSeveralCredentialsNeedsThemAll() {
        SdJwtVcCredential reduced1 = vc("https://credentials.example.com/reduced_identity_credential", "{'given_name': 'John', 'family_name': 'Doe'}");
        SdJwtVcCredential reduced2 = vc("https://cred.example/residence_credential", "{'postal_code': '90210', 'locality': 'X', 'region': 'Y'}");
        DcqlResult both = PresentationEvaluator.evaluate(ALTERNATIVES, Map.of("pid_reduced_cred_1", List.of(reduced1),
                "pid_reduced_cred_2", List.of(reduced2)));
        assertTrue(both.satisfied(), both.problems().toString());
        assertEquals(Optional.of(List.of("pid_reduced_cred_1", "pid_reduced_cred_2")), both.credentialSets().get(0).satisfiedOption());

        DcqlResult half = PresentationEvaluator.evaluate(ALTERNATIVES, Map.of("pid_reduced_cred_1", List.of(reduced1)));
        assertFalse(half.satisfied());
        assertEquals(List.of(Mismatch.Kind.CREDENTIAL_SET_NOT_SATISFIED), kinds(half.problems()));
        assertTrue(half.problems().getFirst().detail().contains("credential_sets[0]"));
    }

    @Test
    void theOptionalSetCountsWhenPresented() {
        DcqlResult result = PresentationEvaluator.evaluate(ALTERNATIVES, Map.of("other_pid", List.of(vc("https://othercredentials.example/pid", PERSON)),
                "nice_to_have", List.of(vc("https://company.example/company_rewards", "{'rewards_number': 4711}"))));
        assertTrue(result.satisfied(), result.problems().toString());
        assertEquals(Optional.of(List.of("other_pid")), result.credentialSets().get(0).satisfiedOption());
        assertEquals(Optional.of(List.of("nice_to_have")), result.credentialSets().get(1).satisfiedOption());
    }

    @Test
    void onlyTheOptionalSetIsNotEnough() {
        DcqlResult result = PresentationEvaluator.evaluate(ALTERNATIVES,
                Map.of("nice_to_have", List.of(vc("https://company.example/company_rewards", "{'rewards_number': 4711}"))));
        assertFalse(result.satisfied());
        assertEquals(List.of(Mismatch.Kind.CREDENTIAL_SET_NOT_SATISFIED), kinds(result.problems()));
    }

    @Test
    void withoutCredentialSetsEveryQueryIsRequired() {
        DcqlQuery query = Examples.query("multi_credentials.json");
        DcqlResult result = PresentationEvaluator.evaluate(query, Map.of("pid", List.of(pid())));
        assertFalse(result.satisfied());
        assertEquals(List.of(Mismatch.Kind.NOT_PRESENTED), kinds(result.problems()));
        assertEquals(Set.of("pid"), result.satisfiedQueries());

        MdocCredential mvrc = new MdocCredential("org.iso.7367.1.mVRC", Map.of("org.iso.7367.1", Map.of("vehicle_holder", "John Doe"),
                "org.iso.18013.5.1", Map.of("given_name", "John")), true);
        assertTrue(PresentationEvaluator.evaluate(query, Map.of("pid", List.of(pid()), "mdl", List.of(mvrc))).satisfied());
    }

    @Test
    void morePresentationsThanOneNeedMultiple() {
        DcqlQuery single = Examples.query("simple.json");
        SdJwtVcCredential one = vc("https://credentials.example.com/identity_credential", PERSON);
        DcqlResult twice = PresentationEvaluator.evaluate(single, Map.of("my_credential", List.of(one, one)));
        assertFalse(twice.satisfied());
        assertEquals(List.of(Mismatch.Kind.TOO_MANY_PRESENTATIONS), kinds(twice.unsatisfiedQueries().get("my_credential")));
        assertEquals(Optional.empty(), twice.selected("my_credential"), "no claims of a failed query are handed over");

        DcqlQuery multiple = Examples.inline(Examples.text("simple.json").replace("\"format\"", "\"multiple\": true, \"format\""));
        DcqlResult allowed = PresentationEvaluator.evaluate(multiple, Map.of("my_credential", List.of(one, one)));
        assertTrue(allowed.satisfied(), allowed.problems().toString());
        assertEquals(2, allowed.selected("my_credential").orElseThrow().size());
    }

    @Test
    void aPresentationThatDoesNotMatchFailsTheResponseEvenForAnOptionalSet() {
        DcqlResult result = PresentationEvaluator.evaluate(ALTERNATIVES, Map.of("pid", List.of(pid()),
                "nice_to_have", List.of(vc("https://company.example/company_rewards", "{'points': 12}"))));
        assertFalse(result.satisfied());
        assertEquals(List.of(Mismatch.Kind.PRESENTATION_NOT_MATCHING), kinds(result.problems()));
        assertEquals(List.of(Mismatch.Kind.CLAIM_MISSING), kinds(result.unsatisfiedQueries().get("nice_to_have")));
    }

    @Test
    void aWrongVctFailsTheQuery() {
        DcqlResult result = PresentationEvaluator.evaluate(Examples.query("simple.json"),
                Map.of("my_credential", List.of(vc("https://othercredentials.example/pid", PERSON))));
        assertFalse(result.satisfied());
        assertEquals(List.of(Mismatch.Kind.CREDENTIAL_TYPE), kinds(result.unsatisfiedQueries().get("my_credential")));
    }

    @Test
    void anUnknownIdFailsTheResponse() {
        DcqlResult result = PresentationEvaluator.evaluate(Examples.query("simple.json"),
                Map.of("my_credential", List.of(pid()), "smuggled", List.of(pid())));
        assertFalse(result.satisfied());
        assertEquals(List.of(Mismatch.Kind.UNKNOWN_CREDENTIAL_QUERY), kinds(result.problems()));
    }

    @Test
    void anEmptyListIsNothingPresented() {
        DcqlResult result = PresentationEvaluator.evaluate(Examples.query("simple.json"), Map.of("my_credential", List.of()));
        assertFalse(result.satisfied());
        assertEquals(List.of(Mismatch.Kind.NOT_PRESENTED), kinds(result.problems()));
    }
}
