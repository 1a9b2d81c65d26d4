package io.sigillum.keymanagement.key;

import io.sigillum.api.keymanagement.RotationsApi;
import io.sigillum.api.keymanagement.model.Rotation;
import io.sigillum.api.keymanagement.model.RotationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import java.time.OffsetDateTime;
import java.util.Optional;

/** {@code POST /rotations}: rotates the key of a purpose and scope. */
@ApplicationScoped
public class RotationsResource implements RotationsApi {

    private final KeyLifecycle lifecycle;

    @Context
    private SecurityContext security;

    @Inject
    RotationsResource(KeyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Rotation rotate(RotationRequest request) {
        if (request == null || request.getPurpose() == null) {
            throw KeyProblems.badRequest("A rotation needs a purpose.");
        }
        KeyLifecycle.Rotation done = lifecycle.rotate(Callers.of(security), KeyPurpose.of(request.getPurpose().toString()),
                Scopes.checked(request.getScope()),
                Optional.ofNullable(request.getVerifyUntil()).map(OffsetDateTime::toInstant),
                !Boolean.FALSE.equals(request.getPrepareNext()));
        Rotation rotation = new Rotation(KeyViews.summary(done.activated()));
        done.retired().ifPresent(key -> rotation.setRetired(KeyViews.summary(key)));
        done.next().ifPresent(key -> rotation.setNext(KeyViews.summary(key)));
        return rotation;
    }
}
