package io.sigillum.trustregistry.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.api.trustregistry.ChangesApi;
import io.sigillum.api.trustregistry.model.Change;
import io.sigillum.api.trustregistry.model.ChangePage;
import io.sigillum.trustregistry.TrustProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** {@code GET /changes}: the change log, a page at a time, for the registry's administrators. */
@ApplicationScoped
public class ChangesResource implements ChangesApi {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ChangeLog log;
    private final RegistryVersions versions;

    @Inject
    ChangesResource(ChangeLog log, RegistryVersions versions) {
        this.log = log;
        this.versions = versions;
    }

    @Override
    public ChangePage listChanges(Long since, Integer limit, String issuer) {
        long from = since == null ? 0 : since;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (from < 0) {
            throw TrustProblems.invalidRequest("'since' is a version, 0 or more.");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw TrustProblems.invalidRequest("'limit' is from 1 to " + MAX_LIMIT + ".");
        }
        // The version first: a change committed after it may be on the page, never missing before it.
        long current = versions.current();
        List<RegistryChangeRecord> page = log.after(from, size, issuer);
        ChangePage answer = new ChangePage().currentVersion(current)
                .changes(page.stream().map(ChangesResource::toApi).toList());
        if (page.size() == size) {
            answer.next(page.getLast().version());
        }
        return answer;
    }

    static Change toApi(RegistryChangeRecord record) {
        return new Change().version(record.version()).changedAt(record.changedAt().atOffset(ZoneOffset.UTC))
                .changedBy(record.changedBy()).operation(Change.OperationEnum.fromValue(record.operation()))
                .issuer(record.issuerId()).entity(record.entityId().orElse(null))
                .summary(summary(record.summary())).reason(record.reason());
    }

    private static Map<String, Object> summary(String json) {
        try {
            return JSON.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change summary is not a JSON object", e);
        }
    }
}
