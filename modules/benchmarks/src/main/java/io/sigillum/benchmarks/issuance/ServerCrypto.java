package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.SignedInput;
import io.sigillum.benchmarks.service.TokenIssuer;
import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Verifier;

import java.security.KeyPair;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The public-key operations the services make for one issuance, counted from their code, done
 * in this process with one JCA provider: what an issuer on that provider could not go below even
 * with zero overhead. Status list signing is left out: the status service signs a list when its
 * bits change, and allocating a VALID entry changes none; so is the KMS's fetch of the active key
 * (once per 30 s).
 *
 * <p>Not thread-safe: one per thread.
 */
final class ServerCrypto {

    /** Each operation, in the order an issuance makes them, and where. */
    static final List<String> OPERATIONS = List.of(
            "verify  DPoP proof at POST /token                     (issuance)",
            "verify  DPoP proof at POST /credential                (issuance)",
            "verify  key proof (openid4vci-proof+jwt)              (issuance)",
            "verify  issuance's MP-JWT at POST /allocations        (status)",
            "verify  issuance's MP-JWT at POST /signatures         (key management)",
            "sign    the credential's issuer-signed JWT, ES256     (key management)");
    /** The credential's JWS signing input, about the size of a PID SD-JWT VC's issuer-signed JWT. */
    static final int CREDENTIAL_SIGNING_INPUT_BYTES = 3_300;

    private final List<SignedInput> verifications;
    private final LocalKeySigner credentialKey;
    private final byte[] credentialInput;

    private ServerCrypto(List<SignedInput> verifications, LocalKeySigner credentialKey, byte[] credentialInput) {
        this.verifications = verifications;
        this.credentialKey = credentialKey;
        this.credentialInput = credentialInput;
    }

    /**
     * Makes the inputs as the run's wallets and services make them (proofs of the same shape, a
     * service token of the same claims), signed by fresh P-256 keys, and checks that each verifies.
     */
    static ServerCrypto create(Provider provider) {
        WalletKey dpopKey = WalletKey.generate();
        WalletKey holderKey = WalletKey.generate();
        Instant now = Instant.now();
        String nonce = "x0OvwQ5mbkS7TfFVrcbXgA";
        String accessToken = "gMfCZt1XgR5CEtwzVs_ycEB8QqUmEeAd9dRpp7GYrBY";
        String issuer = IssuanceStack.CREDENTIAL_ISSUER;
        KeyPair service = EcKeyPairs.p256();
        String serviceToken = new Es256JwtMinter((ECPrivateKey) service.getPrivate(), "bench").mint(TokenIssuer.claims(
                "issuance", List.of("kms-signer", "status-issuer"), now, "4b1e6f0e-6a4f-4c1e-9d55-0b3f3e1f9a11"));
        List<SignedInput> verifications = new ArrayList<>();
        verifications.add(SignedInput.of(WalletProofs.dpop(dpopKey, "POST", issuer + "/token", null, nonce, now),
                Verifier.of(dpopKey.publicKey(), provider)));
        verifications.add(SignedInput.of(WalletProofs.dpop(dpopKey, "POST", issuer + "/credential", accessToken, nonce, now),
                Verifier.of(dpopKey.publicKey(), provider)));
        verifications.add(SignedInput.of(WalletProofs.keyProof(holderKey, issuer, nonce, now),
                Verifier.of(holderKey.publicKey(), provider)));
        verifications.add(SignedInput.of(serviceToken, Verifier.of(service.getPublic(), provider)));
        verifications.add(SignedInput.of(serviceToken, Verifier.of(service.getPublic(), provider)));
        byte[] credentialInput = SignedInput.text(CREDENTIAL_SIGNING_INPUT_BYTES);
        ServerCrypto crypto = new ServerCrypto(List.copyOf(verifications),
                LocalKeySigner.withProvider("credential-signing", EcKeyPairs.p256().getPrivate(), provider), credentialInput);
        if (crypto.run() != verifications.size()) {
            throw new IllegalStateException("an input of the crypto bound does not verify");
        }
        return crypto;
    }

    /**
     * Makes every operation of one issuance once.
     *
     * @return how many verifications succeeded (all of them), or -1 when the signature is not a JOSE ES256 one
     */
    int run() {
        int valid = SignedInput.valid(verifications);
        return credentialKey.sign(credentialInput).length == 64 ? valid : -1;
    }
}
