package io.sigillum.crypto.pkcs11;

import io.sigillum.crypto.testing.SoftHsm;
import io.sigillum.crypto.pkcs11.Pkcs11Exception.Reason;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a token: the failures each get a reason of their own, and no message shows a PIN. */
class Pkcs11LoginTest {

    private static final String WRONG_PIN = "6574839201";

    @Test
    void aWrongPinIsRefusedWithoutShowingIt() {
        SoftHsm.Tokens hsm = SoftHsm.tokens();

        Pkcs11Exception e = assertThrows(Pkcs11Exception.class,
                () -> Pkcs11Token.open(hsm.login(), WRONG_PIN.toCharArray()));

        assertEquals(Reason.WRONG_PIN, e.reason());
        assertTrue(e.getMessage().contains("refused the PIN"), e.getMessage());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            assertFalse(message.contains(WRONG_PIN), message);
            assertFalse(message.contains(SoftHsm.pinText()), message);
        }
        try (Pkcs11Token token = Pkcs11Token.open(hsm.login(), SoftHsm.pin())) {
            token.generateKey("after-a-wrong-pin", SignatureAlgorithm.ES256);
            assertTrue(token.aliases().contains("after-a-wrong-pin"), "the right PIN still opens it");
        }
    }

    @Test
    void aMissingLibraryIsAClearError() {
        Pkcs11Config config = Pkcs11Config.of(Path.of("/nonexistent/pkcs11/libvendor.so"), 0);

        Pkcs11Exception e = assertThrows(Pkcs11Exception.class, () -> Pkcs11Token.open(config, SoftHsm.pin()));

        assertEquals(Reason.LIBRARY_NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("/nonexistent/pkcs11/libvendor.so"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAPkcs11LibraryIsAClearError(@TempDir Path directory) throws Exception {
        Path notALibrary = Files.writeString(directory.resolve("libnot-pkcs11.so"), "not a shared object");

        Pkcs11Exception e = assertThrows(Pkcs11Exception.class,
                () -> Pkcs11Token.open(Pkcs11Config.of(notALibrary, 0), SoftHsm.pin()));

        assertEquals(Reason.LIBRARY_FAILED, e.reason());
    }

    @Test
    void aSlotWithoutATokenIsAClearError() {
        Path library = SoftHsm.tokens().library();

        Pkcs11Exception noSuchSlot = assertThrows(Pkcs11Exception.class,
                () -> Pkcs11Token.open(Pkcs11Config.of(library, 987_654_321L), SoftHsm.pin()));
        Pkcs11Exception pastTheEnd = assertThrows(Pkcs11Exception.class,
                () -> Pkcs11Token.open(new Pkcs11Config(library, Pkcs11Slot.listIndex(99)), SoftHsm.pin()));

        assertEquals(Reason.TOKEN_NOT_FOUND, noSuchSlot.reason());
        assertEquals(Reason.TOKEN_NOT_FOUND, pastTheEnd.reason());
    }

    @Test
    void aLibraryPathThatCouldRewriteTheProviderConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pkcs11Config.of(Path.of("relative/lib.so"), 0));
        assertThrows(IllegalArgumentException.class,
                () -> Pkcs11Config.of(Path.of("/opt/x\"\nslot = 1/lib.so"), 0));
        assertThrows(IllegalArgumentException.class, () -> Pkcs11Config.of(Path.of("/opt/${user.home}/lib.so"), 0));
        assertThrows(IllegalArgumentException.class, () -> Pkcs11Slot.id(-1));
    }
}
