package io.sigillum.keymanagement.backend.software;

import io.sigillum.keymanagement.backend.KeyBackendException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MasterKeySourceTest {

    @TempDir
    Path directory;

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void anEmbeddedRunGeneratesAKeyFileOnlyItsOwnerCanReadAndKeepsIt() throws Exception {
        Path file = directory.resolve("kms/master.key");
        MasterKey first = new MasterKeySource(Optional.empty(), file, true, true).load();

        assertTrue(first.generated());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        MasterKey again = new MasterKeySource(Optional.empty(), file, true, true).load();
        assertEquals(first.id(), again.id(), "the second start uses the same key");
    }

    @Test
    void productionRefusesAGeneratedKey() {
        Path file = directory.resolve("master.key");
        new MasterKeySource(Optional.empty(), file, true, true).load();

        KeyBackendException refused = assertThrows(KeyBackendException.class,
                () -> new MasterKeySource(Optional.empty(), file, false, false).load());
        assertTrue(refused.getMessage().contains("was generated for development"), refused.getMessage());
    }

    @Test
    void productionRefusesAPlaceholderKey() {
        for (String placeholder : new String[] {
                Base64.getEncoder().encodeToString(new byte[32]),
                Base64.getEncoder().encodeToString("abababababababababababababababab".getBytes()),
                Base64.getEncoder().encodeToString("0123012301230123012301230123012301230123".substring(0, 32).getBytes())}) {
            KeyBackendException refused = assertThrows(KeyBackendException.class,
                    () -> new MasterKeySource(Optional.of(placeholder), directory.resolve("none"), false, false).load());
            assertTrue(refused.getMessage().contains("placeholder"), refused.getMessage());
            assertFalse(refused.getMessage().contains(placeholder), "the key is never in a message");
        }
    }

    @Test
    void productionWithoutAKeyRefusesToStartAndSaysWhatToSet() {
        KeyBackendException refused = assertThrows(KeyBackendException.class,
                () -> new MasterKeySource(Optional.empty(), directory.resolve("absent.key"), false, false).load());
        assertTrue(refused.getMessage().contains("sigillum.kms.master-key"), refused.getMessage());
        assertFalse(Files.exists(directory.resolve("absent.key")), "nothing generated");
    }

    @Test
    void aConfiguredRandomKeyIsTakenInProduction() {
        String key = randomKey();
        MasterKey master = new MasterKeySource(Optional.of(key), directory.resolve("unused"), false, false).load();

        assertFalse(master.generated());
        assertEquals(16, master.id().length());
        assertFalse(master.toString().contains(key));
    }

    @Test
    void malformedKeysAreNamedNotShown() {
        KeyBackendException notBase64 = assertThrows(KeyBackendException.class,
                () -> new MasterKeySource(Optional.of("not*base64"), directory.resolve("x"), false, false).load());
        assertEquals("the KMS master key in sigillum.kms.master-key is not base64", notBase64.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> new MasterKeySource(Optional.of(Base64.getEncoder().encodeToString(new byte[16])),
                        directory.resolve("x"), false, false).load());
        assertEquals("the KMS master key must be 32 bytes, not 16", tooShort.getMessage());
    }
}
