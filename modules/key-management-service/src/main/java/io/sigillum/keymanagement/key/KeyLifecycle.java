package io.sigillum.keymanagement.key;

import io.sigillum.keymanagement.audit.KeyAction;
import io.sigillum.keymanagement.audit.KeyAudit;
import io.sigillum.keymanagement.backend.GeneratedKey;
import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.backend.KeyBackend;
import io.sigillum.keymanagement.backend.KeyBackends;
import io.sigillum.keymanagement.certificate.CertificateProfile;
import io.sigillum.keymanagement.certificate.KeyCertificates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lifecycle changes: create, rotate, retire, destroy. Each runs in one transaction that first
 * locks its purpose and scope, and commits with its audit records.
 */
@ApplicationScoped
public class KeyLifecycle {

    private final ManagedKeys keys;
    private final KeyBackends backends;
    private final KeyAudit audit;
    private final Duration verifyPeriod;
    private final Event<KeyChanged> changes;
    private final KeyCertificates certificates;

    @Inject
    KeyLifecycle(ManagedKeys keys, KeyBackends backends, KeyAudit audit, Event<KeyChanged> changes,
                 KeyCertificates certificates,
                 @ConfigProperty(name = "sigillum.kms.verify-period", defaultValue = "P90D") Duration verifyPeriod) {
        this.keys = keys;
        this.certificates = certificates;
        this.changes = changes;
        this.backends = backends;
        this.audit = audit;
        this.verifyPeriod = verifyPeriod;
    }

    /** What a rotation did. */
    public record Rotation(ManagedKeyRecord activated, Optional<ManagedKeyRecord> retired, Optional<ManagedKeyRecord> next) {
    }

    /**
     * Makes a key: {@code active} when its purpose and scope have none, else {@code next}.
     *
     * @throws jakarta.ws.rs.WebApplicationException 409 when there already is a next key
     */
    @Transactional
    public ManagedKeyRecord create(String actor, KeyPurpose purpose, String scope, Optional<KeyAlgorithm> algorithm,
                                   Optional<CertificateProfile> profile) {
        KeyAlgorithm chosen = PurposeAlgorithms.checked(purpose, algorithm);
        CertificateProfile certificate = profile.orElseGet(() -> CertificateProfile.defaultFor(purpose));
        if (!certificate.fits(purpose)) {
            throw KeyProblems.badRequest("Keys of purpose " + purpose.value() + " cannot have a "
                    + certificate.value() + " certificate.");
        }
        Instant now = Instant.now();
        keys.lockSlot(purpose, scope);
        boolean hasActive = keys.inState(purpose, scope, KeyState.ACTIVE).isPresent();
        if (hasActive) {
            keys.inState(purpose, scope, KeyState.NEXT).ifPresent(next -> {
                throw KeyProblems.conflict("Purpose " + purpose.value() + " already has a next key, " + next.kid()
                        + "; rotate to activate it, or destroy it, first.");
            });
        }
        return generate(actor, new Kind(purpose, scope, chosen, certificate), hasActive ? KeyState.NEXT : KeyState.ACTIVE, now);
    }

    /**
     * Makes the slot's first key, active, unless it has an active key: provisioning at start-up,
     * which every replica runs, so it must be a no-op wherever another replica was first.
     *
     * @return the key made, or empty when the slot had an active key
     */
    @Transactional
    public Optional<ManagedKeyRecord> provision(String actor, KeyPurpose purpose, String scope) {
        keys.lockSlot(purpose, scope);
        if (keys.inState(purpose, scope, KeyState.ACTIVE).isPresent()) {
            return Optional.empty();
        }
        Kind kind = new Kind(purpose, scope, PurposeAlgorithms.checked(purpose, Optional.empty()),
                CertificateProfile.defaultFor(purpose));
        return Optional.of(generate(actor, kind, KeyState.ACTIVE, Instant.now()));
    }

    /**
     * Activates the next key (a new one if there is none), retires the active one until
     * {@code verifyUntil}, and optionally prepares a new next key.
     */
    @Transactional
    public Rotation rotate(String actor, KeyPurpose purpose, String scope, Optional<Instant> verifyUntil, boolean prepareNext) {
        Instant now = Instant.now();
        Instant until = publishedUntil(verifyUntil, now);
        keys.lockSlot(purpose, scope);
        Optional<ManagedKeyRecord> active = keys.inState(purpose, scope, KeyState.ACTIVE);
        Optional<ManagedKeyRecord> next = keys.inState(purpose, scope, KeyState.NEXT);
        Kind kind = next.or(() -> active)
                .map(k -> new Kind(purpose, scope, KeyAlgorithm.of(k.algorithm()), k.certificateProfile()))
                .orElseGet(() -> new Kind(purpose, scope, PurposeAlgorithms.checked(purpose, Optional.empty()),
                        CertificateProfile.defaultFor(purpose)));
        active.ifPresent(old -> {
            old.retire(now, until);
            audit.record(actor, KeyAction.RETIRE, old.kid(), purpose.value(), scope, "rotated out; published until " + until);
            changed(old);
        });
        ManagedKeyRecord activated = next.orElseGet(() -> generate(actor, kind, KeyState.NEXT, now));
        activated.activate(now);
        audit.record(actor, KeyAction.ACTIVATE, activated.kid(), purpose.value(), scope, "rotation");
        changed(activated);
        Optional<ManagedKeyRecord> prepared = prepareNext
                ? Optional.of(generate(actor, kind, KeyState.NEXT, now)) : Optional.empty();
        return new Rotation(activated, active, prepared);
    }

