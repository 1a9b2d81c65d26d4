package io.sigillum.keymanagement;

import io.sigillum.crypto.pkcs11.Pkcs11Slot;
import io.sigillum.crypto.testing.SoftHsm;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

import java.util.Map;

/**
 * Points the service at a SoftHSM2 token and makes {@code status-list-signing} a pkcs11 purpose;
 * register it before {@code @HelidonTest}. Skips the class where SoftHSM2 is not installed.
 */
final class SoftHsmBackend implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    static final String PURPOSE = "status-list-signing";

    private static Map<String, String> properties() {
        SoftHsm.Tokens tokens = SoftHsm.tokens();
        return Map.of(
                "sigillum.kms.pkcs11.library", tokens.library().toString(),
                "sigillum.kms.pkcs11.slot", Long.toString(((Pkcs11Slot.Id) tokens.main().slot()).id()),
                "sigillum.kms.pkcs11.pin", new String(SoftHsm.pin()),
                "sigillum.kms.backend." + PURPOSE, "pkcs11");
    }

    /**
     * Skips the class as a condition, before any extension's callbacks: skipped from beforeAll, the
     * class would still get Helidon's afterAll, which fails on a container it never started.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            SoftHsm.tokens();
            return ConditionEvaluationResult.enabled("SoftHSM2 is installed");
        } catch (TestAbortedException notInstalled) {
            return ConditionEvaluationResult.disabled(notInstalled.getMessage());
        }
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
