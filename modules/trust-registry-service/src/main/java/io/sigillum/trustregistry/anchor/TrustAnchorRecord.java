package io.sigillum.trustregistry.anchor;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.KeyAnchor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A row of {@code trust_anchor}: an X.509 certificate of a kind ({@code material} is standard
 * base64 of its DER) or a public JWK ({@code material} is its RFC 7638 members as JSON). A removed
 * anchor keeps its row, with when and at which version it was removed.
 */
@Entity
@Table(name = "trust_anchor")
public class TrustAnchorRecord {

    @Id
    @Column(name = "id", length = 256)
    private String id;

    @Column(name = "issuer_id", nullable = false, length = 512)
    private String issuerId;

    @Column(name = "anchor_type", nullable = false, length = 8)
    private String anchorType;

    @Column(name = "kind", length = 16)
    private String kind;

    @Lob
    @Column(name = "material", nullable = false)
    private String material;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    @Column(name = "added_version", nullable = false)
    private long addedVersion;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    @Column(name = "removed_version")
    private Long removedVersion;

    @Column(name = "list_territory", length = 8)
    private String listTerritory;

    protected TrustAnchorRecord() {
        // for JPA
    }

    TrustAnchorRecord(Anchor anchor, String issuerId, long version, Instant at) {
        this.id = anchor.id();
        this.issuerId = issuerId;
        switch (anchor) {
            case CertificateAnchor certificate -> {
                this.anchorType = "x509";
                this.kind = certificate.kind().name().toLowerCase(Locale.ROOT);
                this.material = Base64.getEncoder().encodeToString(AnchorMaterial.der(certificate.certificate()));
                this.fingerprint = AnchorMaterial.fingerprint(AnchorMaterial.der(certificate.certificate()));
            }
            case KeyAnchor key -> {
                this.anchorType = "jwk";
                this.material = JwkKeys.canonicalJson(key.key());
                this.fingerprint = AnchorMaterial.fingerprint(key.key().getEncoded());
            }
        }
        this.addedAt = at.atOffset(ZoneOffset.UTC);
        this.addedVersion = version;
    }

    /** An anchor taken from a territory's trusted list. */
    TrustAnchorRecord(CertificateAnchor anchor, String issuerId, String listTerritory, long version, Instant at) {
        this(anchor, issuerId, version, at);
        this.listTerritory = listTerritory;
    }

    public String id() {
        return id;
    }

    public String issuerId() {
        return issuerId;
    }

    /** {@code x509} or {@code jwk}. */
    public String anchorType() {
        return anchorType;
    }

    /** For an {@code x509} anchor: {@code root}, {@code intermediate}, {@code iaca} or {@code leaf}. */
    public Optional<String> kind() {
        return Optional.ofNullable(kind);
    }

    /** Base64 DER, or the JWK's JSON. */
    public String material() {
        return material;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant addedAt() {
        return addedAt.toInstant();
    }

    public long addedVersion() {
        return addedVersion;
    }

    public Optional<Instant> removedAt() {
        return Optional.ofNullable(removedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Long> removedVersion() {
        return Optional.ofNullable(removedVersion);
    }

    /** The territory whose trusted list the anchor came from; empty for an anchor an administrator added. */
    public Optional<String> listTerritory() {
        return Optional.ofNullable(listTerritory);
    }

    public boolean removed() {
        return removedAt != null;
    }

    void remove(long version, Instant at) {
        this.removedAt = at.atOffset(ZoneOffset.UTC);
        this.removedVersion = version;
    }

    /** The anchor as the trust model has it; the row was checked by the model when it was added. */
    public Anchor toModel() {
        if ("x509".equals(anchorType)) {
            return new CertificateAnchor(id, AnchorKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    DerCertificates.parse(Base64.getDecoder().decode(material)));
        }
        return new KeyAnchor(id, JwkKeys.fromStored(material));
    }
}
