package io.sigillum.gateway.auth;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ValidatedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ValidateAccessToken.Caller CALLER = new ValidateAccessToken.Caller("op", Set.of("a"));

    private final ValidatedTokens tokens = new ValidatedTokens();
    private final VerificationKeys keys = new VerificationKeys(List.of());

    @Test
    void foundOnlyWithTheSameKeysAndBeforeItsEnd() {
        tokens.remember("t", CALLER, NOW.plusSeconds(10), keys);
        assertSame(CALLER, tokens.find("t", keys, NOW.plusSeconds(9)));
        assertNull(tokens.find("t", keys, NOW.plusSeconds(10)), "not at its end");
        assertNull(tokens.find("t", keys, NOW), "forgotten once past its end");
        assertNull(tokens.find("other", keys, NOW));

        tokens.remember("t", CALLER, NOW.plusSeconds(10), keys);
        assertNull(tokens.find("t", new VerificationKeys(List.of()), NOW), "another key set, even an equal one");
        assertNull(tokens.find("t", null, NOW), "no keys at all");
        assertEquals(0, tokens.size());
    }

    @Test
    void memoryIsBounded() {
        for (int i = 0; i <= ValidatedTokens.CAPACITY; i++) {
            tokens.remember("t" + i, CALLER, NOW.plusSeconds(60), keys);
        }
        assertEquals(1, tokens.size(), "full, it starts afresh with the newest");
        assertSame(CALLER, tokens.find("t" + ValidatedTokens.CAPACITY, keys, NOW));
    }
}
