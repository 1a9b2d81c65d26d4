package io.sigillum.keymanagement.key;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.api.keymanagement.JwksApi;
import io.sigillum.api.keymanagement.model.JwkSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** {@code GET /jwks}: the public keys of every published key, as a JWK Set (RFC 7517 §5). */
@ApplicationScoped
public class JwksResource implements JwksApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> JWK = new TypeReference<>() { };

    private final ManagedKeys keys;

    @Inject
    JwksResource(ManagedKeys keys) {
        this.keys = keys;
    }

    @Override
    public JwkSet getJwks() {
        return new JwkSet(keys.published().stream().map(key -> parse(key.publicJwk())).toList());
    }

    private static Map<String, Object> parse(String jwk) {
        try {
            return JSON.readValue(jwk, JWK);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored public JWK is not JSON", e);
        }
    }
}
