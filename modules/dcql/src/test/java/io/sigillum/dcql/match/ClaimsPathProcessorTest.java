package io.sigillum.dcql.match;

import io.sigillum.dcql.Examples;
import io.sigillum.dcql.query.ClaimsPathPointer;
import io.sigillum.sdjwt.ClaimPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §7.1.1 and §7.2.1, with the examples of §7.3. */
class ClaimsPathProcessorTest {

    private static final Map<String, Object> ARTHUR = Examples.arthurDent();

    private static List<SelectedClaim> selected(ClaimsPathPointer pointer) {
        return assertInstanceOf(ClaimsPathProcessor.Selection.Selected.class, ClaimsPathProcessor.process(pointer, ARTHUR)).claims();
    }

    private static String failed(ClaimsPathPointer pointer, Map<String, Object> credential) {
        return assertInstanceOf(ClaimsPathProcessor.Selection.Failed.class, ClaimsPathProcessor.process(pointer, credential)).reason();
    }

    @Test
    void aNameSelectsTheClaim() {
        assertEquals(List.of(new SelectedClaim(ClaimPath.of("name"), "Arthur Dent")), selected(ClaimsPathPointer.of("name")));
    }

    @Test
    void anObjectIsSelectedWithItsSubClaims() {
        assertEquals(List.of(new SelectedClaim(ClaimPath.of("address"), ARTHUR.get("address"))), selected(ClaimsPathPointer.of("address")));
    }

    @Test
    void aNestedPathSelectsTheNestedClaim() {
        assertEquals(List.of(new SelectedClaim(ClaimPath.of("address", "street_address"), "42 Market Street")),
                selected(ClaimsPathPointer.of("address", "street_address")));
    }

    @Test
    void nullSelectsEveryElementAndTheRestOfThePathAppliesToEach() {
        assertEquals(List.of(new SelectedClaim(ClaimPath.of("degrees", 0, "type"), "Bachelor of Science"),
                        new SelectedClaim(ClaimPath.of("degrees", 1, "type"), "Master of Science")),
                selected(ClaimsPathPointer.of("degrees", null, "type")));
    }

    @Test
    void anIndexSelectsOneElement() {
        assertEquals(List.of(new SelectedClaim(ClaimPath.of("nationalities", 1), "Betelgeusian")),
                selected(ClaimsPathPointer.of("nationalities", 1)));
    }

    @Test
    void elementsWithoutTheKeyLeaveTheSelection() {
        Map<String, Object> credential = Examples.object("{'degrees': [{'type': 'BSc'}, {'university': 'U'}, {'type': 'MSc'}]}");
        assertEquals(List.of(ClaimPath.of("degrees", 0, "type"), ClaimPath.of("degrees", 2, "type")),
                assertInstanceOf(ClaimsPathProcessor.Selection.Selected.class,
                        ClaimsPathProcessor.process(ClaimsPathPointer.of("degrees", null, "type"), credential))
                        .claims().stream().map(SelectedClaim::path).toList());
    }

    @Test
    void whatSelectsNothingIsAnError() {
        assertTrue(failed(ClaimsPathPointer.of("birthdate"), ARTHUR).contains("selects no claim"));
        assertTrue(failed(ClaimsPathPointer.of("nationalities", 2), ARTHUR).contains("selects no claim"));
        assertTrue(failed(ClaimsPathPointer.of("list", null), Examples.object("{'list': []}")).contains("selects no claim"));
    }

    @Test
    void aNameAppliedToSomethingOtherThanAnObjectIsAnError() {
        assertTrue(failed(ClaimsPathPointer.of("name", "first"), ARTHUR).contains("name, which is not an object"));
        assertTrue(failed(ClaimsPathPointer.of("nationalities", "first"), ARTHUR).contains("not an object"));
        // One element of the selection that is not an object aborts the whole processing (§7.1.1 step 2.1).
        assertTrue(failed(ClaimsPathPointer.of("mixed", null, "a"), Examples.object("{'mixed': [{'a': 1}, 'text']}"))
                .contains("mixed[1], which is not an object"));
    }

    @Test
    void nullOrAnIndexAppliedToSomethingOtherThanAnArrayIsAnError() {
        assertTrue(failed(ClaimsPathPointer.of("address", null), ARTHUR).contains("address, which is not an array"));
        assertTrue(failed(ClaimsPathPointer.of("name", 0), ARTHUR).contains("not an array"));
    }

    @Test
    void aNullClaimIsSelectedButHasNoMembers() {
        Map<String, Object> credential = Examples.object("{'middle_name': null}");
        assertEquals(List.of(new SelectedClaim(ClaimPath.of("middle_name"), null)),
                assertInstanceOf(ClaimsPathProcessor.Selection.Selected.class,
                        ClaimsPathProcessor.process(ClaimsPathPointer.of("middle_name"), credential)).claims());
        assertTrue(failed(ClaimsPathPointer.of("middle_name", "x"), credential).contains("not an object"));
    }

    @Test
    void anMdocPointerIsANamespaceAndADataElement() {
        Map<String, Map<String, Object>> nameSpaces = Map.of("org.iso.18013.5.1", Map.of("given_name", "Erika", "age_over_18", true));
        assertEquals(List.of(new SelectedClaim(ClaimPath.of("org.iso.18013.5.1", "age_over_18"), true)),
                assertInstanceOf(ClaimsPathProcessor.Selection.Selected.class,
                        ClaimsPathProcessor.processMdoc(ClaimsPathPointer.of("org.iso.18013.5.1", "age_over_18"), nameSpaces)).claims());
        assertInstanceOf(ClaimsPathProcessor.Selection.Failed.class,
                ClaimsPathProcessor.processMdoc(ClaimsPathPointer.of("org.iso.23220.1", "given_name"), nameSpaces));
        assertInstanceOf(ClaimsPathProcessor.Selection.Failed.class,
                ClaimsPathProcessor.processMdoc(ClaimsPathPointer.of("org.iso.18013.5.1", "portrait"), nameSpaces));
        assertInstanceOf(ClaimsPathProcessor.Selection.Failed.class,
                ClaimsPathProcessor.processMdoc(ClaimsPathPointer.of("org.iso.18013.5.1", "given_name", 0), nameSpaces));
    }
}
