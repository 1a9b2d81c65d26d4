package io.sigillum.trustregistry.trustedlist;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustregistry.changes.RegistryChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * A row of {@code trusted_list}: the last list imported for a territory, or the list of trusted
 * lists ({@value #LOTL}). Replaced by each newer list; the change log keeps what each import did.
 */
@Entity
@Table(name = "trusted_list")
public class HeldListRecord {

    /** The key of the list of trusted lists. */
    static final String LOTL = "lotl";

    @Id
    @Column(name = "list_id", length = 8)
    private String listId;

    @Column(name = "territory", nullable = false, length = 8)
    private String territory;

    @Column(name = "list_type", nullable = false, length = 512)
    private String listType;

    @Column(name = "sequence_number", nullable = false)
    private long sequenceNumber;

    @Column(name = "operator_name", nullable = false, length = 1024)
    private String operatorName;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "next_update")
    private OffsetDateTime nextUpdate;

    @Lob
    @Column(name = "signer", nullable = false)
    private String signer;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    @Column(name = "imported_by", nullable = false, length = 255)
    private String importedBy;

    @Column(name = "imported_version", nullable = false)
    private long importedVersion;

    protected HeldListRecord() {
        // for JPA
    }

    HeldListRecord(String listId) {
        this.listId = listId;
    }

    /** @return the key a list is held under: {@value #LOTL}, or its territory */
    static String keyOf(TrustedList list) {
        return ListSigners.isLotl(list) ? LOTL : list.territory();
    }

    /** Holds the list, as imported by the change. */
    void hold(TrustedList list, String actor, RegistryChanges.Change change) {
        this.territory = list.territory();
        this.listType = list.type().toString();
        this.sequenceNumber = list.sequenceNumber();
        this.operatorName = list.operatorName();
        this.issuedAt = column(list.issuedAt());
        this.nextUpdate = list.nextUpdate().map(HeldListRecord::column).orElse(null);
        this.signer = base64(list.signer());
        this.importedAt = column(change.at());
        this.importedBy = actor;
        this.importedVersion = change.version();
    }

    public boolean lotl() {
        return LOTL.equals(listId);
    }

    public String territory() {
        return territory;
    }

    public String listType() {
        return listType;
    }

    public long sequenceNumber() {
        return sequenceNumber;
    }

    public String operatorName() {
        return operatorName;
    }

    public Instant issuedAt() {
        return issuedAt.toInstant();
    }

    public Optional<Instant> nextUpdate() {
        return Optional.ofNullable(nextUpdate).map(OffsetDateTime::toInstant);
    }

    public X509Certificate signer() {
        return DerCertificates.parse(Base64.getDecoder().decode(signer));
    }

    public Instant importedAt() {
        return importedAt.toInstant();
    }

    public String importedBy() {
        return importedBy;
    }

    public long importedVersion() {
        return importedVersion;
    }

    // Both databases keep microseconds.
    private static OffsetDateTime column(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate has no encoding", e);
        }
    }
}
