package io.sigillum.observability;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CorrelationIdTest {

    @Test
    void keepsAWellFormedCallerId() {
        assertEquals("req-42.a:b_c", CorrelationId.acceptOrCreate("req-42.a:b_c"));
    }

    @Test
    void replacesMissingOversizedOrForgeryProneIds() {
        for (String offered : new String[] {null, "", "x".repeat(65), "a\nfake log line", "{\"level\":\"SEVERE\"}"}) {
            String id = CorrelationId.acceptOrCreate(offered);
            assertNotEquals(offered, id);
            assertDoesNotThrow(() -> UUID.fromString(id));
        }
    }
}
