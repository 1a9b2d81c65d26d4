package io.sigillum.dcql.match;

import io.sigillum.dcql.Examples;
import io.sigillum.dcql.query.DcqlQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Wallet chooses what to send (§6.4): candidates per query, and the Verifier's preferred answer. */
class CredentialSelectorTest {

    static final DcqlQuery COMPLEX_MDOC = Examples.query("complex_mdoc.json");
    static final Map<String, Object> IDENTITY = Map.of("given_name", "Erika", "family_name", "Mustermann", "portrait", "AAEC");

    static MdocCredential photoId(Map<String, Object> elements) {
        return new MdocCredential("org.iso.23220.photoid.1", Map.of("org.iso.18013.5.1", elements), true);
    }

    static MdocCredential mdl(Map<String, Object> elements) {
        return new MdocCredential("org.iso.18013.5.1.mDL", Map.of("org.iso.18013.5.1", elements), true);
    }

    @Test
    void aPhotoIdAnswersWhenThereIsNoMdl() {
        MdocCredential photo = photoId(IDENTITY);
        CredentialSelector.Selection selection = CredentialSelector.select(COMPLEX_MDOC, List.of(photo));
        assertTrue(selection.satisfiable());
        Map<String, CredentialSelector.Candidate> preferred = selection.preferred().orElseThrow();
        assertEquals(List.of("photo_card-id"), List.copyOf(preferred.keySet()), "the optional address set cannot be satisfied and is left out");
        assertSame(photo, preferred.get("photo_card-id").credential());
        assertEquals(List.of(), selection.candidates().get("mdl-id"));
    }

    @Test
    void theVerifiersFirstOptionIsPreferredAndOptionalSetsAreIncludedWhenPossible() {
        Map<String, Object> withAddress = new java.util.HashMap<>(IDENTITY);
        withAddress.put("resident_address", "Heidestraße 17");
        withAddress.put("resident_country", "DE");
        MdocCredential photo = photoId(withAddress);
        MdocCredential licence = mdl(withAddress);
        CredentialSelector.Selection selection = CredentialSelector.select(COMPLEX_MDOC, List.of(photo, licence));
        Map<String, CredentialSelector.Candidate> preferred = selection.preferred().orElseThrow();
        assertEquals(List.of("mdl-id", "mdl-address"), List.copyOf(preferred.keySet()));
        assertSame(licence, preferred.get("mdl-address").credential());
        assertEquals(1, selection.candidates().get("photo_card-address").size(), "the alternative stays visible to the End-User");
    }

    @Test
    void nothingIsSentWhenARequiredSetCannotBeSatisfied() {
        CredentialSelector.Selection selection = CredentialSelector.select(COMPLEX_MDOC, List.of(photoId(Map.of("given_name", "Erika"))));
        assertFalse(selection.satisfiable());
        assertEquals(Optional.empty(), selection.preferred());
    }

    @Test
    void withoutCredentialSetsEveryQueryNeedsACandidate() {
        DcqlQuery query = Examples.query("multi_credentials.json");
        SdJwtVcCredential pid = new SdJwtVcCredential("https://credentials.example.com/identity_credential",
                Examples.object("{'given_name': 'John', 'family_name': 'Doe', 'address': {'street_address': 'Main St 1'}}"), true);
        assertFalse(CredentialSelector.select(query, List.of(pid)).satisfiable());
        MdocCredential mvrc = new MdocCredential("org.iso.7367.1.mVRC", Map.of("org.iso.7367.1", Map.of("vehicle_holder", "John Doe"),
                "org.iso.18013.5.1", Map.of("given_name", "John")), true);
        CredentialSelector.Selection both = CredentialSelector.select(query, List.of(mvrc, pid));
        assertEquals(List.of("pid", "mdl"), List.copyOf(both.preferred().orElseThrow().keySet()), "in query order");
    }

    @Test
    void aCredentialWhoseValuesDoNotMatchIsTreatedAsAbsent() {
        DcqlQuery query = Examples.query("value_matching_simple.json");
        String claims = "{'family_name': 'Doe', 'given_name': 'John', 'address': {'street_address': 'Main St 1'}, 'postal_code': '%s'}";
        SdJwtVcCredential elsewhere = new SdJwtVcCredential("https://credentials.example.com/identity_credential",
                Examples.object(claims.formatted("10115")), true);
        SdJwtVcCredential beverlyHills = new SdJwtVcCredential("https://credentials.example.com/identity_credential",
                Examples.object(claims.formatted("90210")), true);
        CredentialSelector.Selection selection = CredentialSelector.select(query, List.of(elsewhere, beverlyHills));
        assertSame(beverlyHills, selection.preferred().orElseThrow().get("my_credential").credential());
        assertEquals(1, selection.candidates().get("my_credential").size());
    }
}
