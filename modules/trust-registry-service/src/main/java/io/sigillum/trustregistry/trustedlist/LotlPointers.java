package io.sigillum.trustregistry.trustedlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pointers of the list of trusted lists held, one per territory. */
@ApplicationScoped
public class LotlPointers {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    /** Every pointer, by territory. */
    public List<LotlPointerRecord> all() {
        return entityManager.createQuery("SELECT p FROM LotlPointerRecord p ORDER BY p.territory", LotlPointerRecord.class)
                .getResultList();
    }

    /** The certificates each territory's list may be signed with, as the pointers say. */
    public Map<String, List<X509Certificate>> signersByTerritory() {
        Map<String, List<X509Certificate>> signers = new LinkedHashMap<>();
        for (LotlPointerRecord pointer : all()) {
            signers.put(pointer.territory(), pointer.signers());
        }
        return signers;
    }

    /** Replaces every pointer with these, one per territory: a newer list of trusted lists says all there is. */
    public void replaceAll(List<LotlPointerRecord> pointers) {
        Map<String, LotlPointerRecord> held = new LinkedHashMap<>();
        all().forEach(p -> held.put(p.territory(), p));
        for (LotlPointerRecord pointer : pointers) {
            LotlPointerRecord existing = held.remove(pointer.territory());
            if (existing == null) {
                entityManager.persist(pointer);
            } else {
                existing.replaceWith(pointer);
            }
        }
        held.values().forEach(entityManager::remove);
    }
}
