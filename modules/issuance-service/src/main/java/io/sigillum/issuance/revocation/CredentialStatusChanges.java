package io.sigillum.issuance.revocation;

import io.sigillum.events.OutboxAppender;
import io.sigillum.issuance.configuration.CredentialConfigurations;
import io.sigillum.issuance.credential.IssuedCredentialRecord;
import io.sigillum.issuance.status.StatusChangeEvents;
import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Changes the status of issued credentials: {@code invalid} is final, {@code suspended} needs a
 * list with two bits per entry. Each change and its event commit together.
 */
@ApplicationScoped
public class CredentialStatusChanges {

    private static final Set<String> STATUSES = Set.of("valid", "invalid", "suspended");

    private final OutboxAppender outbox = new OutboxAppender();
    private final CredentialConfigurations configurations;

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    @Inject
    CredentialStatusChanges(CredentialConfigurations configurations) {
        this.configurations = configurations;
    }

    /**
     * @return the credential with its new status
     * @throws jakarta.ws.rs.WebApplicationException 404 unknown, 409 not possible, 400 unknown status
     */
    @Transactional(dontRollbackOn = jakarta.ws.rs.WebApplicationException.class)
    public IssuedCredentialRecord change(String credentialId, String status) {
        checkStatus(status);
        IssuedCredentialRecord credential = entityManager.find(IssuedCredentialRecord.class, credentialId,
                LockModeType.PESSIMISTIC_WRITE);
        if (credential == null) {
            throw new Problem(URI.create("urn:sigillum:problem:issuance:unknown-credential"), "Unknown credential", 404,
                    "No credential " + credentialId + " was issued here.").asException();
        }
        if (!possible(credential, status)) {
            throw new Problem(URI.create("urn:sigillum:problem:issuance:status-change-refused"), "Status change refused",
                    409, "invalid".equals(credential.status()) ? "The credential is revoked; that is final."
                    : "The credential's status list cannot express suspension.").asException();
        }
        apply(credential, status);
        return credential;
    }

    /** Every credential of a person that can take the status; the rest are left as they are. */
    @Transactional
    public List<IssuedCredentialRecord> changeAll(String subject, String status) {
        checkStatus(status);
        List<IssuedCredentialRecord> changed = new ArrayList<>();
        for (IssuedCredentialRecord credential : entityManager.createQuery(
                        "SELECT c FROM IssuedCredentialRecord c WHERE c.subject = :subject ORDER BY c.issuedAt, c.id",
                        IssuedCredentialRecord.class)
                .setParameter("subject", subject).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (!status.equals(credential.status()) && possible(credential, status)) {
                apply(credential, status);
                changed.add(credential);
            }
        }
        if (!changed.isEmpty()) {
            }
        return changed;
    }

    private void apply(IssuedCredentialRecord credential, String status) {
        credential.status(status);
        outbox.append(entityManager, StatusChangeEvents.QUEUE, StatusChangeEvents.of(credential.statusListId(), credential.statusIdx(), status));
    }

    private boolean possible(IssuedCredentialRecord credential, String status) {
        if ("invalid".equals(credential.status())) {
            return "invalid".equals(status);
        }
        return !"suspended".equals(status) || configurations.find(credential.configurationId())
                .map(c -> "revocation-suspension".equals(c.statusListType())).orElse(false);
    }

    private static void checkStatus(String status) {
        if (status == null || !STATUSES.contains(status)) {
            throw Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "status is valid, invalid or suspended.")
                    .asException();
        }
    }
}
