package io.sigillum.issuance.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What was issued under which access token. A token serves each configuration its offer named
 * once: the claim is taken (committed) before anything is allocated or signed, so two requests
 * racing for one configuration cannot both issue; it is given back when issuance fails.
 */
@ApplicationScoped
public class IssuanceLedger {

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    /** @return false when this token already served (or is serving) the configuration */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String tokenHash, String configurationId) {
        boolean used = !entityManager.createNativeQuery("SELECT token_hash FROM token_configuration_use"
                        + " WHERE token_hash = ?1 AND credential_configuration_id = ?2")
                .setParameter(1, tokenHash).setParameter(2, configurationId).getResultList().isEmpty();
        if (used) {
            return false;
        }
        entityManager.createNativeQuery("INSERT INTO token_configuration_use (token_hash, credential_configuration_id,"
                        + " used_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, tokenHash).setParameter(2, configurationId)
                .setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
        return true;
    }

    /** Gives a claim back after a failure, so that the wallet may try again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String tokenHash, String configurationId) {
        entityManager.createNativeQuery("DELETE FROM token_configuration_use WHERE token_hash = ?1"
                        + " AND credential_configuration_id = ?2")
                .setParameter(1, tokenHash).setParameter(2, configurationId).executeUpdate();
    }

    /** Records what was issued, never the claims. */
    @Transactional
    public void record(List<IssuedCredentialRecord> issued) {
        issued.forEach(entityManager::persist);
    }
}
