package io.sigillum.keymanagement.key;

import io.sigillum.keymanagement.certificate.CertificateProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A row of {@code managed_key}: a key's metadata, its public JWK, and a reference to its private
 * part (wrapped under the master key, or a label in the HSM), never the private key in clear.
 */
@Entity
@Table(name = "managed_key")
public class ManagedKeyRecord {

    @Id
    @Column(name = "kid", length = 128)
    private String kid;

    @Column(name = "purpose", nullable = false, length = 40)
    private String purpose;

    @Column(name = "scope", nullable = false, length = 200)
    private String scope;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @Column(name = "algorithm", nullable = false, length = 16)
    private String algorithm;

    @Column(name = "backend", nullable = false, length = 16)
    private String backend;

    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;

    @Column(name = "wrapped_key", length = 2000)
    private String wrappedKey;

    @Column(name = "master_key_id", length = 64)
    private String masterKeyId;

    @Column(name = "key_ref", length = 200)
    private String keyRef;

    @Column(name = "certificate_chain", length = 20000)
    private String certificateChain;

    @Column(name = "certificate_profile", nullable = false, length = 32)
    private String certificateProfile;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    @Column(name = "verify_until")
    private OffsetDateTime verifyUntil;

    @Column(name = "destroyed_at")
    private OffsetDateTime destroyedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected ManagedKeyRecord() {
        // for JPA
    }

    ManagedKeyRecord(String kid, KeyPurpose purpose, String scope, KeyState state, String algorithm,
                     String backend, String publicJwk, CertificateProfile certificateProfile, Instant now) {
        this.kid = kid;
        this.certificateProfile = certificateProfile.value();
        this.purpose = purpose.value();
        this.scope = scope;
        this.state = state.value();
        this.algorithm = algorithm;
        this.backend = backend;
        this.publicJwk = publicJwk;
        this.createdAt = utc(now);
        if (state == KeyState.ACTIVE) {
            this.activatedAt = this.createdAt;
        }
    }

    public String kid() {
        return kid;
    }

    public KeyPurpose purpose() {
        return KeyPurpose.of(purpose);
    }

    public String scope() {
        return scope;
    }

    public KeyState state() {
        return KeyState.of(state);
    }

    /** The JOSE algorithm name, e.g. {@code ES256}. */
    public String algorithm() {
        return algorithm;
    }

    /** {@code software} or {@code pkcs11}. */
    public String backend() {
        return backend;
    }

    /** The public key as a JWK (RFC 7517 §4) in JSON. */
    public String publicJwk() {
        return publicJwk;
    }

    /** The wrapped private key of a software key, until destroyed. */
    public Optional<String> wrappedKey() {
        return Optional.ofNullable(wrappedKey);
    }

    /** The fingerprint of the master key that wrapped it. */
    public Optional<String> masterKeyId() {
        return Optional.ofNullable(masterKeyId);
    }

    /** The label of an HSM key. */
    public Optional<String> keyRef() {
        return Optional.ofNullable(keyRef);
    }

    /** The certificate chain, leaf first, each base64 DER (as in {@code x5c}); empty without one. */
    public List<String> certificateChain() {
        return certificateChain == null || certificateChain.isEmpty()
                ? List.of() : Arrays.asList(certificateChain.split(","));
    }

    /** Which certificate the key has. */
    public CertificateProfile certificateProfile() {
        return CertificateProfile.of(certificateProfile);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Optional<Instant> activatedAt() {
        return instant(activatedAt);
    }

    public Optional<Instant> retiredAt() {
        return instant(retiredAt);
    }

    public Optional<Instant> verifyUntil() {
        return instant(verifyUntil);
    }

    public Optional<Instant> destroyedAt() {
        return instant(destroyedAt);
    }

    void privateMaterial(String wrapped, String masterKey, String reference) {
        this.wrappedKey = wrapped;
        this.masterKeyId = masterKey;
        this.keyRef = reference;
    }

    void certificateChain(List<String> chain) {
        this.certificateChain = chain.isEmpty() ? null : String.join(",", chain);
    }

    void activate(Instant now) {
        this.state = KeyState.ACTIVE.value();
        this.activatedAt = utc(now);
    }

    void retire(Instant now, Instant publishedUntil) {
        this.state = KeyState.RETIRED.value();
        this.retiredAt = utc(now);
        this.verifyUntil = utc(publishedUntil);
    }

    void destroy(Instant now) {
        this.state = KeyState.DESTROYED.value();
        this.destroyedAt = utc(now);
        this.wrappedKey = null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