    /** Retires a next or active key now; it stays published until {@code verifyUntil}. */
    @Transactional
    public ManagedKeyRecord retire(String actor, String kid, Optional<Instant> verifyUntil) {
        Instant now = Instant.now();
        Instant until = publishedUntil(verifyUntil, now);
        ManagedKeyRecord key = locked(kid);
        if (key.state() != KeyState.ACTIVE && key.state() != KeyState.NEXT) {
            throw KeyProblems.conflict("Key " + kid + " is already " + key.state().value() + ".");
        }
        key.retire(now, until);
        audit.record(actor, KeyAction.RETIRE, kid, key.purpose().value(), key.scope(), "published until " + until);
        changed(key);
        return key;
    }

    /** Erases the private part of a next or retired key and stops publishing it. */
    @Transactional
    public ManagedKeyRecord destroy(String actor, String kid) {
        Instant now = Instant.now();
        ManagedKeyRecord key = locked(kid);
        if (key.state() == KeyState.ACTIVE) {
            throw KeyProblems.conflict("Key " + kid + " is active; rotate or retire it before destroying it.");
        }
        if (key.state() == KeyState.DESTROYED) {
            throw KeyProblems.conflict("Key " + kid + " is already destroyed.");
        }
        backends.named(key.backend()).destroy(StoredKeys.of(key));
        key.destroy(now);
        audit.record(actor, KeyAction.DESTROY, kid, key.purpose().value(), key.scope(), null);
        changed(key);
        return key;
    }

    private void changed(ManagedKeyRecord key) {
        changes.fire(new KeyChanged(key.kid(), key.purpose(), key.scope()));
    }

    private ManagedKeyRecord locked(String kid) {
        ManagedKeyRecord found = keys.find(kid).orElseThrow(() -> KeyProblems.unknownKey(kid));
        keys.lockSlot(found.purpose(), found.scope());
        return keys.lock(kid).orElseThrow(() -> KeyProblems.unknownKey(kid));
    }

    /** What a new key of a purpose and scope is like: its algorithm and certificate. */
    private record Kind(KeyPurpose purpose, String scope, KeyAlgorithm algorithm, CertificateProfile certificate) {
    }

    private ManagedKeyRecord generate(String actor, Kind kind, KeyState state, Instant now) {
        KeyPurpose purpose = kind.purpose();
        KeyBackend backend = backends.forPurpose(purpose.value());
        if (!backend.supports(kind.algorithm())) {
            throw KeyProblems.badRequest("Keys of purpose " + purpose.value() + " live in the " + backend.name()
                    + " backend, which makes no " + kind.algorithm().joseName() + " keys.");
        }
        GeneratedKey generated = backend.generate(kind.algorithm(), StoredKeys.binding(purpose, kind.scope()));
        ManagedKeyRecord key = new ManagedKeyRecord(generated.kid(), purpose, kind.scope(), state, kind.algorithm().joseName(),
                backend.name(), PublicKeyJwk.json(generated.publicKey(), generated.kid(), kind.algorithm()),
                kind.certificate(), now);
        key.privateMaterial(generated.wrappedKey(), generated.masterKeyId(), generated.keyRef());
        key.certificateChain(certificates.issue(kind.certificate(), generated.publicKey(), purpose.value()));
        keys.add(key);
        audit.record(actor, KeyAction.CREATE, key.kid(), purpose.value(), kind.scope(),
                state.value() + ", " + kind.algorithm().joseName() + ", backend " + backend.name()
                        + ", certificate " + kind.certificate().value());
        return key;
    }

    private Instant publishedUntil(Optional<Instant> requested, Instant now) {
        Instant until = requested.orElse(now.plus(verifyPeriod));
        if (until.isBefore(now.minusSeconds(1))) {
            throw KeyProblems.badRequest("verifyUntil is in the past; use the present time to stop publishing at once.");
        }
        return until;
    }
}
