package io.sigillum.issuance.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The database authentic source: people kept in this service's schema. */
@ApplicationScoped
public class People implements AuthenticSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bounds what one record may hold: a PID with a portrait fits many times over. */
    static final int MAX_ATTRIBUTES_LENGTH = 256 * 1024;

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    /** A plain read, with no transaction of its own. */
    @Override
    public SourceAnswer attributes(String subject, CredentialConfiguration configuration) {
        PersonRecord person = entityManager.find(PersonRecord.class, subject);
        if (person == null) {
            return new SourceAnswer.Unknown();
        }
        return person.pending() ? new SourceAnswer.NotYet() : new SourceAnswer.Ready(parse(person.attributes()));
    }

    /** The record of a person, if kept. */
    @Transactional
    public Optional<Person> find(String subject) {
        return Optional.ofNullable(entityManager.find(PersonRecord.class, subject))
                .map(p -> new Person(p.subject(), parse(p.attributes()), p.pending()));
    }

    /**
     * Creates or replaces a person's record.
     *
     * @throws IllegalArgumentException when the attributes are too large to keep
     */
    @Transactional
    public Person put(String subject, Map<String, Object> attributes, boolean pending) {
        String json;
        try {
            json = JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the attributes cannot be written as JSON", e);
        }
        if (json.length() > MAX_ATTRIBUTES_LENGTH) {
            throw new IllegalArgumentException("the attributes exceed " + MAX_ATTRIBUTES_LENGTH + " characters");
        }
        PersonRecord person = entityManager.find(PersonRecord.class, subject);
        if (person == null) {
            person = new PersonRecord(subject);
            person.update(json, pending, OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC));
            entityManager.persist(person);
        } else {
            person.update(json, pending, OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC));
        }
        return new Person(subject, attributes, pending);
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a person record holds no JSON object", e);
        }
    }

    /** A person as kept here. */
    public record Person(String subject, Map<String, Object> attributes, boolean pending) {
    }
}
