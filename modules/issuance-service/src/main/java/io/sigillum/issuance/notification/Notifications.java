package io.sigillum.issuance.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The notification events wallets sent, for the issuer's operators and its metrics. */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    /** @return false when the offer's credentials carry no such notification id */
    @Transactional
    public boolean record(String offerId, String notificationId, String event, String description) {
        boolean known = !entityManager.createNativeQuery("SELECT id FROM issued_credential"
                        + " WHERE notification_id = ?1 AND offer_id = ?2")
                .setParameter(1, notificationId).setParameter(2, offerId).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            return false;
        }
        entityManager.createNativeQuery("INSERT INTO credential_notification (id, notification_id, event,"
                        + " event_description, received_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, notificationId).setParameter(3, event)
                .setParameter(4, description).setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        return true;
    }
}
