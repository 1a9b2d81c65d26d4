package io.sigillum.keymanagement.key;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.api.keymanagement.model.Algorithm;
import io.sigillum.api.keymanagement.model.KeyState;
import io.sigillum.api.keymanagement.model.KeySummary;
import io.sigillum.api.keymanagement.model.Purpose;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How keys appear in the API. */
public final class KeyViews {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private KeyViews() {
    }

    /** The summary of a key; its JWK is left out once it is destroyed. */
    public static KeySummary summary(ManagedKeyRecord key) {
        KeySummary summary = new KeySummary(key.kid(), Purpose.fromValue(key.purpose().value()), key.scope(),
                KeyState.fromValue(key.state().value()), Algorithm.fromValue(key.algorithm()),
                KeySummary.BackendEnum.fromValue(key.backend()), utc(key.createdAt()));
        summary.setActivatedAt(key.activatedAt().map(KeyViews::utc).orElse(null));
        summary.setRetiredAt(key.retiredAt().map(KeyViews::utc).orElse(null));
        summary.setVerifyUntil(key.verifyUntil().map(KeyViews::utc).orElse(null));
        summary.setDestroyedAt(key.destroyedAt().map(KeyViews::utc).orElse(null));
        summary.setCertificateProfile(io.sigillum.api.keymanagement.model.CertificateProfile.fromValue(key.certificateProfile().value()));
        summary.setX5c(key.certificateChain().isEmpty() ? null : key.certificateChain());
        summary.setJwk(key.state() == io.sigillum.keymanagement.key.KeyState.DESTROYED ? null : publishedJwk(key));
        return summary;
    }

    /** The public JWK of a key with its certificate chain as {@code x5c} (RFC 7517 §4.7) when it has one. */
    public static Map<String, Object> publishedJwk(ManagedKeyRecord key) {
        Map<String, Object> jwk = parse(key.publicJwk());
        List<String> chain = key.certificateChain();
        if (!chain.isEmpty()) {
            jwk.put("x5c", chain);
        }
        return jwk;
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored public JWK is not JSON", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
