package io.sigillum.keymanagement.signing;

import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.keymanagement.backend.KeyBackends;
import io.sigillum.keymanagement.key.KeyProblems;
import io.sigillum.keymanagement.key.KeyPurpose;
import io.sigillum.keymanagement.key.KeyState;
import io.sigillum.keymanagement.key.ManagedKeyRecord;
import io.sigillum.keymanagement.key.ManagedKeys;
import io.sigillum.keymanagement.key.StoredKeys;
import io.sigillum.keymanagement.key.KeyChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys the signing path uses, kept in memory so a signature costs no database read: a key's
 * state is read again once it is older than {@code sigillum.kms.state-cache-ttl} (1 s), so a
 * rotation or retirement made by another replica stops signatures with the old key within that time
 * (on this replica, at once).
 * The private key is opened (unwrapped, or found in the HSM) once per key.
 */
@ApplicationScoped
public class SigningKeys {

    private record ActiveKey(String kid, Instant loadedAt) {
    }

    private record Slot(KeyPurpose purpose, String scope) {
    }

    private final ManagedKeys keys;
    private final KeyBackends backends;
    private final Duration ttl;
    private final Map<String, CachedKey> byKid = new ConcurrentHashMap<>();
    private final Map<Slot, ActiveKey> activeBySlot = new ConcurrentHashMap<>();

    @Inject
    SigningKeys(ManagedKeys keys, KeyBackends backends,
                @ConfigProperty(name = "sigillum.kms.state-cache-ttl", defaultValue = "PT1S") Duration ttl) {
        this.keys = keys;
        this.backends = backends;
        this.ttl = ttl;
    }

    /**
     * @return the key with its state at most {@code ttl} old
     * @throws jakarta.ws.rs.WebApplicationException 404 for an unknown key
     */
    CachedKey byKid(String kid) {
        Instant now = Instant.now();
        CachedKey cached = byKid.get(kid);
        if (cached != null && cached.loadedAt().plus(ttl).isAfter(now)) {
            return cached;
        }
        ManagedKeyRecord record = keys.find(kid).orElseThrow(() -> KeyProblems.unknownKey(kid));
        CachedKey loaded = new CachedKey(record.kid(), record.purpose(), record.scope(), record.state(),
                record.algorithm(), record.certificateChain(), signerFor(record, cached), now);
        byKid.put(kid, loaded);
        return loaded;
    }

    /** @return the active key of a purpose and scope, at most {@code ttl} old */
    Optional<CachedKey> active(KeyPurpose purpose, String scope) {
        Instant now = Instant.now();
        Slot slot = new Slot(purpose, scope);
        ActiveKey cached = activeBySlot.get(slot);
        if (cached == null || !cached.loadedAt().plus(ttl).isAfter(now)) {
            Optional<ManagedKeyRecord> active = keys.active(purpose, scope);
            if (active.isEmpty()) {
                activeBySlot.remove(slot);
                return Optional.empty();
            }
            cached = new ActiveKey(active.get().kid(), now);
            activeBySlot.put(slot, cached);
        }
        return Optional.of(byKid(cached.kid()));
    }

    /** Forgets a key and its slot's active key once a change to it commits on this replica. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyChanged change) {
        byKid.remove(change.kid());
        activeBySlot.remove(new Slot(change.purpose(), change.scope()));
    }

    private DigestSigner signerFor(ManagedKeyRecord record, CachedKey previous) {
        if (!record.purpose().signing() || record.state() != KeyState.ACTIVE) {
            // Only the active key signs; states never go back to active, so nothing is kept.
            return null;
        }
        if (previous != null && previous.signer() != null) {
            return previous.signer();
        }
        return backends.named(record.backend()).signer(StoredKeys.of(record),
                StoredKeys.binding(record.purpose(), record.scope()));
    }
}
