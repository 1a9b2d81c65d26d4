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

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uriInfo;

    @Inject
    KeysResource(ManagedKeys keys, KeyLifecycle lifecycle) {
        this.keys = keys;
        this.lifecycle = lifecycle;
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
        ManagedKeyRecord key = lifecycle.create(Callers.of(security), KeyPurpose.of(newKey.getPurpose().toString()),
                Scopes.checked(newKey.getScope()),
                Optional.ofNullable(newKey.getAlgorithm()).map(a -> KeyAlgorithm.of(a.toString())),
                Optional.ofNullable(newKey.getCertificateProfile()).map(p -> CertificateProfile.of(p.toString())));
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
        return KeyViews.summary(lifecycle.retire(Callers.of(security), kid, until.map(OffsetDateTime::toInstant)));
    }

    @Override
    public KeySummary destroyKey(String kid) {
        return KeyViews.summary(lifecycle.destroy(Callers.of(security), kid));
    }
}
