package io.sigillum.crypto.provider;

import org.junit.jupiter.api.Test;

import java.security.Security;
import java.security.Signature;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CryptoProvidersTest {

    @Test
    void theActiveProviderIsTheOneThatServesEs256() throws Exception {
        ActiveProvider active = CryptoProviders.install();

        assertSame(active, CryptoProviders.active());
        assertSame(active, CryptoProviders.install());
        assertEquals(active.name(), Signature.getInstance("SHA256withECDSA").getProvider().getName());
        if (active.fast()) {
            assertEquals(active.name(), Security.getProviders()[0].getName());
            assertTrue(active.reason().isEmpty());
        }
    }

    @Test
    void onLinuxX8664TheFastProviderIsActive() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        assumeTrue(os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")),
                "the bundled native library is for linux-x86_64 only");

        ActiveProvider active = CryptoProviders.install();

        assertTrue(active.fast(), active.toString());
        assertEquals("AmazonCorrettoCryptoProvider", active.name());
    }
}
