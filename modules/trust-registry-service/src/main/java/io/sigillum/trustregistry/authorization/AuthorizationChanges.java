package io.sigillum.trustregistry.authorization;

import io.sigillum.api.trustregistry.model.AuthorizationGrant;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Operation;
import io.sigillum.trustregistry.changes.Reasons;
import io.sigillum.trustregistry.changes.RegistryChanges;
import io.sigillum.trustregistry.issuer.TrustedIssuerRecord;
import io.sigillum.trustregistry.issuer.TrustedIssuers;
import io.sigillum.trustregistry.issuer.Windows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Grants and revokes authorizations, each one change of the registry, checked by the trust model's {@link Authorization}. */
@ApplicationScoped
public class AuthorizationChanges {

    private final RegistryChanges changes;
    private final TrustedIssuers issuers;
    private final Authorizations authorizations;

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    @Inject
    AuthorizationChanges(RegistryChanges changes, TrustedIssuers issuers, Authorizations authorizations) {
        this.changes = changes;
        this.issuers = issuers;
        this.authorizations = authorizations;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400, 404, 409 (the issuer is withdrawn), 422 */
    @Transactional
    public AuthorizationRecord grant(String actor, AuthorizationGrant request) {
        String reason = Reasons.required(request.getReason());
        if (request.getIssuer() == null) {
            throw TrustProblems.invalidRequest("'issuer' names the issuer to authorize.");
        }
        Authorization authorization = new Authorization(type(request.getVct(), request.getDoctype()),
                windowOf(request));

        RegistryChanges.Change change = changes.begin();
        TrustedIssuerRecord issuer = issuers.changeable(request.getIssuer());
        AuthorizationRecord record = new AuthorizationRecord(UUID.randomUUID().toString(), issuer.id(), authorization,
                change.version(), change.at());
        entityManager.persist(record);
        issuer.changedAt(change.version(), change.at());
        changes.commit(change, actor, Operation.AUTHORIZATION_GRANTED, issuer.id(), record.id(), summary(record), reason);
        return record;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400, 404, 409 (revoked already, or the issuer is withdrawn) */
    @Transactional
    public AuthorizationRecord revoke(String actor, String id, String reasonGiven) {
        String reason = Reasons.required(reasonGiven);
        RegistryChanges.Change change = changes.begin();
        AuthorizationRecord record = authorizations.find(id).orElseThrow(() -> TrustProblems.unknown("authorization", id));
        if (record.revoked()) {
            throw TrustProblems.conflict("Authorization " + TrustProblems.printable(id) + " was revoked at version "
                    + record.revokedVersion().orElseThrow() + ".");
        }
        TrustedIssuerRecord issuer = issuers.changeable(record.issuerId());
        record.revoke(change.version(), change.at());
        issuer.changedAt(change.version(), change.at());
        changes.commit(change, actor, Operation.AUTHORIZATION_REVOKED, issuer.id(), id, summary(record), reason);
        return record;
    }

    /**
     * @return the type of exactly one of {@code vct} and {@code doctype}, as the snapshot's
     *         authorizations and the evaluation API write it
     * @throws jakarta.ws.rs.WebApplicationException 400 for none or both, 422 when the model refuses the identifier
     */
    public static CredentialType type(String vct, String doctype) {
        if ((vct == null) == (doctype == null)) {
            throw TrustProblems.invalidRequest("A credential type is exactly one of 'vct' (SD-JWT VC) and 'doctype' (mdoc).");
        }
        try {
            return vct != null ? CredentialType.vct(vct) : CredentialType.doctype(doctype);
        } catch (IllegalArgumentException e) {
            throw TrustProblems.refusedByModel(e.getMessage() + ".");
        }
    }

    private static ValidityWindow windowOf(AuthorizationGrant request) {
        return Windows.fromApi(request.getValidity());
    }

    private static Map<String, Object> summary(AuthorizationRecord record) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("authorization", record.id());
        CredentialType type = record.type();
        summary.put(type.format() == CredentialType.Format.SD_JWT_VC ? "vct" : "doctype", type.identifier());
        summary.putAll(Windows.summary(record.validity()));
        summary.put("grantedVersion", record.grantedVersion());
        record.revokedVersion().ifPresent(v -> summary.put("revokedVersion", v));
        return summary;
    }
}
