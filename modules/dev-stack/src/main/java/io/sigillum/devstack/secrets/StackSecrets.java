package io.sigillum.devstack.secrets;

import io.sigillum.devstack.stack.StackLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The dev stack's generated passwords, kept in {@code var/secrets/} (mode 600) so that every
 * start uses the same ones as the keystores and the broker instance made on the first.
 *
 * @param tlsPassword    protects every PKCS#12 store under {@code var/pki/}
 * @param brokerPassword the broker user's password
 */
public record StackSecrets(String tlsPassword, String brokerPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TLS_FILE = "tls-password";
    private static final String BROKER_FILE = "broker-password";

    /**
     * Reads the passwords, generating each one that does not exist yet.
     *
     * @param layout where {@code var/} is
     * @return the passwords
     */
    public static StackSecrets loadOrCreate(StackLayout layout) {
        PrivateFiles.createPrivateDirectory(layout.secrets());
        return new StackSecrets(
                loadOrCreate(layout.secrets().resolve(TLS_FILE)),
                loadOrCreate(layout.secrets().resolve(BROKER_FILE)));
    }

    /**
     * Reads the passwords without creating any, for commands that only look at a running stack.
     *
     * @param layout where {@code var/} is
     * @return the passwords, or empty if {@code up} never made them
     */
    public static Optional<StackSecrets> load(StackLayout layout) {
        Path tls = layout.secrets().resolve(TLS_FILE);
        Path broker = layout.secrets().resolve(BROKER_FILE);
        if (!Files.exists(tls) || !Files.exists(broker)) {
            return Optional.empty();
        }
        return Optional.of(new StackSecrets(loadOrCreate(tls), loadOrCreate(broker)));
    }

    /** @return 32 random bytes, base64url: 256 bits, and no character a shell or URL would mangle */
    static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!existing.isEmpty()) {
                    return existing;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String created = newPassword();
        PrivateFiles.writeSecret(file, created.getBytes(StandardCharsets.UTF_8));
        return created;
    }

    /** Keeps the passwords out of logs and exception messages. */
    @Override
    public String toString() {
        return "StackSecrets[***]";
    }
}
