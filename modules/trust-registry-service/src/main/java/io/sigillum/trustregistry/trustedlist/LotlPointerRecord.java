package io.sigillum.trustregistry.trustedlist;

import io.sigillum.crypto.x509.DerCertificates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A row of {@code trusted_list_pointer}: what the list of trusted lists held says of a territory's
 * list (TS 119 612 §5.3.13), where it is published and which certificates may sign it.
 */
@Entity
@Table(name = "trusted_list_pointer")
public class LotlPointerRecord {

    /** The longest location kept (the column). */
    static final int MAX_LOCATION_LENGTH = 2048;

    @Id
    @Column(name = "territory", length = 8)
    private String territory;

    @Column(name = "location", nullable = false, length = MAX_LOCATION_LENGTH)
    private String location;

    @Lob
    @Column(name = "signers", nullable = false)
    private String signers;

    @Column(name = "recorded_version", nullable = false)
    private long recordedVersion;

    protected LotlPointerRecord() {
        // for JPA
    }

    LotlPointerRecord(String territory, String location, List<X509Certificate> signers, long version) {
        this.territory = territory;
        this.location = location;
        this.signers = signers.stream().map(HeldListRecord::base64).collect(Collectors.joining(" "));
        this.recordedVersion = version;
    }

    void replaceWith(LotlPointerRecord newer) {
        this.location = newer.location;
        this.signers = newer.signers;
        this.recordedVersion = newer.recordedVersion;
    }

    public String territory() {
        return territory;
    }

    public String location() {
        return location;
    }

    public List<X509Certificate> signers() {
        return Arrays.stream(signers.split(" ")).map(b64 -> DerCertificates.parse(Base64.getDecoder().decode(b64))).toList();
    }

    public long recordedVersion() {
        return recordedVersion;
    }
}
