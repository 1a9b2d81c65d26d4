package io.sigillum.gateway.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** RFC 6750 §2.1's grammar, field by field. */
class BearerTokenTest {

    private static BearerToken.Presented of(String... fields) {
        WritableHeaders<?> headers = WritableHeaders.create();
        for (String field : fields) {
            headers.add(HeaderNames.AUTHORIZATION, field);
        }
        return BearerToken.of(headers);
    }

    @Test
    void aWellFormedTokenIsTakenWhateverTheSchemesCase() {
        assertEquals(new BearerToken.Token("eyJ.a-b_c~d+e/f.g=="), of("Bearer eyJ.a-b_c~d+e/f.g=="));
        assertEquals(new BearerToken.Token("abc"), of("bEARER    abc"));
        assertEquals(new BearerToken.Token("abc"), of("  Bearer abc  "));
    }

    @Test
    void aBearerFieldThatBreaksTheGrammarIsMalformed() {
        for (String field : new String[] {"Bearer", "Bearer ", "Bearer a b", "Bearer a=b", "Bearer ===", "Bearer a,b",
                "Bearer é", "Bearer a\tb"}) {
            assertInstanceOf(BearerToken.Malformed.class, of(field), field);
        }
        assertInstanceOf(BearerToken.Malformed.class, of("Bearer a", "Bearer b"), "two fields");
    }

    @Test
    void otherSchemesAndNoFieldAreNoBearerCredentials() {
        assertInstanceOf(BearerToken.Absent.class, of());
        for (String field : new String[] {"Basic dXNlcjpwdw==", "DPoP abc", "BearerX abc", "Bearer\tabc", "Bear abc"}) {
            assertInstanceOf(BearerToken.Absent.class, of(field), field);
        }
    }
}
