package io.sigillum.devstack.secrets;

import io.sigillum.devstack.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackSecretsTest {

    @TempDir
    Path root;

    @Test
    void passwordsAreGeneratedOnceKeptOwnerOnlyAndReused() throws Exception {
        StackLayout layout = StackLayout.at(root);
        assertEquals(Optional.empty(), StackSecrets.load(layout), "status must not create secrets");

        StackSecrets first = StackSecrets.loadOrCreate(layout);
        assertEquals(43, first.tlsPassword().length(), "256 random bits, base64url");
        assertNotEquals(first.tlsPassword(), first.brokerPassword());
        assertEquals("rw-------", mode(layout.secrets().resolve("tls-password")));
        assertEquals("rw-------", mode(layout.secrets().resolve("broker-password")));
        assertEquals("rwx------", mode(layout.secrets()));

        assertEquals(first, StackSecrets.loadOrCreate(layout));
        assertEquals(Optional.of(first), StackSecrets.load(layout));
        assertFalse(first.toString().contains(first.tlsPassword()));
    }

    @Test
    void writesLeaveNoPartialFilesBehind() throws Exception {
        Path file = root.resolve("a/b/secret");
        PrivateFiles.writeSecret(file, new byte[] {1, 2, 3});
        PrivateFiles.writeSecret(file, new byte[] {4});
        assertEquals(1, Files.readAllBytes(file).length);
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
        assertTrue(mode(file).equals("rw-------"));
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
