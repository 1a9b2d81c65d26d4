package io.sigillum.crypto.pkcs11;

import io.sigillum.crypto.testing.SoftHsm;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key outlives the process that made it. A second provider instance in the same JVM shares
 * the loaded library and its login, so only another JVM shows the key is a token object on
 * disk and not a session object that happened to still be alive.
 */
class Pkcs11RestartTest {

    @Test
    void aKeyMadeHereSignsInAnotherJvm() throws Exception {
        SoftHsm.Tokens hsm = SoftHsm.tokens();
        Pkcs11Signer signer;
        try (Pkcs11Token token = Pkcs11Token.open(hsm.main(), SoftHsm.pin())) {
            signer = token.generateKey("restart-" + System.nanoTime(), SignatureAlgorithm.ES384);
        }
        byte[] message = "signed after a restart".getBytes(StandardCharsets.US_ASCII);

        // The child inherits SOFTHSM2_CONF, so it sees the same token directory.
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SignInAnotherProcess.class.getName(),
                hsm.main().library().toString(),
                Long.toString(((Pkcs11Slot.Id) hsm.main().slot()).id()),
                signer.keyId(),
                Base64URL.encode(message).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write((new String(SoftHsm.pin()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the other JVM did not finish");
        assertEquals(0, child.exitValue(), "the other JVM failed; its output: " + output);

        byte[] signature = Base64URL.from(output).decode();
        assertTrue(Verifier.of(signer.publicKey()).verify(message, signature));
    }
}
