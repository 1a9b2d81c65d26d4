package io.sigillum.keymanagement.key;

import io.sigillum.api.keymanagement.KeysApi;
import io.sigillum.api.keymanagement.model.KeySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.util.List;

/** {@code GET /keys}: the key inventory, for key administrators (role in the spec). */
@ApplicationScoped
public class KeysResource implements KeysApi {

    private final ManagedKeys keys;

    @Inject
    KeysResource(ManagedKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<KeySummary> listKeys() {
        return keys.all().stream().map(KeysResource::toApi).toList();
    }

    private static KeySummary toApi(ManagedKeyRecord key) {
        return new KeySummary(key.kid(), KeySummary.PurposeEnum.fromValue(key.purpose()),
                KeySummary.StateEnum.fromValue(key.state()), key.algorithm(), key.createdAt().atOffset(ZoneOffset.UTC));
    }
}
