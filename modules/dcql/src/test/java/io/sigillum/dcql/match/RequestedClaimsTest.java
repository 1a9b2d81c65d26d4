package io.sigillum.dcql.match;

import io.sigillum.dcql.Examples;
import io.sigillum.sdjwt.ClaimPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only the selected claims reach the relying party; minimal disclosure drops paths inside selected claims. */
class RequestedClaimsTest {

    @Test
    void onlyTheSelectedClaimsAndTheirContainersAreKept() {
        Map<String, Object> kept = RequestedClaims.keep(Examples.arthurDent(),
                List.of(ClaimPath.of("address", "locality"), ClaimPath.of("degrees", 1, "type"), ClaimPath.of("nationalities", 0)));
        assertEquals(Examples.object("{'address': {'locality': 'Milliways'}, 'degrees': [{'type': 'Master of Science'}],"
                + " 'nationalities': ['British']}"), kept);
    }

    @Test
    void aSelectedObjectIsKeptWhole() {
        assertEquals(Map.of("address", Examples.arthurDent().get("address")),
                RequestedClaims.keep(Examples.arthurDent(), List.of(ClaimPath.of("address"), ClaimPath.of("address", "locality"))));
    }

    @Test
    void aSelectedNullIsKept() {
        Map<String, Object> kept = RequestedClaims.keep(Examples.object("{'middle_name': null, 'name': 'A'}"), List.of(ClaimPath.of("middle_name")));
        assertEquals(1, kept.size());
        assertEquals(null, kept.get("middle_name"));
    }

    @Test
    void pathsThatSelectNothingKeepNothing() {
        assertEquals(Map.of(), RequestedClaims.keep(Examples.arthurDent(), List.of(ClaimPath.of("name", "first"), ClaimPath.of("missing"))));
        assertEquals(Map.of(), RequestedClaims.keep(Examples.arthurDent(), List.of()));
    }

    @Test
    void mdocNamespacesAreKeptTheSameWay() {
        Map<String, Map<String, Object>> nameSpaces = Map.of("org.iso.18013.5.1", Map.of("given_name", "Erika", "portrait", "AAEC"),
                "org.iso.18013.5.1.aamva", Map.of("DHS_compliance", "F"));
        assertEquals(Map.of("org.iso.18013.5.1", Map.of("given_name", "Erika")),
                RequestedClaims.keep(nameSpaces, List.of(ClaimPath.of("org.iso.18013.5.1", "given_name"))));
    }

    @Test
    void disclosureDropsPathsInsideASelectedClaim() {
        CredentialMatch.Satisfied match = new CredentialMatch.Satisfied("q", java.util.Optional.empty(), List.of(
                new SelectedClaim(ClaimPath.of("address", "locality"), "Milliways"),
                new SelectedClaim(ClaimPath.of("address"), Map.of()),
                new SelectedClaim(ClaimPath.of("name"), "Arthur Dent")));
        assertEquals(Set.of(ClaimPath.of("address"), ClaimPath.of("name")), ClaimsToDisclose.of(match));
        assertEquals(Set.of(ClaimPath.of("address"), ClaimPath.of("name"), ClaimPath.of("nationalities", 0)), ClaimsToDisclose.of(List.of(match,
                new CredentialMatch.Satisfied("r", java.util.Optional.empty(), List.of(new SelectedClaim(ClaimPath.of("nationalities", 0), "British"))))));
    }
}
