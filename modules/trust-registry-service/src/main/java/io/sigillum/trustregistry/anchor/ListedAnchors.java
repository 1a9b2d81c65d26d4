package io.sigillum.trustregistry.anchor;

import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trustregistry.changes.RegistryChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.cert.X509Certificate;

/**
 * Writes the anchors a trusted-list import takes from a territory's list, inside the import's
 * change. Identifiers are never reused, as for anchors an administrator adds: an identifier a
 * removed anchor holds gets the change's version appended.
 */
@ApplicationScoped
public class ListedAnchors {

    private final TrustAnchors anchors;

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    @Inject
    ListedAnchors(TrustAnchors anchors) {
        this.anchors = anchors;
    }

    /** @return hex SHA-256 of the certificate's DER, as anchors' {@code fingerprint} */
    public static String fingerprint(X509Certificate certificate) {
        return AnchorMaterial.fingerprint(AnchorMaterial.der(certificate));
    }

    /** @return {@code preferred}, or, if an anchor (removed ones included) holds it, {@code preferred-v<version>} */
    @Transactional(Transactional.TxType.MANDATORY)
    public String freeId(String preferred, RegistryChanges.Change change) {
        return anchors.find(preferred).isEmpty() ? preferred : preferred + "-v" + change.version();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrustAnchorRecord add(CertificateAnchor anchor, String issuerId, String territory, RegistryChanges.Change change) {
        TrustAnchorRecord record = new TrustAnchorRecord(anchor, issuerId, territory, change.version(), change.at());
        entityManager.persist(record);
        return record;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(TrustAnchorRecord anchor, RegistryChanges.Change change) {
        anchor.remove(change.version(), change.at());
    }
}
