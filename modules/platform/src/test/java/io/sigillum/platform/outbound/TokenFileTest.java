package io.sigillum.platform.outbound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KMS token file: read stripped, read again when renewed, and a missing file named without its path. */
class TokenFileTest {

    @Test
    void theTokenIsReadAgainWhenTheFileIsRenewed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("kms.token"), "first-token\n");
        TokenFile tokens = new TokenFile(file.toString());
        assertEquals("first-token", tokens.get());

        Files.writeString(file, "renewed-token");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals("renewed-token", tokens.get());
    }

    @Test
    void aMissingFileIsAClearFailureThatNamesOnlyTheFile(@TempDir Path dir) {
        TokenFile tokens = new TokenFile(dir.resolve("absent.token").toString());

        UncheckedIOException failure = assertThrows(UncheckedIOException.class, tokens::get);
        assertTrue(failure.getMessage().endsWith("absent.token"), failure.getMessage());
        assertFalse(failure.getMessage().contains(dir.toString()), "no machine path in the message");
    }
}
