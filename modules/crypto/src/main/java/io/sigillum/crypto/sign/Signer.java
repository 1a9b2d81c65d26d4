package io.sigillum.crypto.sign;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signs JWS signing inputs with one private key, wherever that key lives: in this process
 * ({@link LocalKeySigner}), in an HSM through PKCS#11, or behind the key-management service.
 * Callers see the key id, the algorithm and the certificate chain, never the key.
 *
 * <p>Implementations are thread-safe.
 */
public interface Signer {

    /** @return the key's identifier, the {@code kid} header of what it signs */
    String keyId();

    /** @return the one algorithm this key signs with */
    SignatureAlgorithm algorithm();

    /**
     * Signs a JWS signing input: {@code ASCII(BASE64URL(header) || '.' || BASE64URL(payload))}
     * (RFC 7515 §5.1), or any other byte string the algorithm signs as is.
     *
     * @param signingInput the bytes to sign
     * @return the signature in JOSE form: R‖S, each left-padded to the curve's size, for ECDSA
     *         (RFC 7518 §3.4); the 64-byte signature for Ed25519 (RFC 8037 §3.1)
     * @throws SigningException when the key cannot sign (a remote signer may be unreachable)
     */
    byte[] sign(byte[] signingInput);

    /**
     * @return the key's certificate chain, leaf first, for an {@code x5c} header; empty when the
     *         key has no certificate
     */
    List<X509Certificate> certificateChain();
}
