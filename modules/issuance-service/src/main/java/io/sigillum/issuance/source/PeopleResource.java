package io.sigillum.issuance.source;

import io.sigillum.api.issueradmin.PeopleApi;
import io.sigillum.api.issueradmin.model.CredentialStatusChange;
import io.sigillum.api.issueradmin.model.IssuedCredential;
import io.sigillum.api.issueradmin.model.Person;
import io.sigillum.issuance.credential.IssuedCredentialsResource;
import io.sigillum.issuance.revocation.CredentialStatusChanges;
import io.sigillum.platform.messaging.OutboxLifecycle;
import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** {@code /people/{subject}}: the database authentic source's records, for the issuer's operators. */
@ApplicationScoped
public class PeopleResource implements PeopleApi {

    private final People people;
    private final CredentialStatusChanges changes;
    private final OutboxLifecycle outbox;

    @Inject
    PeopleResource(People people, CredentialStatusChanges changes, OutboxLifecycle outbox) {
        this.people = people;
        this.changes = changes;
        this.outbox = outbox;
    }

    @Override
    public List<IssuedCredential> setSubjectCredentialStatus(String subject, CredentialStatusChange change) {
        List<IssuedCredential> changed = changes.changeAll(subject, IssuedCredentialsResource.statusOf(change)).stream()
                .map(IssuedCredentialsResource::toApi).toList();
        outbox.wake();
        return changed;
    }

    @Override
    public Person getPerson(String subject) {
        return people.find(subject).map(PeopleResource::toApi).orElseThrow(() ->
                Problem.of(Response.Status.NOT_FOUND, "There is no record of " + subject + ".").asException());
    }

    @Override
    public Person putPerson(String subject, Person person) {
        if (person == null || person.getAttributes() == null) {
            throw Problem.of(Response.Status.BAD_REQUEST, "A person record needs attributes.").asException();
        }
        try {
            return toApi(people.put(subject, person.getAttributes(), Boolean.TRUE.equals(person.getPending())));
        } catch (IllegalArgumentException e) {
            throw Problem.of(Response.Status.BAD_REQUEST, e.getMessage() + ".").asException();
        }
    }

    private static Person toApi(People.Person person) {
        return new Person().attributes(person.attributes()).pending(person.pending());
    }
}
