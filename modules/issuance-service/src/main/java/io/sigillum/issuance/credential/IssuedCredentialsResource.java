package io.sigillum.issuance.credential;

import io.sigillum.api.issueradmin.CredentialsApi;
import io.sigillum.api.issueradmin.model.CredentialStatusChange;
import io.sigillum.api.issueradmin.model.IssuedCredential;
import io.sigillum.issuance.revocation.CredentialStatusChanges;
import io.sigillum.platform.messaging.OutboxLifecycle;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

/** {@code GET /credentials}: what was issued, newest first, for the issuer's operators. */
@ApplicationScoped
public class IssuedCredentialsResource implements CredentialsApi {

    @Inject
    private CredentialStatusChanges changes;
    @Inject
    private OutboxLifecycle outbox;

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    @Override
    @Transactional
    public List<IssuedCredential> listIssuedCredentials(String subject) {
        var query = entityManager.createQuery(subject == null
                ? "SELECT c FROM IssuedCredentialRecord c ORDER BY c.issuedAt DESC, c.id"
                : "SELECT c FROM IssuedCredentialRecord c WHERE c.subject = :subject ORDER BY c.issuedAt DESC, c.id",
                IssuedCredentialRecord.class).setMaxResults(1000);
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        return query.getResultList().stream().map(IssuedCredentialsResource::toApi).toList();
    }

    @Override
    public IssuedCredential setCredentialStatus(String credentialId, CredentialStatusChange change) {
        IssuedCredential changed = toApi(changes.change(credentialId, statusOf(change)));
        outbox.wake();
        return changed;
    }

    /** The status a change asks for, or null. */
    public static String statusOf(CredentialStatusChange change) {
        return change == null || change.getStatus() == null ? null : change.getStatus().value();
    }

    /** A record as the admin API shows it. */
    public static IssuedCredential toApi(IssuedCredentialRecord record) {
        return new IssuedCredential().id(record.id()).subject(record.subject())
                .credentialConfigurationId(record.configurationId())
                .status(IssuedCredential.StatusEnum.fromValue(record.status()))
                .statusListUri(URI.create(record.statusListUri())).statusIdx(record.statusIdx())
                .issuedAt(record.issuedAt().atOffset(ZoneOffset.UTC)).expiresAt(record.expiresAt().atOffset(ZoneOffset.UTC));
    }
}
