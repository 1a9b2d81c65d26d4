package io.sigillum.issuance.dpop;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.issuance.metadata.IssuerPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Server-provided DPoP nonces (RFC 9449 §8), kept in the database so that a nonce one replica
 * handed out is accepted by every other. Each replica hands out its newest nonce until half its
 * life is gone, so a wallet's nonce stays good across a few requests.
 */
@ApplicationScoped
public class DpopNonces {

    private final Duration ttl;
    private volatile Issued current;

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    private record Issued(String nonce, Instant expiresAt) {
    }

    // Calls through the bean's proxy, so that the transactional methods run in a transaction.
    @Inject
    private DpopNonces self;

    @Inject
    DpopNonces(IssuerPolicy policy) {
        this.ttl = policy.nonceTtl();
    }

    /** A nonce to send in {@code DPoP-Nonce}: the replica's own while fresh, without a database round trip. */
    public String current() {
        Issued issued = current;
        if (issued != null && issued.expiresAt().minus(ttl.dividedBy(2)).isAfter(Instant.now())) {
            return issued.nonce();
        }
        return self.fresh();
    }

    /** Makes and stores a new nonce; every replica honours it until it expires. Public for its interceptor. */
    @Transactional
    public String fresh() {
        Instant now = Instant.now();
        Issued fresh = new Issued(Secrets.random(), now.plus(ttl));
        entityManager.createNativeQuery("INSERT INTO dpop_nonce (nonce, expires_at) VALUES (?1, ?2)")
                .setParameter(1, fresh.nonce()).setParameter(2, Timestamp.from(fresh.expiresAt())).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM dpop_nonce WHERE expires_at < ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        current = fresh;
        return fresh.nonce();
    }

    /** Whether a proof's nonce is one this issuer handed out and still honours. */
    public boolean isCurrent(String nonce) {
        Issued issued = current;
        if (issued != null && issued.nonce().equals(nonce)) {
            return issued.expiresAt().isAfter(Instant.now());
        }
        return self.stored(nonce);
    }

    /** Whether another replica handed out this nonce, still live. */
    @Transactional
    public boolean stored(String nonce) {
        Instant now = Instant.now();
        return !entityManager.createNativeQuery("SELECT nonce FROM dpop_nonce WHERE nonce = ?1 AND expires_at > ?2")
                .setParameter(1, nonce).setParameter(2, Timestamp.from(now)).getResultList().isEmpty();
    }
}
