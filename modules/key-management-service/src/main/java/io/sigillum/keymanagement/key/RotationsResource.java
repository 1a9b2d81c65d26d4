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
    private final KeySlots slots;
    private final LifecycleQueue queue;

    @Context
    private SecurityContext security;

    @Inject
    RotationsResource(KeyLifecycle lifecycle, KeySlots slots, LifecycleQueue queue) {
        this.lifecycle = lifecycle;
        this.slots = slots;
        this.queue = queue;
    }

    @Override
    public Rotation rotate(RotationRequest request) {
        if (request == null || request.getPurpose() == null) {
            throw KeyProblems.badRequest("A rotation needs a purpose.");
        }
        KeyPurpose purpose = KeyPurpose.of(request.getPurpose().toString());
        String scope = Scopes.checked(request.getScope());
        Optional<java.time.Instant> verifyUntil = Optional.ofNullable(request.getVerifyUntil()).map(OffsetDateTime::toInstant);
        boolean prepareNext = !Boolean.FALSE.equals(request.getPrepareNext());
        String actor = Callers.of(security);
        KeyLifecycle.Rotation done = queue.run(() -> {
            slots.ensure(purpose, scope);
            return lifecycle.rotate(actor, purpose, scope, verifyUntil, prepareNext);
        });
        Rotation rotation = new Rotation(KeyViews.summary(done.activated()));
        done.retired().ifPresent(key -> rotation.setRetired(KeyViews.summary(key)));
        done.next().ifPresent(key -> rotation.setNext(KeyViews.summary(key)));
        return rotation;
    }
}
