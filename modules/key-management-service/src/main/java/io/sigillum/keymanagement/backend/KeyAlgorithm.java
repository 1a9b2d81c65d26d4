package io.sigillum.keymanagement.backend;

import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/** The algorithms a managed key can have, with the key type each needs. */
public enum KeyAlgorithm {
    ES256("ES256", "EC", new ECGenParameterSpec("secp256r1"), SignatureAlgorithm.ES256),
    ES384("ES384", "EC", new ECGenParameterSpec("secp384r1"), SignatureAlgorithm.ES384),
    ES512("ES512", "EC", new ECGenParameterSpec("secp521r1"), SignatureAlgorithm.ES512),
    EDDSA("EdDSA", "Ed25519", NamedParameterSpec.ED25519, SignatureAlgorithm.EDDSA),
    /** Key agreement for encrypted responses (RFC 7518 §4.6) on P-256, as HAIP requires. */
    ECDH_ES("ECDH-ES", "EC", new ECGenParameterSpec("secp256r1"), null);

    private final String joseName;
    private final String keyType;
    private final AlgorithmParameterSpec parameters;
    private final SignatureAlgorithm signature;

    KeyAlgorithm(String joseName, String keyType, AlgorithmParameterSpec parameters, SignatureAlgorithm signature) {
        this.joseName = joseName;
        this.keyType = keyType;
        this.parameters = parameters;
        this.signature = signature;
    }

    /** The JOSE {@code alg} name. */
    public String joseName() {
        return joseName;
    }

    /** The JCA key pair generator algorithm. */
    public String keyType() {
        return keyType;
    }

    /** The curve. */
    public AlgorithmParameterSpec parameters() {
        return parameters;
    }

    /** The signature algorithm, or empty for a key-agreement key. */
    public Optional<SignatureAlgorithm> signature() {
        return Optional.ofNullable(signature);
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static KeyAlgorithm of(String joseName) {
        return Arrays.stream(values()).filter(a -> a.joseName.equals(joseName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown key algorithm: " + joseName));
    }
}
