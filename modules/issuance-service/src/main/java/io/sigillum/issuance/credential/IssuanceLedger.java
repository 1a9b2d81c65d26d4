package io.sigillum.issuance.credential;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.events.OutboxAppender;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import io.sigillum.issuance.status.StatusChangeEvents;
import io.sigillum.issuance.status.StatusEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What was issued under which access token. A token serves each configuration its offer named
 * once: the claim is taken (committed) before anything is allocated or signed, so two requests
 * racing for one configuration cannot both issue; it is given back when issuance fails.
 */
@ApplicationScoped
public class IssuanceLedger {

    private final OutboxAppender outbox = new OutboxAppender();

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

    /**
     * Records status entries allocated for credentials that were never delivered (signing or the
     * record failed): as {@code invalid}, with the events that revoke them at the status service.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordUndelivered(String offerId, String subject, CredentialConfiguration configuration,
                                  List<StatusEntry> entries) {
        Instant now = Instant.now();
        for (StatusEntry entry : entries) {
            IssuedCredentialRecord record = new IssuedCredentialRecord(UUID.randomUUID().toString(), offerId, subject,
                    configuration.id(), "undelivered", entry, Secrets.random(), now, now);
            record.status("invalid");
            entityManager.persist(record);
            outbox.append(entityManager, StatusChangeEvents.QUEUE, StatusChangeEvents.of(entry.listId(), entry.idx(), "invalid"));
        }
    }

    /** Records what was issued, never the claims. */
    @Transactional
    public void record(List<IssuedCredentialRecord> issued) {
        issued.forEach(entityManager::persist);
    }
}
