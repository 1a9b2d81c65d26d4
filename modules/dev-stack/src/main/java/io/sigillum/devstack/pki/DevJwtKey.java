package io.sigillum.devstack.pki;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.devstack.StackException;
import io.sigillum.devstack.secrets.PrivateFiles;
import io.sigillum.devstack.stack.StackLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The key that signs development access tokens: {@code var/dev/jwt-signing-key.pem} (P-256,
 * PKCS#8, mode 600) and {@code var/dev/jwt-public.pem}, which every service reads through
 * {@code mp.jwt.verify.publickey.location} (the gateway through {@code sigillum.gateway.jwt.publickey.location}).
 *
 * @param privateKey the signing key
 * @param publicKey  its public key
 */
public record DevJwtKey(ECPrivateKey privateKey, ECPublicKey publicKey) {

    /**
     * Creates the key files if they do not exist.
     *
     * @param layout where {@code var/dev/} is
     * @return the files created, relative to the root
     */
    public static List<Path> ensure(StackLayout layout) {
        List<Path> created = new ArrayList<>();
        PrivateFiles.createPrivateDirectory(layout.dev());
        if (!Files.exists(layout.jwtSigningKey()) || !Files.exists(layout.jwtPublicKey())) {
            KeyPair keys = EcKeyPairs.p256();
            PrivateFiles.writeSecret(layout.jwtSigningKey(),
                    Pem.encodePrivateKey(keys.getPrivate()).getBytes(StandardCharsets.US_ASCII));
            PrivateFiles.writePublic(layout.jwtPublicKey(),
                    Pem.encodePublicKey(keys.getPublic()).getBytes(StandardCharsets.US_ASCII));
            created.add(layout.root().relativize(layout.jwtSigningKey()));
            created.add(layout.root().relativize(layout.jwtPublicKey()));
        }
        return created;
    }

    /**
     * Reads the key files.
     *
     * @param layout where {@code var/dev/} is
     * @return the key pair
     * @throws StackException if the stack was never started here
     */
    public static DevJwtKey load(StackLayout layout) {
        if (!Files.exists(layout.jwtSigningKey()) || !Files.exists(layout.jwtPublicKey())) {
            throw new StackException("there is no development JWT key yet; run ./sigillum up first");
        }
        try {
            PrivateKey privateKey = Pem.decodePrivateKey(Files.readString(layout.jwtSigningKey()));
            var publicKey = Pem.decodePublicKey(Files.readString(layout.jwtPublicKey()));
            if (privateKey instanceof ECPrivateKey ecPrivate && publicKey instanceof ECPublicKey ecPublic) {
                return new DevJwtKey(ecPrivate, ecPublic);
            }
            throw new StackException("the development JWT key is not an EC key; delete var/dev and run ./sigillum up");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the development JWT key", e);
        } catch (IllegalArgumentException e) {
            throw new StackException("the development JWT key does not parse (" + e.getMessage()
                    + "); delete var/dev and run ./sigillum up");
        }
    }

    /** @return the RFC 7638 thumbprint of the public key, used as {@code kid} */
    public String keyId() {
        try {
            return new ECKey.Builder(Curve.P_256, publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the JWK thumbprint", e);
        }
    }
}
