package io.sigillum.keymanagement.signing;

import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.keymanagement.audit.KeyAction;
import io.sigillum.keymanagement.audit.SigningTally;
import io.sigillum.keymanagement.key.KeyProblems;
import io.sigillum.keymanagement.key.KeyPurpose;
import io.sigillum.keymanagement.key.KeyState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signs for callers: the key must exist, its purpose be granted to the caller, the key be active,
 * and the inputs be within limits. Checked in that order, so a caller without the grant learns
 * nothing about another purpose's keys but that they exist.
 */
@ApplicationScoped
public class SigningService {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeys keys;
    private final Grants grants;
    private final SigningTally tally;
    private final int maxInputBytes;
    private final int maxBatchSize;

    @Inject
    SigningService(SigningKeys keys, Grants grants, SigningTally tally,
                   @ConfigProperty(name = "sigillum.kms.max-input-bytes", defaultValue = "262144") int maxInputBytes,
                   @ConfigProperty(name = "sigillum.kms.max-batch-size", defaultValue = "256") int maxBatchSize) {
        this.keys = keys;
        this.grants = grants;
        this.tally = tally;
        this.maxInputBytes = maxInputBytes;
        this.maxBatchSize = maxBatchSize;
    }

    /** Signatures made with one key. */
    record Signed(CachedKey key, List<String> signatures) {
    }

    /**
     * @param inputs  base64url inputs (one for a single signature)
     * @param digests whether the inputs are digests
     * @param batch   whether they came as a batch (positions are named in errors)
     */
    Signed sign(String caller, String kid, List<String> inputs, boolean digests, boolean batch) {
        if (kid == null || kid.isEmpty()) {
            throw KeyProblems.badRequest("Name the key to sign with (kid).");
        }
        if (inputs == null || inputs.isEmpty()) {
            throw KeyProblems.badRequest("There is nothing to sign.");
        }
        if (inputs.size() > maxBatchSize) {
            throw KeyProblems.tooLarge("A batch holds at most " + maxBatchSize + " inputs, not " + inputs.size() + ".");
        }
        CachedKey key = keys.byKid(kid);
        usable(caller, key);
        DigestSigner signer = key.signer();
        List<byte[]> decoded = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            byte[] input = SignatureInputs.decode(inputs.get(i), batch ? i : -1, maxInputBytes);
            if (digests) {
                SignatureInputs.checkDigest(input, signer.algorithm(), batch ? i : -1);
            }
            decoded.add(input);
        }
        List<String> signatures = new ArrayList<>(decoded.size());
        for (byte[] input : decoded) {
            signatures.add(BASE64URL.encodeToString(digests ? signer.signDigest(input) : signer.sign(input)));
        }
        tally.count(caller, KeyAction.SIGN, key.kid(), key.purpose().value(), key.scope(), signatures.size());
        return new Signed(key, signatures);
    }

    /** @return the active key of a purpose and scope the caller is granted */
    CachedKey activeKey(String caller, KeyPurpose purpose, String scope) {
        granted(caller, purpose, null, scope);
        Optional<CachedKey> active = keys.active(purpose, scope);
        return active.orElseThrow(() -> KeyProblems.noActiveKey(purpose.value(), scope));
    }

    private void usable(String caller, CachedKey key) {
        granted(caller, key.purpose(), key.kid(), key.scope());
        if (!key.purpose().signing()) {
            throw KeyProblems.badRequest("Key " + key.kid() + " is a key-agreement key; it signs nothing.");
        }
        if (key.state() != KeyState.ACTIVE || key.signer() == null) {
            tally.count(caller, KeyAction.SIGN_REFUSED, key.kid(), key.purpose().value(), key.scope(), 1);
            throw KeyProblems.notActive(key.kid(), key.state());
        }
    }

    private void granted(String caller, KeyPurpose purpose, String kid, String scope) {
        if (!grants.allows(caller, purpose)) {
            tally.count(caller, KeyAction.SIGN_REFUSED, kid, purpose.value(), scope, 1);
            throw KeyProblems.notGranted(caller, purpose.value());
        }
    }
}
