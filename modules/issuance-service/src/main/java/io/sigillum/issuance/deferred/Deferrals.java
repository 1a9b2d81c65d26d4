package io.sigillum.issuance.deferred;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.secret.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.PublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deferred transactions: kept until issued or until {@code sigillum.issuance.deferred.ttl} passes. */
@ApplicationScoped
public class Deferrals {

    private final Duration ttl;

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    @Inject
    Deferrals(@ConfigProperty(name = "sigillum.issuance.deferred.ttl", defaultValue = "P1D") Duration ttl) {
        this.ttl = ttl;
    }

    /** @return the new transaction id */
    @Transactional
    public String defer(String tokenHash, String offerId, String configurationId, List<PublicKey> holderKeys) {
        StringBuilder keys = new StringBuilder("[");
        for (PublicKey key : holderKeys) {
            keys.append(keys.length() > 1 ? "," : "").append(PublicJwks.of(key, null).toJSONString());
        }
        String transactionId = Secrets.random();
        Instant now = Instant.now();
        entityManager.persist(new DeferredIssuanceRecord(transactionId, tokenHash, offerId, configurationId,
                keys.append(']').toString(), now, now.plus(ttl)));
        return transactionId;
    }

    /** The live transaction of that id bound to that token. */
    @Transactional
    public Optional<DeferredIssuanceRecord> find(String transactionId, String tokenHash) {
        return Optional.ofNullable(transactionId).map(id -> entityManager.find(DeferredIssuanceRecord.class, id))
                .filter(d -> d.tokenHash().equals(tokenHash) && d.expiresAt().isAfter(Instant.now()));
    }

    /** Ends a transaction: issued, or refused for good. */
    @Transactional
    public void end(String transactionId) {
        DeferredIssuanceRecord record = entityManager.find(DeferredIssuanceRecord.class, transactionId);
        if (record != null) {
            entityManager.remove(record);
        }
    }

    /** The holder keys a transaction keeps. */
    public static List<PublicKey> holderKeys(DeferredIssuanceRecord record) {
        try {
            List<PublicKey> keys = new ArrayList<>();
            for (Object jwk : com.nimbusds.jose.util.JSONArrayUtils.parse(record.holderKeys())) {
                @SuppressWarnings("unchecked")
                JWK parsed = JWK.parse((java.util.Map<String, Object>) jwk);
                keys.add(((ECKey) parsed).toECPublicKey());
            }
            return keys;
        } catch (ParseException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("a deferred transaction keeps unreadable holder keys", e);
        }
    }
}
