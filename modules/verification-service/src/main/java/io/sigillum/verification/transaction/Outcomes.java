package io.sigillum.verification.transaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.api.verifierrp.model.Failure;
import io.sigillum.api.verifierrp.model.VerifiedCredential;
import io.sigillum.verification.presentation.CheckedPresentation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transaction's outcome as stored ({@code outcome} column) and as the relying party reads it:
 * {@code {"credentials": {queryId: [{vct, issuer, claims}]}}} when verified,
 * {@code {"failures": [{reason, credential_query_id, detail}]}} when failed. A failed outcome
 * never holds claims: they are not even stored.
 */
final class Outcomes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Outcomes() {
    }

    static String json(CheckedPresentation outcome) {
        Map<String, Object> document = new LinkedHashMap<>();
        switch (outcome) {
            case CheckedPresentation.Verified verified -> {
                Map<String, Object> credentials = new LinkedHashMap<>();
                verified.credentials().forEach((queryId, list) -> credentials.put(queryId, list.stream().map(c -> {
                    Map<String, Object> credential = new LinkedHashMap<>();
                    credential.put("vct", c.vct());
                    credential.put("issuer", c.issuer());
                    credential.put("claims", c.claims());
                    return credential;
                }).toList()));
                document.put("credentials", credentials);
            }
            case CheckedPresentation.Failed failed -> document.put("failures", failed.failures().stream().map(f -> {
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("reason", f.reason());
                f.credentialQueryId().ifPresent(id -> failure.put("credential_query_id", id));
                failure.put("detail", f.detail());
                return failure;
            }).toList());
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims are JSON values", e);
        }
    }

    /** The verified credentials of a stored outcome, in the API's model. */
    static Map<String, List<VerifiedCredential>> credentials(String json) {
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> stored =
                (Map<String, List<Map<String, Object>>>) read(json).getOrDefault("credentials", Map.of());
        Map<String, List<VerifiedCredential>> credentials = new LinkedHashMap<>();
        stored.forEach((queryId, list) -> credentials.put(queryId, list.stream().map(c -> new VerifiedCredential()
                .vct(String.valueOf(c.get("vct"))).issuer(String.valueOf(c.get("issuer")))
                .claims(castClaims(c.get("claims")))).toList()));
        return credentials;
    }

    /** The failures of a stored outcome, in the API's model. */
    static List<Failure> failures(String json) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stored = (List<Map<String, Object>>) read(json).getOrDefault("failures", List.of());
        return stored.stream().map(f -> {
            Failure failure = new Failure().reason(String.valueOf(f.get("reason"))).detail(String.valueOf(f.get("detail")));
            if (f.get("credential_query_id") != null) {
                failure.credentialQueryId(String.valueOf(f.get("credential_query_id")));
            }
            return failure;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castClaims(Object claims) {
        return claims instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored outcome is JSON", e);
        }
    }
}
