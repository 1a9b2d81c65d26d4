package io.sigillum.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The public keys bearer tokens are verified with, read once at start-up from
 * {@code sigillum.gateway.jwt.publickey.location}: a PEM {@code PUBLIC KEY} (EC or Ed25519; a
 * token's {@code kid} is then not consulted, as with MP-JWT's PEM keys) or a JWKS (RFC 7517 §5) or
 * single JWK of EC keys, whose {@code kid} a token's header selects. Keys meant for encryption, or
 * whose algorithm the allow-list leaves out, are skipped; a location without any usable key stops
 * the gateway.
 */
final class VerificationKeys {

    /** One usable key; {@code keyId} null when it has none. */
    record Key(String keyId, Verifier verifier) {
    }

    private final List<Key> keys;

    VerificationKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    static VerificationKeys load(String location, Set<SignatureAlgorithm> allowed) {
        String text;
        try {
            text = Files.readString(path(location));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: cannot read " + location, e);
        }
        List<Key> keys = new ArrayList<>();
        for (Key key : text.stripLeading().startsWith("{") ? fromJwks(text) : List.of(fromPem(text))) {
            if (allowed.contains(key.verifier().algorithm())) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: " + location
                    + " holds no signature key for the algorithms allowed by sigillum.gateway.jwt.algorithms " + allowed);
        }
        return new VerificationKeys(keys);
    }

    /**
     * The keys to try for a token: the one its {@code kid} names, or every key when the token names
     * none or the keys have no ids (a PEM key). A named key that is not here gives none.
     */
    List<Key> candidates(String keyId) {
        if (keyId == null || keys.stream().allMatch(k -> k.keyId() == null)) {
            return keys;
        }
        return keys.stream().filter(k -> keyId.equals(k.keyId())).toList();
    }

    private static Path path(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    }

    private static Key fromPem(String text) {
        try {
            return new Key(null, Verifier.of(Pem.decodePublicKey(text)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: not a PEM PUBLIC KEY "
                    + "of an EC (P-256, P-384, P-521) or Ed25519 key, nor a JWKS", e);
        }
    }

    private static List<Key> fromJwks(String text) {
        List<JWK> jwks;
        try {
            jwks = text.contains("\"keys\"") ? JWKSet.parse(text).getKeys() : List.of(JWK.parse(text));
        } catch (ParseException e) {
            throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: the JWKS does not parse", e);
        }
        List<Key> keys = new ArrayList<>();
        for (JWK jwk : jwks) {
            if (jwk.isPrivate()) {
                throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: the JWKS holds a private key");
            }
            if (!(jwk instanceof ECKey ec) || KeyUse.ENCRYPTION.equals(jwk.getKeyUse())) {
                continue; // RSA, oct and encryption keys verify nothing here
            }
            Verifier verifier;
            try {
                verifier = Verifier.of(ec.toECPublicKey());
            } catch (JOSEException | IllegalArgumentException e) {
                throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: EC key "
                        + ec.getKeyID() + " is not usable", e);
            }
            if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().getName().equals(verifier.algorithm().jwsName())) {
                throw new IllegalStateException("sigillum.gateway.jwt.publickey.location: key " + ec.getKeyID()
                        + " says alg " + jwk.getAlgorithm() + " but its curve signs " + verifier.algorithm().jwsName());
            }
            keys.add(new Key(ec.getKeyID(), verifier));
        }
        return keys;
    }
}
