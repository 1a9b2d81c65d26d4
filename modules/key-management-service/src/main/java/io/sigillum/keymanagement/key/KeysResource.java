package io.sigillum.keymanagement.key;

import io.sigillum.api.keymanagement.KeysApi;
import io.sigillum.api.keymanagement.model.KeySummary;
import io.sigillum.api.keymanagement.model.NewKey;
import io.sigillum.api.keymanagement.model.Purpose;
import io.sigillum.api.keymanagement.model.Retirement;
import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.certificate.CertificateProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** {@code /keys}: the key inventory and lifecycle, for key administrators (role in the spec). */
@ApplicationScoped
public class KeysResource implements KeysApi {

    private final ManagedKeys keys;
    private final KeyLifecycle lifecycle;
    private final KeySlots slots;
    private final LifecycleQueue queue;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uriInfo;

    @Inject
    KeysResource(ManagedKeys keys, KeyLifecycle lifecycle, KeySlots slots, LifecycleQueue queue) {
        this.keys = keys;
        this.lifecycle = lifecycle;
        this.slots = slots;
        this.queue = queue;
    }

    @Override
    public List<KeySummary> listKeys(Purpose purpose, io.sigillum.api.keymanagement.model.KeyState state) {
        return keys.all(Optional.ofNullable(purpose).map(p -> KeyPurpose.of(p.toString())),
                        Optional.ofNullable(state).map(s -> KeyState.of(s.toString())))
                .stream().map(KeyViews::summary).toList();
    }

    @Override
    public Response createKey(NewKey newKey) {
        if (newKey == null || newKey.getPurpose() == null) {
            throw KeyProblems.badRequest("A new key needs a purpose.");
        }
        KeyPurpose purpose = KeyPurpose.of(newKey.getPurpose().toString());
        String scope = Scopes.checked(newKey.getScope());
        Optional<KeyAlgorithm> algorithm = Optional.ofNullable(newKey.getAlgorithm()).map(a -> KeyAlgorithm.of(a.toString()));
        Optional<CertificateProfile> profile = Optional.ofNullable(newKey.getCertificateProfile())
                .map(p -> CertificateProfile.of(p.toString()));
        String actor = Callers.of(security);
        ManagedKeyRecord key = queue.run(() -> {
            slots.ensure(purpose, scope);
            return lifecycle.create(actor, purpose, scope, algorithm, profile);
        });
        return Response.created(uriInfo.getBaseUriBuilder().path("keys").path(key.kid()).build())
                .entity(KeyViews.summary(key)).build();
    }

    @Override
    public KeySummary getKey(String kid) {
        return keys.find(kid).map(KeyViews::summary).orElseThrow(() -> KeyProblems.unknownKey(kid));
    }

    @Override
    public KeySummary retireKey(String kid, Retirement retirement) {
        Optional<OffsetDateTime> until = Optional.ofNullable(retirement).map(Retirement::getVerifyUntil);
        String actor = Callers.of(security);
        return KeyViews.summary(queue.run(() -> lifecycle.retire(actor, kid, until.map(OffsetDateTime::toInstant))));
    }

    @Override
    public KeySummary destroyKey(String kid) {
        String actor = Callers.of(security);
        return KeyViews.summary(queue.run(() -> lifecycle.destroy(actor, kid)));
    }
}
