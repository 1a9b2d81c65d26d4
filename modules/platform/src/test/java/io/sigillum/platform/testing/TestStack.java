package io.sigillum.platform.testing;

import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.events.testing.EmbeddedBroker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a service needs around it in a test, for real: an Artemis broker on a loopback port and an
 * MP-JWT issuer whose public key the service trusts. Register it before {@code @HelidonTest} (or
 * the Arquillian extension) so the configuration is in place when the service starts:
 * <pre>{@code @ExtendWith(TestStack.class) @HelidonTest class MyServiceTest { … }}</pre>
 * One broker and one key serve the whole test JVM.
 */
public final class TestStack implements BeforeAllCallback {

    /** The {@code iss} of test tokens, which the service is configured to accept. */
    public static final String ISSUER = "sigillum-test";

    private static EmbeddedBroker broker;
    private static Es256JwtMinter minter;
    private static Es256JwtMinter strangerMinter;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Starts the broker and the token issuer once per JVM and points the configuration at them. */
    public static synchronized void start() {
        if (broker != null) {
            return;
        }
        try {
            Path work = Files.createTempDirectory("sigillum-test-stack");
            broker = EmbeddedBroker.start(work.resolve("broker"));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
            KeyPair keys = p256();
            Path publicKey = work.resolve("jwt-public.pem");
            Files.writeString(publicKey, pem(keys), StandardCharsets.US_ASCII);
            minter = new Es256JwtMinter((ECPrivateKey) keys.getPrivate(), "test-key");
            strangerMinter = new Es256JwtMinter((ECPrivateKey) p256().getPrivate(), "test-key");
            System.setProperty("sigillum.broker.url", broker.url());
            System.setProperty("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
            System.setProperty("mp.jwt.verify.issuer", ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker, e.g. to stop it and watch readiness go down. */
    public static EmbeddedBroker broker() {
        return broker;
    }

    /** A valid access token with the given roles, for five minutes. */
    public static String token(String... roles) {
        return minter.mint(claims(ISSUER, Instant.now().plusSeconds(300), roles));
    }

    /** A valid token of a named caller (its {@code sub}), e.g. a service with its own grants. */
    public static String tokenFor(String subject, String... roles) {
        Map<String, Object> claims = new java.util.HashMap<>(claims(ISSUER, Instant.now().plusSeconds(300), roles));
        claims.put("sub", subject);
        claims.put("upn", subject);
        return minter.mint(claims);
    }

    /** A token that expired a minute ago. */
    public static String expiredToken(String... roles) {
        return minter.mint(claims(ISSUER, Instant.now().minusSeconds(60), roles));
    }

    /** A token signed by a key the service does not trust, with the same kid. */
    public static String tokenFromAnUntrustedKey(String... roles) {
        return strangerMinter.mint(claims(ISSUER, Instant.now().plusSeconds(300), roles));
    }

    /** A token from an issuer the service does not accept. */
    public static String tokenFromAnotherIssuer(String... roles) {
        return minter.mint(claims("someone-else", Instant.now().plusSeconds(300), roles));
    }

    /** An unsigned token ({@code alg: none}) claiming the roles. */
    public static String unsignedToken(String... roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"mallory\",\"upn\":\"mallory\",\"groups\":["
                + String.join(",", Arrays.stream(roles).map(r -> "\"" + r + "\"").toList()) + "],\"exp\":"
                + Instant.now().plusSeconds(300).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static Map<String, Object> claims(String issuer, Instant expiry, String... roles) {
        Instant now = Instant.now();
        return Map.of("iss", issuer, "sub", "test-operator", "upn", "test-operator",
                "groups", List.of(roles), "iat", Math.min(now.getEpochSecond(), expiry.getEpochSecond() - 60),
                "exp", expiry.getEpochSecond(), "jti", UUID.randomUUID().toString());
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
