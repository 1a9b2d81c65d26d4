package io.sigillum.benchmarks.service;

import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The run's own MP-JWT issuer: a P-256 key whose public half the service is told to trust
 * ({@code mp.jwt.verify.publickey.location}), and ES256 access tokens for the admin and the signer.
 */
public final class TokenIssuer {

    /** The {@code iss} of the run's tokens ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "sigillum-kms-load";
    /** Tokens outlive any run. */
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final Es256JwtMinter minter;
    private final Path publicKey;

    private TokenIssuer(Es256JwtMinter minter, Path publicKey) {
        this.minter = minter;
        this.publicKey = publicKey;
    }

    /** Makes a key and writes its public half, as PEM, into {@code directory}. */
    public static TokenIssuer create(Path directory) throws IOException {
        KeyPair keys = EcKeyPairs.p256();
        Path pem = directory.resolve("jwt-public.pem");
        Files.writeString(pem, Pem.encodePublicKey(keys.getPublic()), StandardCharsets.US_ASCII);
        return new TokenIssuer(new Es256JwtMinter((ECPrivateKey) keys.getPrivate(), "kms-load"), pem);
    }

    /** @return the service configuration that makes it trust these tokens */
    public Map<String, String> serviceProperties() {
        return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    /** @return a token of this subject with this role ({@code groups}) */
    public String token(String subject, String role) {
        return token(subject, List.of(role));
    }

    /** @return a token of this subject with these roles ({@code groups}), e.g. a service's own token */
    public String token(String subject, List<String> roles) {
        return minter.mint(claims(subject, roles, Instant.now(), UUID.randomUUID().toString()));
    }

    /**
     * The claims of this issuer's tokens, for a run that signs such a token with a key of its own
     * (the crypto bounds verify tokens of the very shape the services verify).
     *
     * @return {@code iss}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp} an hour later, {@code jti}
     */
    public static Map<String, Object> claims(String subject, List<String> roles, Instant now, String jti) {
        return Map.of("iss", ISSUER, "sub", subject, "upn", subject, "groups", List.copyOf(roles),
                "iat", now.getEpochSecond(), "exp", now.plus(LIFETIME).getEpochSecond(), "jti", jti);
    }

    /**
     * Writes a token into a file, as a deployment hands a service its own token
     * ({@code sigillum.kms.token-file}, {@code sigillum.issuance.service-token-file}).
     *
     * @return the file
     */
    public Path tokenFile(Path directory, String subject, List<String> roles) throws IOException {
        Path file = directory.resolve(subject + ".token");
        Files.writeString(file, token(subject, roles), StandardCharsets.US_ASCII);
        return file;
    }
}
