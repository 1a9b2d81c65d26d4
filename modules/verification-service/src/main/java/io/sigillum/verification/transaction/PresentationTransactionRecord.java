package io.sigillum.verification.transaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A row of {@code presentation_transaction}: one relying-party request and the wallet's answer to it. */
@Entity
@Table(name = "presentation_transaction")
public class PresentationTransactionRecord {

    /** Waiting for the wallet. */
    public static final String PENDING = "pending";
    /** Every credential passed every check. */
    public static final String VERIFIED = "verified";
    /** The wallet declined, or a check failed. */
    public static final String FAILED = "failed";
    /** No answer came in time. */
    public static final String EXPIRED = "expired";

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "request_id", nullable = false, unique = true, length = 64)
    private String requestId;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "owner")
    private String owner;

    // TEXT: a character large object in H2, unbounded text in PostgreSQL.
    @Lob
    @Column(name = "dcql_query")
    private String dcqlQuery;

    @Column(name = "nonce", length = 64)
    private String nonce;

    @Column(name = "oauth_state", length = 64)
    private String oauthState;

    @Column(name = "client_id", length = 512)
    private String clientId;

    @Column(name = "response_mode", length = 32)
    private String responseMode;

    @Column(name = "flow", length = 16)
    private String flow;

    @Column(name = "redirect_uri", length = 2048)
    private String redirectUri;

    @Column(name = "response_code_hash", length = 64)
    private String responseCodeHash;

    @Lob
    @Column(name = "encryption_jwk")
    private String encryptionJwk;

    @Lob
    @Column(name = "outcome")
    private String outcome;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    protected PresentationTransactionRecord() {
        // for JPA
    }

    PresentationTransactionRecord(String id, String requestId, String owner, Instant createdAt, Instant expiresAt,
                                  TransactionOptions options, String dcqlQuery, String nonce, String oauthState,
                                  String clientId, String encryptionJwk) {
        this.id = id;
        this.requestId = requestId;
        this.state = PENDING;
        this.owner = owner;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
        this.dcqlQuery = dcqlQuery;
        this.nonce = nonce;
        this.oauthState = oauthState;
        this.clientId = clientId;
        this.responseMode = options.responseMode();
        this.flow = options.flow();
        this.redirectUri = options.redirectUri().orElse(null);
        this.encryptionJwk = encryptionJwk;
    }

    public String id() {
        return id;
    }

    /** The id in the wallet-facing {@code request_uri} and {@code response_uri}; not the transaction id, which only the relying party holds. */
    public String requestId() {
        return requestId;
    }

    /** The stored state; {@link #stateAt(Instant)} tells a pending one past its expiry as expired. */
    public String state() {
        return state;
    }

    /** The state as the relying party sees it at a time. */
    public String stateAt(Instant now) {
        return PENDING.equals(state) && !now.isBefore(expiresAt()) ? EXPIRED : state;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    /** Still waiting for the wallet at the given time. */
    public boolean pendingAt(Instant now) {
        return PENDING.equals(stateAt(now));
    }

    /** The relying party that opened it, if recorded. */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public String dcqlQuery() {
        return dcqlQuery;
    }

    public String nonce() {
        return nonce;
    }

    /** The request object's {@code state}. */
    public String oauthState() {
        return oauthState;
    }

    public String clientId() {
        return clientId;
    }

    public String responseMode() {
        return responseMode;
    }

    public String flow() {
        return flow;
    }

    public boolean sameDevice() {
        return TransactionOptions.SAME_DEVICE.equals(flow);
    }

    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    public Optional<String> responseCodeHash() {
        return Optional.ofNullable(responseCodeHash);
    }

    /** The ephemeral private key (JWK) the wallet encrypts to, while the transaction waits. */
    public Optional<String> encryptionJwk() {
        return Optional.ofNullable(encryptionJwk);
    }

    /** The stored outcome JSON, once answered. */
    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * Ends the transaction with the wallet's answer: the state, its outcome, and (same-device) the
     * digest of the response code. The encryption key is erased: nothing can be decrypted with it again.
     */
    public void answer(String endState, String outcomeJson, String responseCodeDigest, Instant at) {
        this.state = endState;
        this.outcome = outcomeJson;
        this.responseCodeHash = responseCodeDigest;
        this.answeredAt = at.atOffset(ZoneOffset.UTC);
        this.encryptionJwk = null;
    }

    /** Marks a pending transaction past its expiry as expired and erases its key. */
    public void expire() {
        if (PENDING.equals(state)) {
            this.state = EXPIRED;
        }
        this.encryptionJwk = null;
    }
}
