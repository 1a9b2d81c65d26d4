package io.sigillum.status.serving;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answers' rules that need no container: the form by Accept, tag matching, and 501 without history. */
class TokenResponsesTest {

    private static final byte[] JWT = "eyJ.eyJ.sig".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CWT = {(byte) 0xd2, (byte) 0x84};

    private static ServedTokens serving() {
        ServedTokens served = new ServedTokens();
        Instant now = Instant.now();
        served.offer(new ServedToken("l1", "https://s.test/status-lists/l1", 3, JWT, CWT, now.minusSeconds(5),
                now.plus(Duration.ofHours(1)), Duration.ofMinutes(5)));
        return served;
    }

    @Test
    void withHistoricalResolutionOffATimeIsAnswered501() {
        TokenResponses responses = new TokenResponses(serving(), (listId, time) -> Optional.empty(), false);

        WebApplicationException refused = assertThrows(WebApplicationException.class,
                () -> responses.respond("l1", "1686925000", null, List.of(MediaType.WILDCARD_TYPE)));

        assertEquals(501, refused.getResponse().getStatus());
        try (Response current = responses.respond("l1", null, null, List.of(MediaType.WILDCARD_TYPE))) {
            assertEquals(200, current.getStatus(), "without time the current token is served");
            assertArrayEquals(JWT, (byte[]) current.getEntity());
        }
    }

    @Test
    void theFormFollowsTheClientsPreferenceAndTagsMatchAsRfc9110Says() {
        assertEquals(TokenForm.CWT, TokenResponses.form(List.of(MediaType.valueOf("application/statuslist+cwt"),
                MediaType.valueOf("application/statuslist+jwt"))));
        assertEquals(TokenForm.JWT, TokenResponses.form(List.of(MediaType.WILDCARD_TYPE)));
        assertEquals(TokenForm.JWT, TokenResponses.form(List.of()));
        assertTrue(TokenResponses.matches("\"a\", W/\"b\"", "\"b\""));
        assertTrue(TokenResponses.matches(" * ", "\"b\""));
        assertEquals(false, TokenResponses.matches("\"a\"", "\"b\""));
    }
}
