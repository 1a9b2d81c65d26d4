package io.sigillum.issuance.token;

import io.sigillum.crypto.secret.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** The access tokens this issuer handed out, found by the token a wallet presents. */
@ApplicationScoped
public class AccessTokens {

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    /** The live token presented, if any: a plain read, with no transaction of its own. */
    public Optional<AccessTokenRecord> live(String token) {
        return Optional.ofNullable(entityManager.find(AccessTokenRecord.class, Secrets.digest(token)))
                .filter(t -> t.expiresAt().isAfter(Instant.now()));
    }

    /** The token presented, live or not: deferred issuance outlives the token's own lifetime. */
    public Optional<AccessTokenRecord> known(String token) {
        return Optional.ofNullable(entityManager.find(AccessTokenRecord.class, Secrets.digest(token)));
    }

    void add(AccessTokenRecord token) {
        entityManager.persist(token);
    }
}
