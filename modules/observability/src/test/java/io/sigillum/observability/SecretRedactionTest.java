package io.sigillum.observability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretRedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FATAL: password authentication failed; password=hunter2 host=db | FATAL: password authentication failed; password=[redacted] host=db",
            "connect(user=sa, pwd: s3cr3t) | connect(user=sa, pwd: [redacted])",
            "{\"pin\":\"1234\",\"slot\":2} | {\"pin\":\"[redacted]\",\"slot\":2}",
            "Authorization: Bearer abc.def-ghi | Authorization: Bearer [redacted]",
            "authorization: BEARER abc | authorization: BEARER [redacted]",
            "sent bEaReR\tabc to kms | sent bEaReR\t[redacted] to kms",
            "sigillum.kms.master-key=AAAAAAAAAAAA | sigillum.kms.master-key=[redacted]",
            "DB_PASSWORD=hunter2 | DB_PASSWORD=[redacted]",
            "Client-Secret: xyz | Client-Secret: [redacted]",
            "\"Private_Key\": \"abc\" | \"Private_Key\": \"[redacted]\"",
            "API-KEY=k1 | API-KEY=[redacted]",
            "token eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln refused | token [redacted] refused"})
    void blanksSecretsAndKeepsTheRest(String text, String expected) {
        assertEquals(expected, SecretRedaction.redact(text));
    }

    @Test
    void blanksPemPrivateKeys() {
        String text = "key:\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI\n-----END EC PRIVATE KEY-----\nend";
        assertEquals("key:\n[redacted]\nend", SecretRedaction.redact(text));
    }

    @Test
    void leavesOrdinaryTextAndNullAlone() {
        assertEquals("key kid-1 rotated; 3 signatures", SecretRedaction.redact("key kid-1 rotated; 3 signatures"));
        assertNull(SecretRedaction.redact(null));
    }

    @Test
    void theLogLineCarriesNoSecretFromAnExceptionOrItsCause() {
        LogRecord record = new LogRecord(Level.SEVERE, "login with password=hunter2 failed");
        record.setThrown(new IllegalStateException("outer", new RuntimeException("pin=4321 rejected")));

        String line = new JsonLogFormatter().format(record);

        assertFalse(line.contains("hunter2"), line);
        assertFalse(line.contains("4321"), line);
        assertTrue(line.contains("[redacted]"), line);
    }
}
