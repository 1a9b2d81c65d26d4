package io.sigillum.issuance.dpop;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.issuance.oauth.PurgeSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The DPoP proofs already seen (RFC 9449 §11.1), per key and {@code jti}, until they would be
 * refused as too old anyway. Shared by every replica through the database.
 */
@ApplicationScoped
public class DpopReplay {

    private final PurgeSchedule purges = new PurgeSchedule(Duration.ofSeconds(30));

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    /**
     * Records a proof, in its own transaction.
     *
     * @return false when the key already used that {@code jti}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean firstUse(String jkt, String jti, Instant keepUntil) {
        String jtiHash = Secrets.digest(jti);
        boolean seen = !entityManager.createNativeQuery("SELECT jkt FROM dpop_proof_seen WHERE jkt = ?1 AND jti_hash = ?2")
                .setParameter(1, jkt).setParameter(2, jtiHash).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        // A replica racing on the same proof fails on the primary key at commit: the caller sees
        // the rollback and refuses the proof too.
        entityManager.createNativeQuery("INSERT INTO dpop_proof_seen (jkt, jti_hash, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, jkt).setParameter(2, jtiHash).setParameter(3, Timestamp.from(keepUntil)).executeUpdate();
        if (purges.due()) {
            // Proofs past their keep-until date would be refused as too old anyway.
            entityManager.createNativeQuery("DELETE FROM dpop_proof_seen WHERE expires_at < ?1")
                    .setParameter(1, Timestamp.from(Instant.now())).executeUpdate();
        }
        return true;
    }
}
