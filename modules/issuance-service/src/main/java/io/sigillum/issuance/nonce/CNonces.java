package io.sigillum.issuance.nonce;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.issuance.metadata.IssuerPolicy;
import io.sigillum.issuance.oauth.PurgeSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/** {@code c_nonce} values: short-lived, shared by every replica, each consumed by one request. */
@ApplicationScoped
public class CNonces {

    private final Duration ttl;
    private final PurgeSchedule purges = new PurgeSchedule(Duration.ofSeconds(30));

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    @Inject
    CNonces(IssuerPolicy policy) {
        this.ttl = policy.nonceTtl();
    }

    /** A fresh nonce. */
    @Transactional
    public String issue() {
        String nonce = Secrets.random();
        Instant now = Instant.now();
        entityManager.createNativeQuery("INSERT INTO c_nonce (nonce, expires_at) VALUES (?1, ?2)")
                .setParameter(1, nonce).setParameter(2, Timestamp.from(now.plus(ttl))).executeUpdate();
        return nonce;
    }

    /**
     * Consumes a nonce in the caller's transaction.
     *
     * @return whether it was live and is now spent
     */
    @Transactional
    public boolean consume(String nonce) {
        Instant now = Instant.now();
        int spent = entityManager.createNativeQuery("DELETE FROM c_nonce WHERE nonce = ?1 AND expires_at > ?2")
                .setParameter(1, nonce).setParameter(2, Timestamp.from(now)).executeUpdate();
        if (purges.due()) {
            entityManager.createNativeQuery("DELETE FROM c_nonce WHERE expires_at <= ?1")
                    .setParameter(1, Timestamp.from(now)).executeUpdate();
        }
        return spent == 1;
    }
}
