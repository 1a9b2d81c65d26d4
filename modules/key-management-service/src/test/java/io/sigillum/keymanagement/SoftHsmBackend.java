package io.sigillum.keymanagement;

import io.sigillum.crypto.pkcs11.Pkcs11Slot;
import io.sigillum.crypto.testing.SoftHsm;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * Points the service at a SoftHSM2 token and makes {@code status-list-signing} a pkcs11 purpose;
 * register it before {@code @HelidonTest}. Skips the class where SoftHSM2 is not installed.
 */
final class SoftHsmBackend implements BeforeAllCallback, AfterAllCallback {

    static final String PURPOSE = "status-list-signing";

    private static Map<String, String> properties() {
        SoftHsm.Tokens tokens = SoftHsm.tokens();
        return Map.of(
                "sigillum.kms.pkcs11.library", tokens.library().toString(),
                "sigillum.kms.pkcs11.slot", Long.toString(((Pkcs11Slot.Id) tokens.main().slot()).id()),
                "sigillum.kms.pkcs11.pin", new String(SoftHsm.pin()),
                "sigillum.kms.backend." + PURPOSE, "pkcs11");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        properties().forEach(System::setProperty);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        properties().keySet().forEach(System::clearProperty);
    }
}
