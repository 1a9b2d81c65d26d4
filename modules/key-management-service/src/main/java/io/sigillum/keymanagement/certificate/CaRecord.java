package io.sigillum.keymanagement.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** A row of {@code certificate_authority}: a CA's chain and its wrapped private key. */
@Entity
@Table(name = "certificate_authority")
public class CaRecord {

    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "certificate_chain", nullable = false, length = 20000)
    private String certificateChain;

    @Column(name = "wrapped_key", nullable = false, length = 2000)
    private String wrappedKey;

    @Column(name = "master_key_id", nullable = false, length = 64)
    private String masterKeyId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CaRecord() {
        // for JPA
    }

    CaRecord(String name, List<String> chain, String wrappedKey, String masterKeyId, Instant now) {
        this.name = name;
        this.certificateChain = String.join(",", chain);
        this.wrappedKey = wrappedKey;
        this.masterKeyId = masterKeyId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    String name() {
        return name;
    }

    /** The CA's certificate first, then its issuers, each base64 DER. */
    List<String> chain() {
        return Arrays.asList(certificateChain.split(","));
    }

    String wrappedKey() {
        return wrappedKey;
    }

    String masterKeyId() {
        return masterKeyId;
    }
}
