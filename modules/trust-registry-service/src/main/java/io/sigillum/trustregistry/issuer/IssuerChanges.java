package io.sigillum.trustregistry.issuer;

import io.sigillum.api.trustregistry.model.IssuerRegistration;
import io.sigillum.api.trustregistry.model.IssuerUpdate;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Operation;
import io.sigillum.trustregistry.changes.Reasons;
import io.sigillum.trustregistry.changes.RegistryChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers, updates, suspends, reinstates and withdraws issuers. Each is one change of the
 * registry (see {@link RegistryChanges}); the trust model's {@link TrustedIssuer} checks the
 * values, so what a snapshot could not hold is refused here.
 */
@ApplicationScoped
public class IssuerChanges {

    private final RegistryChanges changes;
    private final TrustedIssuers issuers;

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    @Inject
    IssuerChanges(RegistryChanges changes, TrustedIssuers issuers) {
        this.changes = changes;
        this.issuers = issuers;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400, 409 (the identifier is taken), 422 */
    @Transactional
    public TrustedIssuerRecord register(String actor, IssuerRegistration request) {
        String reason = Reasons.required(request.getReason());
        String id = required(request.getId(), "id");
        String legalName = required(request.getLegalName(), "legalName");
        String country = required(request.getCountry(), "country");
        ValidityWindow validity = Windows.fromApi(request.getValidity());
        checkedByModel(id, legalName, country, validity);

        RegistryChanges.Change change = changes.begin();
        if (issuers.find(id).isPresent()) {
            throw TrustProblems.conflict("An issuer " + TrustProblems.printable(id) + " is registered already.");
        }
        TrustedIssuerRecord issuer = new TrustedIssuerRecord(id, legalName, country, validity, change.version(), change.at());
        entityManager.persist(issuer);
        changes.commit(change, actor, Operation.ISSUER_REGISTERED, id, null, IssuerSummaries.of(issuer), reason);
        return issuer;
    }

    /**
     * Replaces the legal name, country and validity window (absent: unbounded).
     *
     * @throws jakarta.ws.rs.WebApplicationException 400, 404, 409 (withdrawn, or nothing changes), 422
     */
    @Transactional
    public TrustedIssuerRecord update(String actor, String id, IssuerUpdate request) {
        String reason = Reasons.required(request.getReason());
        requiredId(id);
        String legalName = required(request.getLegalName(), "legalName");
        String country = required(request.getCountry(), "country");
        ValidityWindow validity = Windows.fromApi(request.getValidity());
        checkedByModel(id, legalName, country, validity);
        RegistryChanges.Change change = changes.begin();
        TrustedIssuerRecord issuer = issuers.changeable(id);
        if (legalName.equals(issuer.legalName()) && country.equals(issuer.country()) && validity.equals(issuer.validity())) {
            throw TrustProblems.conflict("The update changes nothing of issuer " + TrustProblems.printable(id) + ".");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("before", IssuerSummaries.of(issuer));
        issuer.update(legalName, country, validity);
        issuer.changedAt(change.version(), change.at());
        summary.put("after", IssuerSummaries.of(issuer));
        changes.commit(change, actor, Operation.ISSUER_UPDATED, id, null, summary, reason);
        return issuer;
    }

    /**
     * Suspends (from active), reinstates (from suspended) or withdraws (from either; final).
     *
     * @throws jakarta.ws.rs.WebApplicationException 400, 404, 409 (in that state already, or withdrawn)
     */
    @Transactional
    public TrustedIssuerRecord changeState(String actor, String id, IssuerState target, String reasonGiven) {
        String reason = Reasons.required(reasonGiven);
        requiredId(id);
        if (target == null) {
            throw TrustProblems.invalidRequest("'state' is required: active, suspended or withdrawn.");
        }
        RegistryChanges.Change change = changes.begin();
        TrustedIssuerRecord issuer = issuers.changeable(id);
        IssuerState from = issuer.issuerState();
        if (from == target) {
            throw TrustProblems.conflict("Issuer " + TrustProblems.printable(id) + " is " + issuer.state() + " already.");
        }
        Operation operation = switch (target) {
            case SUSPENDED -> Operation.ISSUER_SUSPENDED;
            case ACTIVE -> Operation.ISSUER_REINSTATED;
            case WITHDRAWN -> Operation.ISSUER_WITHDRAWN;
        };
        issuer.state(target);
        issuer.changedAt(change.version(), change.at());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("from", from.name().toLowerCase(java.util.Locale.ROOT));
        summary.put("to", issuer.state());
        changes.commit(change, actor, operation, id, null, summary, reason);
        return issuer;
    }

    private static void checkedByModel(String id, String legalName, String country, ValidityWindow validity) {
        try {
            new TrustedIssuer(id, legalName, country, IssuerState.ACTIVE, validity, List.of(), List.of());
        } catch (IllegalArgumentException e) {
            throw TrustProblems.refusedByModel(e.getMessage() + ".");
        }
    }

    private static String required(String value, String member) {
        if (value == null) {
            throw TrustProblems.invalidRequest("'" + member + "' is required.");
        }
        return value;
    }

    static void requiredId(String id) {
        if (id == null || id.isEmpty()) {
            throw TrustProblems.invalidRequest("The query parameter 'id' names the issuer.");
        }
    }
}
