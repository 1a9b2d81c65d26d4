package io.sigillum.gateway.auth;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One set of public keys bearer tokens are verified with, as read from a file or fetched from a
 * JWKS URL: a PEM {@code PUBLIC KEY} (EC, Ed25519 or RSA; a token's {@code kid} is then not
 * consulted, as with MP-JWT's PEM keys) or a JWKS (RFC 7517 §5) or single JWK of EC and RSA keys,
 * as JSON or base64url-encoded JSON, whose {@code kid} a token's header selects. Immutable; a refresh makes a new set.
 *
 * <p>Keys meant for encryption ({@code use: enc}, or {@code key_ops} without {@code verify},
 * RFC 7517 §4.2, §4.3), of other types, or whose algorithm the allow-list leaves out are skipped.
 * A key that would be used but cannot be trusted refuses the whole set: a private key, a
 * signature {@code alg} that contradicts the key, an RSA key under 2048 bits (RFC 7518 §3.3). An RSA key
 * without {@code alg} verifies each RSA algorithm the allow-list names, one verifier for each, so
 * that a token's {@code alg} still has to be one its key is bound to.
 */
final class VerificationKeys {

    private static final String WHERE = "sigillum.gateway.jwt.publickey.location: ";

    /**
     * One usable key for one algorithm.
     *
     * @param keyId       its {@code kid}, or null when it has none
     * @param fingerprint the SHA-256 of its SubjectPublicKeyInfo, to tell whether a refreshed set
     *                    changed (never logged)
     */
    record Key(String keyId, String fingerprint, Verifier verifier) {

        Key(String keyId, PublicKey publicKey, Verifier verifier) {
            this(keyId, VerificationKeys.fingerprint(publicKey), verifier);
        }
    }

    private final List<Key> keys;

    VerificationKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * Reads a key file once, at start-up.
     *
     * @throws IllegalStateException when it cannot be read or holds no usable key
     */
    static VerificationKeys read(Path path, Set<SignatureAlgorithm> allowed) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(WHERE + "cannot read " + path, e);
        }
        return parse(text, allowed);
    }

    /**
     * @param text a PEM public key, a JWKS or one JWK
     * @throws IllegalStateException with a message safe to log (it holds no key material) when
     *                               the text is no key, a key is untrustworthy, or none is usable
     */
    static VerificationKeys parse(String text, Set<SignatureAlgorithm> allowed) {
        String json = json(text.strip());
        List<Key> keys = json != null ? fromJwks(json, allowed) : fromPem(text, allowed);
        if (keys.isEmpty()) {
            throw new IllegalStateException(WHERE + "holds no signature key for the algorithms allowed by "
                    + "sigillum.gateway.jwt.algorithms " + allowed.stream().map(SignatureAlgorithm::jwsName).sorted().toList());
        }
        return new VerificationKeys(keys);
    }

    /**
     * The JSON of a JWK or JWKS given as it is or base64url-encoded, as MP-JWT's "Supported Public
     * Key Formats" allow for {@code mp.jwt.verify.publickey.location}; null for anything else (PEM).
     */
    private static String json(String text) {
        if (text.startsWith("{")) {
            return text;
        }
        if (text.isEmpty() || text.startsWith("-----")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).strip();
            return decoded.startsWith("{") ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null; // not base64url: left to the PEM parser to refuse
        }
    }

    /**
     * The keys to try for a token: the ones its {@code kid} names, or every key when the token
     * names none or the keys have no ids (a PEM key). A named key that is not here gives none.
     */
    List<Key> candidates(String keyId) {
        if (keyId == null || keys.stream().allMatch(k -> k.keyId() == null)) {
            return keys;
        }
        return keys.stream().filter(k -> keyId.equals(k.keyId())).toList();
    }

    /** The ids of the keys, for logs ("(none)" for a key without one). */
    SortedSet<String> keyIds() {
        return keys.stream().map(k -> Objects.requireNonNullElse(k.keyId(), "(none)"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** How many distinct keys there are (an RSA key bound to several algorithms counts once). */
    int size() {
        return identities().size();
    }

    /** Whether the other set holds exactly the same keys under the same ids and algorithms. */
    boolean sameAs(VerificationKeys other) {
        return other != null && signatures().equals(other.signatures());
    }

    private Set<String> identities() {
        return keys.stream().map(k -> k.keyId() + " " + k.fingerprint()).collect(Collectors.toSet());
    }

    private Set<String> signatures() {
        return keys.stream().map(k -> k.keyId() + " " + k.fingerprint() + " " + k.verifier().algorithm())
                .collect(Collectors.toSet());
    }

    private static List<Key> fromPem(String text, Set<SignatureAlgorithm> allowed) {
        PublicKey key;
        try {
            key = Pem.decodePublicKey(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(WHERE + "not a PEM PUBLIC KEY of an EC (P-256, P-384, P-521), "
                    + "Ed25519 or RSA key, nor a JWKS", e);
        }
        return keysOf(null, key, null, allowed);
    }

    private static List<Key> fromJwks(String text, Set<SignatureAlgorithm> allowed) {
        List<JWK> jwks;
        try {
            jwks = text.contains("\"keys\"") ? JWKSet.parse(text).getKeys() : List.of(JWK.parse(text));
        } catch (ParseException e) {
            // Not e's message: it may quote the document.
            throw new IllegalStateException(WHERE + "the JWKS does not parse");
        }
        List<Key> keys = new ArrayList<>();
        for (JWK jwk : jwks) {
            if (jwk.isPrivate()) {
                throw new IllegalStateException(WHERE + "the JWKS holds a private key");
            }
            if (!(jwk instanceof ECKey || jwk instanceof RSAKey) || !forVerifying(jwk)) {
                continue; // oct, OKP and encryption keys verify nothing here
            }
            PublicKey publicKey;
            try {
                publicKey = ((AsymmetricJWK) jwk).toPublicKey();
            } catch (JOSEException | RuntimeException e) {
                throw new IllegalStateException(WHERE + "key " + jwk.getKeyID() + " is not usable", e);
            }
            keys.addAll(keysOf(jwk.getKeyID(), publicKey, jwk.getAlgorithm(), allowed));
        }
        return keys;
    }

    /**
     * RFC 7517 §4.2–§4.4: a key for encryption, whose operations leave out verify, or whose
     * {@code alg} is no signature algorithm of ours (RSA-OAEP, ECDH-ES, HS256 …) is not ours.
     */
    private static boolean forVerifying(JWK jwk) {
        if (KeyUse.ENCRYPTION.equals(jwk.getKeyUse())) {
            return false;
        }
        if (jwk.getAlgorithm() != null && SignatureAlgorithm.fromJwsName(jwk.getAlgorithm().getName()).isEmpty()) {
            return false;
        }
        return jwk.getKeyOperations() == null || jwk.getKeyOperations().contains(KeyOperation.VERIFY);
    }

    /** The key's verifiers for the allowed algorithms it may sign with; {@code declared} is its JWK {@code alg}. */
    private static List<Key> keysOf(String keyId, PublicKey publicKey, Algorithm declared, Set<SignatureAlgorithm> allowed) {
        String name = keyId == null ? "the key" : "key " + keyId;
        if (publicKey instanceof RSAPublicKey rsa) {
            List<SignatureAlgorithm> algorithms = rsaAlgorithms(name, declared, allowed);
            List<Key> keys = new ArrayList<>();
            for (SignatureAlgorithm algorithm : algorithms) {
                try {
                    keys.add(new Key(keyId, publicKey, Verifier.of(rsa, algorithm)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(WHERE + "RSA " + name + " has " + rsa.getModulus().bitLength()
                            + " bits; RFC 7518 §3.3 requires at least " + SignatureAlgorithm.MIN_RSA_KEY_BITS);
                }
            }
            return keys;
        }
        Verifier verifier;
        try {
            verifier = Verifier.of(publicKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(WHERE + name + " is not usable: " + e.getMessage());
        }
        if (declared != null && !declared.getName().equals(verifier.algorithm().jwsName())) {
            throw new IllegalStateException(WHERE + name + " says alg " + declared + " but its curve signs "
                    + verifier.algorithm().jwsName());
        }
        return allowed.contains(verifier.algorithm()) ? List.of(new Key(keyId, publicKey, verifier)) : List.of();
    }

    /** The RSA algorithms a key is used with: its declared one, or every allowed one when it declares none. */
    private static List<SignatureAlgorithm> rsaAlgorithms(String name, Algorithm declared, Set<SignatureAlgorithm> allowed) {
        if (declared == null) {
            return allowed.stream().filter(SignatureAlgorithm::rsa).sorted().toList();
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromJwsName(declared.getName())
                .filter(SignatureAlgorithm::rsa)
                .orElseThrow(() -> new IllegalStateException(WHERE + "RSA " + name + " says alg " + declared
                        + ", which an RSA key does not sign"));
        return allowed.contains(algorithm) ? List.of(algorithm) : List.of();
    }

    private static String fingerprint(PublicKey key) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
